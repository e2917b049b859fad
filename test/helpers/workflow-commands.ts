// Owns a small parser of the two workflow-command syntaxes the GitHub Actions runner looks for in
// every line a step writes to stdout or stderr: `::name props::data` at a line's start (after white
// space) and `##[name props]data` anywhere in a line. Used to assert that no article text, file
// name or message raises, masks or spoofs anything in a CI log.

export interface WorkflowCommand {
  syntax: '::' | '##[';
  name: string;
  /** Properties, decoded as the runner decodes them (`%25`, `%0D`, `%0A`, `%3A`, `%2C`). */
  properties: Record<string, string>;
  /** The data, decoded (`%25`, `%0D`, `%0A`). */
  data: string;
  line: string;
}

/** White space the runner's trim removes (.NET's), and more: a stricter parser finds more. */
const LEADING_SPACE = /^[\s\u0085\u180e\u200b\ufeff]*/;

const unescapeData = (s: string) => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/gi, ':').replace(/%2C/gi, ','));

/** The workflow commands in `output`, split into lines as the runner reads them (\n, \r\n or \r). */
export function workflowCommands(output: string): WorkflowCommand[] {
  const found: WorkflowCommand[] = [];
  for (const line of output.split(/\r\n|\n|\r/)) {
    const trimmed = line.replace(LEADING_SPACE, '');
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2);
      const info = end === -1 ? trimmed.slice(2) : trimmed.slice(2, end);
      const space = info.indexOf(' ');
      const name = space === -1 ? info : info.slice(0, space);
      const properties: Record<string, string> = {};
      if (space !== -1) {
        for (const pair of info.slice(space + 1).split(',')) {
          const eq = pair.indexOf('=');
          if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
        }
      }
      found.push({ syntax: '::', name, properties, data: end === -1 ? '' : unescapeData(trimmed.slice(end + 2)), line });
    }
    for (let at = line.indexOf('##['); at !== -1; at = line.indexOf('##[', at + 3)) {
      const close = line.indexOf(']', at);
      const info = close === -1 ? line.slice(at + 3) : line.slice(at + 3, close);
      found.push({ syntax: '##[', name: info.split(' ')[0]!, properties: {}, data: close === -1 ? '' : line.slice(close + 1), line });
    }
  }
  return found;
}
