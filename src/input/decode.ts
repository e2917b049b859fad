// Decoding a file's bytes to text: UTF-8 or UTF-16 with a BOM, binary files refused, CR-only line endings made lines.
import type { FileError } from '../types.js';

/** Bytes scanned for a NUL byte to call a file binary, as ripgrep does. */
const BINARY_SNIFF_BYTES = 8192;

/**
 * Decodes a file's bytes to text. Pure. UTF-16 LE/BE with a BOM are decoded; a UTF-8 BOM is
 * stripped; a NUL byte in the first 8 KiB means binary; anything else must be valid UTF-8. A lone
 * CR (old Mac line endings) becomes LF, one character for one, so that such a file has its lines
 * and every offset stays the file's own; CRLF is kept as it is.
 */
export function decodeText(bytes: Buffer): { text: string } | { error: FileError } {
  const decoded = decodeBytes(bytes);
  return 'text' in decoded && decoded.text.includes('\r') ? { text: decoded.text.replace(LONE_CR, '\n') } : decoded;
}

const LONE_CR = /\r(?!\n)/g;

function decodeBytes(bytes: Buffer): { text: string } | { error: FileError } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'be');
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { error: binaryError() };
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    const bad = firstInvalidUtf8(body);
    const offset = bad + (bytes.length - body.length); // counted in the file, BOM included
    const where = bad >= 0 ? ` (line ${lineAt(bytes, offset)}, byte ${offset})` : '';
    return { error: { code: 'invalid-utf8', message: `not valid UTF-8 text${where}; save the file as UTF-8` } };
  }
}

function decodeUtf16(body: Buffer, order: 'le' | 'be'): { text: string } | { error: FileError } {
  const label = order === 'le' ? 'UTF-16 LE' : 'UTF-16 BE';
  if (body.length % 2 !== 0) {
    return { error: { code: 'invalid-utf16', message: `not valid ${label} text (odd number of bytes)` } };
  }
  const units = Buffer.from(body); // a copy: swap16 works in place
  if (order === 'be') units.swap16();
  let text: string;
  try {
    text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(units);
  } catch {
    return { error: { code: 'invalid-utf16', message: `not valid ${label} text (unpaired surrogate)` } };
  }
  // A NUL character in decoded text is as binary as a NUL byte in UTF-8.
  if (text.slice(0, BINARY_SNIFF_BYTES / 2).includes('\0')) return { error: binaryError() };
  return { text };
}

function binaryError(): FileError {
  return { code: 'binary', message: 'binary file skipped (it contains NUL bytes)' };
}

/** Offset of the first byte that breaks UTF-8 (WHATWG rules), or -1. Only called after a decode failed. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return i; // truncated at the end
      const c = bytes[i + k]!;
      if (c < (k === 1 ? lower : 0x80) || c > (k === 1 ? upper : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
