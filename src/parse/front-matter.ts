// Front matter: a `---` block at the top of a file, parsed as YAML only (never run as code), or a `+++` block (TOML, as
// Hugo and Zola write it), of which the flat `key = value` lines are read; with any line endings.
import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The text after the front matter. */
  body: string;
  /** Where `body` starts in the original text. */
  bodyOffset: number;
  /**
   * A `---` block of `key: value` lines that no line closes, only one that runs `---` into text (`---### Top News`): no front
   * matter, but its lines (from the opening line's end to `end`) are no prose either. `line`: the glued line's number.
   */
  unclosed?: { start: number; end: number; line: number; text: string };
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
  const toml = TOML_OPENING.exec(text);
  if (toml) return tomlFrontMatter(text, toml[0].length);
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, body: text, bodyOffset: 0 };
  const yamlStart = opening[0].length;
  CLOSING.lastIndex = yamlStart;
  let closing: RegExpExecArray | null;
  // The closing line must start a line: right after the opening line, or after a line end.
  do closing = CLOSING.exec(text);
  while (closing && closing.index !== yamlStart && text[closing.index - 1] !== '\n');
  if (!closing) {
    const unclosed = isYamlName(opening[1]!) ? unclosedBlock(text, yamlStart) : undefined;
    return { data: {}, body: text, bodyOffset: 0, ...(unclosed ? { unclosed } : {}) };
  }

  const language = opening[1]!.toLowerCase();
  if (language in CODE_NAMES) throw new FrontMatterError(`front matter in ${CODE_NAMES[language]} is not allowed (it would run code); use YAML`);
  if (!YAML_NAMES.has(language)) throw new FrontMatterError(`front matter in "${opening[1]}" is not supported; use YAML`);

  const bodyOffset = closing.index + closing[0].length;
  const firstLine = text.slice(0, yamlStart).split('\n').length;
  return { data: parseYamlData(text.slice(yamlStart, closing.index), firstLine), body: text.slice(bodyOffset), bodyOffset };
}

const isYamlName = (name: string) => YAML_NAMES.has(name.toLowerCase());

/** A line of YAML front matter: `key: value` (a key as front matter writes it), an indented line, a list item, a blank line. */
const YAML_KEY_LINE = /^[A-Za-z_][\w-]*:(?:[ \t].*)?$/;
const YAML_LINE = /^(?:[A-Za-z_][\w-]*:(?:[ \t].*)?|[ \t]+\S.*|-[ \t].*|[ \t]*)$/;
/** A line that opens on the closing `---` run into text: "---### Top News", "---Intro". */
const GLUED_CLOSING = /^---(?!-)[ \t]*\S.*$/;

/**
 * After an opening `---` that no line closes: the block of YAML lines up to a line that runs `---` into text, when every
 * line between is one and one at least is `key: value` (else undefined: the rule reads a file's text as text).
 */
function unclosedBlock(text: string, start: number): FrontMatter['unclosed'] {
  let at = start;
  let keys = 0;
  while (at < text.length) {
    const next = text.indexOf('\n', at);
    const end = next === -1 ? text.length : next;
    const line = text.slice(at, end).replace(/\r$/u, '');
    if (GLUED_CLOSING.test(line)) {
      return keys > 0 ? { start, end: at, line: text.slice(0, at).split('\n').length, text: line.length > 40 ? `${line.slice(0, 40)}…` : line } : undefined;
    }
    if (!YAML_LINE.test(line)) return undefined;
    if (YAML_KEY_LINE.test(line)) keys++;
    if (next === -1) return undefined;
    at = next + 1;
  }
  return undefined;
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

/** TOML front matter's lines: `+++` alone (trailing blanks allowed). `++++` opens nothing. */
const TOML_OPENING = /^\+\+\+[ \t]*(?:\r?\n|$)/;
const TOML_CLOSING = /^\+\+\+[ \t]*(?:\r?\n|$)/gm;

/**
 * A `+++` block: with no closing `+++` line it is no front matter (the file is read whole). Only the top level's
 * flat `key = value` lines are read (a string, a date, a number, true or false): the page's date and title are all
 * claimcheck wants of it. An array, an inline table, a multi-line string or a `[table]` is left out, never thrown at.
 */
function tomlFrontMatter(text: string, start: number): FrontMatter {
  TOML_CLOSING.lastIndex = start;
  let closing: RegExpExecArray | null;
  do closing = TOML_CLOSING.exec(text);
  while (closing && closing.index !== start && text[closing.index - 1] !== '\n');
  if (!closing) return { data: {}, body: text, bodyOffset: 0 };
  const bodyOffset = closing.index + closing[0].length;
  return { data: flatToml(text.slice(start, closing.index)), body: text.slice(bodyOffset), bodyOffset };
}

const TOML_KEY = /^\s*([A-Za-z0-9_-]+|"[^"\\]*")\s*=\s*(.*?)\s*$/;
const TOML_DATE = /^\d{4}-\d\d-\d\d(?:[Tt ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:[Zz]|[+-]\d\d:\d\d)?)?$/;

function flatToml(toml: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const lines = toml.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*\[/.test(line)) break; // a table: what follows is not the top level
    const m = TOML_KEY.exec(line);
    if (!m) continue;
    const key = m[1]!.replace(/^"|"$/g, '');
    const raw = m[2]!;
    // A multi-line string or array runs over the next lines: skip them, so that none is read as a key.
    const fence = raw.startsWith('"""') ? '"""' : raw.startsWith("'''") ? "'''" : undefined;
    if (fence) {
      if (raw.length < 6 || !raw.slice(3).includes(fence)) while (i + 1 < lines.length && !lines[++i]!.includes(fence));
      continue;
    }
    if (raw.startsWith('[') || raw.startsWith('{')) {
      let depth = bracketDepth(raw);
      while (depth > 0 && i + 1 < lines.length) depth += bracketDepth(lines[++i]!);
      continue;
    }
    const value = tomlValue(raw);
    if (value !== undefined && !(key in data)) data[key] = value;
  }
  return data;
}

/** Opened minus closed brackets and braces outside strings. */
function bracketDepth(line: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') break;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth;
}

const TOML_ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };

function tomlValue(raw: string): string | number | boolean | undefined {
  const basic = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(raw);
  if (basic) {
    let bad = false;
    const value = basic[1]!.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (_, e: string) => {
      if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
      if (e in TOML_ESCAPES) return TOML_ESCAPES[e]!;
      bad = true;
      return '';
    });
    return bad ? undefined : value;
  }
  const literal = /^'([^']*)'\s*(?:#.*)?$/.exec(raw);
  if (literal) return literal[1]!;
  const bare = raw.replace(/\s+#.*$/, '');
  if (TOML_DATE.test(bare)) return bare;
  if (bare === 'true' || bare === 'false') return bare === 'true';
  if (/^[+-]?\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(bare)) return Number(bare.replaceAll('_', ''));
  return undefined;
}
