// Owns what makes untrusted text safe to print: escapeControl (terminal control, invisible and bidi
// characters shown escaped), neutraliseCommands (GitHub Actions workflow commands made inert in
// human-readable output), escapeJsonText (the same characters as \u escapes in JSON) and
// boundMessage (the one place where messages that may quote article text are cut and escaped).

const NAMED: Readonly<Record<string, string>> = {
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};

/**
 * Controls (C0 with tab and newline, DEL, C1), format characters (bidi marks, embeddings, overrides
 * and isolates, U+061C, zero-width spaces and joiners, the BOM, tags), line and paragraph
 * separators, and lone surrogates: everything that moves the cursor, starts an escape sequence,
 * reorders a line or hides text.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/**
 * Returns `text` with every character that could move the cursor, change colours, start an
 * escape sequence, reorder the line or hide itself shown as a visible escape: `\t`, `\n`, `\r`,
 * `\x1b`, `\x7f`, `\u009b`, `\u202e`, `\u200b`, `\u{e0041}`. Every other character is kept. Pure.
 */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const named = NAMED[ch];
    if (named !== undefined) return named;
    const code = ch.codePointAt(0)!;
    if (code <= 0x7f) return `\\x${hex(code, 2)}`;
    return code <= 0xffff ? `\\u${hex(code, 4)}` : `\\u{${hex(code, 5)}}`;
  });
}

/**
 * A workflow command at a line's start: `::name …` after any white space (the runner trims Unicode
 * white space, no-break spaces included) or a colour code of our own.
 */
// eslint-disable-next-line no-control-regex
const LINE_COMMAND = /^((?:[^\S\n]|\u001b\[[0-9;]*m)*):(?=:)/gm;
/** The older syntax, recognised anywhere in a line: `##[name …]`. */
const BRACKET_COMMAND = /##\[/g;

/**
 * Makes human-readable output (whole lines, already escaped with escapeControl) inert for the
 * GitHub Actions runner, which reads every stdout and stderr line for workflow commands: a `::` at
 * a line's start becomes `\x3a:` and every `##[` becomes `##\x5b`. Pure; idempotent.
 */
export function neutraliseCommands(output: string): string {
  return output.replace(LINE_COMMAND, '$1\\x3a').replace(BRACKET_COMMAND, '##\\x5b');
}

/** Characters JSON.stringify leaves raw that escapeControl escapes (it escapes C0 and lone surrogates itself). */
const JSON_UNSAFE = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * JSON text (from JSON.stringify) with C1 controls, bidi and invisible characters written as
 * `\u` escapes and every `##[` as `\u0023#[`: the same JSON value, inert in a terminal and in a
 * GitHub Actions log. Those characters can only stand inside JSON strings, so the result stays valid.
 */
export function escapeJsonText(json: string): string {
  return json
    .replace(JSON_UNSAFE, (ch) => (ch.length === 1 ? `\\u${hex(ch.charCodeAt(0), 4)}` : `\\u${hex(ch.charCodeAt(0), 4)}\\u${hex(ch.charCodeAt(1), 4)}`))
    .replace(BRACKET_COMMAND, '\\u0023#[');
}

/** Messages (errors, warnings) are cut to this many characters (code points) before escaping. */
export const MAX_MESSAGE = 400;

/** Cuts `text` to `max` code points with '…' in the middle. */
export function cutMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = Math.ceil((max - 1) * 0.75);
  const tail = max - 1 - head;
  return `${chars.slice(0, head).join('')}…${tail > 0 ? chars.slice(chars.length - tail).join('') : ''}`;
}

/**
 * A message that may quote article text, file names or option values, made safe for one line of a
 * terminal or a CI log: cut to MAX_MESSAGE code points and escaped. The line that holds it is then
 * passed through neutraliseCommands by its writer.
 */
export function boundMessage(text: string): string {
  return escapeControl(cutMiddle(text, MAX_MESSAGE));
}
