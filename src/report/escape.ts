// Owns escapeControl: makes untrusted article text safe to print in a terminal (control, ESC and bidi characters shown escaped).

const NAMED: Readonly<Record<string, string>> = {
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};

/**
 * C0 controls (U+0000–U+001F, tab and newline included), DEL (U+007F), C1 controls
 * (U+0080–U+009F) and the bidi embedding, override and isolate characters
 * (U+202A–U+202E, U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/**
 * Returns `text` with every character that could move the cursor, change colours, start an
 * escape sequence or reorder the line shown as a visible escape: `\t`, `\n`, `\r`, `\x1b`,
 * `\x7f`, `\u009b`, `\u202e`. Every other character is kept as it is. Pure.
 */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const named = NAMED[ch];
    if (named !== undefined) return named;
    const code = ch.charCodeAt(0);
    return code <= 0x7f ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}
