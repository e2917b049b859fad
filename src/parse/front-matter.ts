// Front matter: a `---` block at the top of a file, parsed as YAML only (never run as code), with any line endings.
import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The text after the front matter. */
  body: string;
  /** Where `body` starts in the original text. */
  bodyOffset: number;
}

export class FrontMatterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrontMatterError';
  }
}

/**
 * The opening line: `---`, optionally followed by a language name (`---yaml`, `--- js`), then the
 * line's end (LF or CRLF). `----` is not an opening line (it is a Markdown thematic break).
 */
const OPENING = /^---(?!-)[ \t]*([^\s]*)[ \t]*(?:\r?\n|$)/;
/** The closing line: `---` alone (trailing blanks allowed), then the line's end or the end of the text. */
const CLOSING = /^---[ \t]*(?:\r?\n|$)/gm;

const YAML_NAMES = new Set(['', 'yaml', 'yml']);
const CODE_NAMES: Record<string, string> = { js: 'JavaScript', javascript: 'JavaScript', coffee: 'CoffeeScript', coffeescript: 'CoffeeScript', cson: 'CSON' };

/**
 * Splits front matter from the body. A file whose first line opens front matter but that has no
 * closing `---` line has none: its `---` is a thematic break and the whole text is the body (as
 * Jekyll and Hugo read it), so nothing is lost. Throws FrontMatterError for broken YAML or for
 * front matter in another language (JavaScript, CoffeeScript: it would run code).
 */
export function parseFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, body: text, bodyOffset: 0 };
  const yamlStart = opening[0].length;
  CLOSING.lastIndex = yamlStart;
  let closing: RegExpExecArray | null;
  // The closing line must start a line: right after the opening line, or after a line end.
  do closing = CLOSING.exec(text);
  while (closing && closing.index !== yamlStart && text[closing.index - 1] !== '\n');
  if (!closing) return { data: {}, body: text, bodyOffset: 0 };

  const language = opening[1]!.toLowerCase();
  if (language in CODE_NAMES) throw new FrontMatterError(`front matter in ${CODE_NAMES[language]} is not allowed (it would run code); use YAML`);
  if (!YAML_NAMES.has(language)) throw new FrontMatterError(`front matter in "${opening[1]}" is not supported; use YAML`);

  const bodyOffset = closing.index + closing[0].length;
  const firstLine = text.slice(0, yamlStart).split('\n').length;
  return { data: parseYamlData(text.slice(yamlStart, closing.index), firstLine), body: text.slice(bodyOffset), bodyOffset };
}

/** `firstLine`: the file's line the YAML starts on, so that an error names the line as an editor shows it. */
function parseYamlData(yaml: string, firstLine: number): Record<string, unknown> {
  let data: unknown;
  try {
    // Warnings (an unknown tag such as `!x`) would go to stderr through process.emitWarning, article text and all.
    data = parseYaml(yaml, { logLevel: 'error' });
  } catch (error) {
    // "Nested mappings are not allowed … at line 1, column 8:" (the YAML's line, then a snippet): the reason, and where in the file.
    const reason = (error as Error).message.split('\n')[0]!.replace(/\s+at line \d+, column \d+:?\s*$/u, '');
    const at = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    throw new FrontMatterError(`broken YAML front matter${at ? ` at line ${at.line + firstLine - 1}, column ${at.col}` : ''}: ${reason}`);
  }
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
