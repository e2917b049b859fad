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
  return { data: parseYamlData(text.slice(yamlStart, closing.index)), body: text.slice(bodyOffset), bodyOffset };
}

function parseYamlData(yaml: string): Record<string, unknown> {
  let data: unknown;
  try {
    // Warnings (an unknown tag such as `!x`) would go to stderr through process.emitWarning, article text and all.
    data = parseYaml(yaml, { logLevel: 'error' });
  } catch (error) {
    throw new FrontMatterError(`broken YAML front matter: ${(error as Error).message.split('\n')[0]}`);
  }
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
