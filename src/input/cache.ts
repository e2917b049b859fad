// The document cache (--cache): readings kept between runs in one file, keyed by content hash, pack hash and version.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { DocumentCache, DocumentReading } from '../check/index.js';
import type { Pack } from '../packs/types.js';
import type { SourceText } from '../types.js';

/** Default cache file, relative to the working directory (listed in .gitignore). */
export const DEFAULT_CACHE_LOCATION = '.claimcheckcache';

/** Bumped when the file layout changes; a file of another format is ignored. */
const FORMAT = 'claimcheck-cache/2';

/*
 * The file is line-oriented (a compact format rather than one JSON document):
 *
 *   {"format":"claimcheck-cache/2","version":"0.1.0","packHash":"…"}
 *   <sha256 of file name + NUL + content> TAB <file name as JSON> TAB <reading as JSON>
 *   …
 *
 * One line per document lets the loader index the file without parsing it: each entry stays raw
 * bytes until a run asks for it, a corrupt line costs only that entry, and the file can be read
 * and written in chunks, so it never has to fit in one string (V8 caps strings at ~512 MiB, which
 * a cache for 100,000 articles would approach). JSON.stringify escapes tabs and newlines, so
 * neither can occur inside a field.
 */

export interface CacheKey {
  /** claimcheck's version: readings from another version are not trusted. */
  version: string;
  /** hashPack() of the merged pack the readings were made with. */
  packHash: string;
}

export interface CacheStats {
  hits: number;
  misses: number;
}

interface Entry {
  file: string;
  /** The stored line's reading, still unparsed; dropped once parsed. */
  raw?: Buffer;
  reading?: DocumentReading;
  /** Where the reading's JSON lies in the file it was loaded from: saving copies those bytes instead of serialising it again. */
  at?: number;
  length?: number;
}

/** A cache file's size and mtime when it was loaded: if they are the same at save time, its entries can be copied from it. */
interface Stamp {
  size: number;
  mtime: number;
}

export class CacheError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CacheError';
  }
}

/** Sorted keys, no whitespace, `undefined` dropped: the same data gives the same text. */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const fields = Object.keys(record)
    .sort()
    .filter((k) => record[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`);
  return `{${fields.join(',')}}`;
}

/**
 * A hash of everything in a merged pack that can change a reading. `source` (where the packs were
 * loaded from) is left out: moving a project or reinstalling must not empty its cache.
 */
export function hashPack(pack: Pack): string {
  const { source: _source, ...content } = pack;
  return createHash('sha256').update(stableJson(content)).digest('hex');
}

function contentHash(source: SourceText): string {
  return createHash('sha256').update(source.file).update('\0').update(source.text).digest('hex');
}

const CHUNK = 1 << 20;

/**
 * Calls `line` with each line of a file (without its newline) and the offset where it starts, reading 1 MiB
 * at a time. Each read gets a buffer of its own, so a line is a view into it, not a copy; only a line
 * spanning two reads is joined. Returns the file's size and mtime.
 */
function eachLine(file: string, line: (bytes: Buffer, offset: number) => boolean): Stamp {
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    let carry: Buffer[] = [];
    let offset = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafeSlow(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      let start = 0;
      for (let nl = chunk.indexOf(10, start); nl !== -1 && nl < n; nl = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, nl);
        const bytes = carry.length > 0 ? Buffer.concat([...carry, piece]) : piece;
        carry = [];
        if (!line(bytes, offset)) return { size: stat.size, mtime: stat.mtimeMs };
        offset += bytes.length + 1;
        start = nl + 1;
      }
      if (start < n) carry.push(chunk.subarray(start, n));
    }
    if (carry.length > 0) line(Buffer.concat(carry), offset);
    return { size: stat.size, mtime: stat.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/** Reads the entries of a cache file made for `key`; anything unreadable or of another key is no entries. */
function load(location: string, key: CacheKey): { entries: Map<string, Entry>; stamp?: Stamp } {
  const entries = new Map<string, Entry>();
  let header = true;
  let stamp: Stamp;
  try {
    stamp = eachLine(location, (bytes, offset) => {
      if (header) {
        header = false;
        const h = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
        return h?.format === FORMAT && h.version === key.version && h.packHash === key.packHash;
      }
      const tab1 = bytes.indexOf(9);
      const tab2 = tab1 === -1 ? -1 : bytes.indexOf(9, tab1 + 1);
      if (tab1 !== 64 || tab2 === -1) return true; // a damaged line: that entry is gone, the rest stand
      const hash = bytes.toString('latin1', 0, tab1);
      let file: unknown;
      try {
        file = JSON.parse(bytes.toString('utf8', tab1 + 1, tab2));
      } catch {
        return true;
      }
      if (typeof file === 'string') entries.set(hash, { file, raw: bytes.subarray(tab2 + 1), at: offset + tab2 + 1, length: bytes.length - tab2 - 1 });
      return true;
    });
  } catch {
    return { entries: new Map() }; // missing, unreadable or corrupt header: start empty
  }
  return { entries, stamp };
}

/** The stored bytes of an entry loaded from the cache file (`fd`), or undefined if it was not loaded from there. */
function storedBytes(fd: number | undefined, entry: Entry): Buffer | undefined {
  if (fd === undefined || entry.at === undefined || entry.length === undefined) return undefined;
  const bytes = Buffer.allocUnsafe(entry.length);
  for (let done = 0; done < entry.length; ) {
    const n = readSync(fd, bytes, done, entry.length - done, entry.at + done);
    if (n === 0) return undefined;
    done += n;
  }
  return bytes;
}

function isReading(value: unknown, file: string): value is DocumentReading {
  const r = value as DocumentReading | null;
  return typeof r === 'object' && r !== null && r.file === file && Array.isArray(r.claims) && Array.isArray(r.derived) && Array.isArray(r.errors);
}

/**
 * Opens the cache file at `location` for a run with `key`. Entries are keyed by the sha256 of the
 * file name and content (not mtime: safe in CI, where checkouts touch every file); a file made by
 * another version or with another pack counts as empty, and so does a missing, unreadable or
 * corrupt one. Nothing is written until `save()`.
 */
export function openCache(location: string, key: CacheKey): DocumentCache & { save(): void; stats(): CacheStats } {
  const { entries, stamp } = load(location, key);
  const hashes = new WeakMap<SourceText, string>();
  /** Files this run read, and the hash each had. */
  const seen = new Map<string, string>();
  let hits = 0;
  let misses = 0;
  let dirty = false;

  const hashOf = (source: SourceText): string => {
    let hash = hashes.get(source);
    if (hash === undefined) {
      hash = contentHash(source);
      hashes.set(source, hash);
    }
    return hash;
  };

  return {
    get(source) {
      const hash = hashOf(source);
      seen.set(source.file, hash);
      const entry = entries.get(hash);
      if (entry && entry.file === source.file && entry.reading === undefined && entry.raw !== undefined) {
        try {
          const reading: unknown = JSON.parse(entry.raw.toString('utf8'));
          if (isReading(reading, source.file)) entry.reading = reading;
        } catch {
          // a damaged entry is a miss
        }
        entry.raw = undefined;
      }
      if (entry?.reading && entry.file === source.file) {
        hits++;
        return entry.reading;
      }
      misses++;
      return undefined;
    },

    set(source, reading) {
      const hash = hashOf(source);
      seen.set(source.file, hash);
      entries.set(hash, { file: source.file, reading });
      dirty = true;
    },

    /**
     * Writes the cache atomically (a temporary file, then rename) when anything changed. Kept: the
     * entries of this run's files as they are now, and every entry of a file this run did not read
     * (another folder's files stay cached). Throws CacheError when the file cannot be written.
     */
    save() {
      for (const [hash, entry] of entries) {
        const now = seen.get(entry.file);
        const stale = now !== undefined && now !== hash;
        const broken = entry.reading === undefined && entry.raw === undefined;
        if (stale || broken) {
          entries.delete(hash);
          dirty = true;
        }
      }
      if (!dirty) return;
      const temp = `${location}.${process.pid}.tmp`;
      let fd: number | undefined;
      // Entries read from the file as it still is are copied from it, not serialised again.
      let old: number | undefined;
      try {
        mkdirSync(path.dirname(path.resolve(location)), { recursive: true });
        try {
          const now = statSync(location);
          if (stamp && now.size === stamp.size && now.mtimeMs === stamp.mtime) old = openSync(location, 'r');
        } catch {
          old = undefined;
        }
        fd = openSync(temp, 'w');
        const parts: (string | Buffer)[] = [`${JSON.stringify({ format: FORMAT, version: key.version, packHash: key.packHash })}\n`];
        let size = 0;
        const flush = () => {
          const bytes = Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
          for (let done = 0; done < bytes.length; ) done += writeSync(fd!, bytes, done);
          parts.length = 0;
          size = 0;
        };
        const sorted = [...entries].sort(([, a], [, b]) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
        for (const [hash, entry] of sorted) {
          const body = entry.raw ?? storedBytes(old, entry) ?? JSON.stringify(entry.reading);
          parts.push(`${hash}\t${JSON.stringify(entry.file)}\t`, body, '\n');
          size += body.length;
          if (size >= CHUNK) flush();
        }
        flush();
        closeSync(fd);
        fd = undefined;
        if (old !== undefined) closeSync(old);
        old = undefined;
        renameSync(temp, location);
        dirty = false;
      } catch (error) {
        if (fd !== undefined) closeSync(fd);
        if (old !== undefined) closeSync(old);
        rmSync(temp, { force: true });
        throw new CacheError(`cannot write cache ${location}: ${(error as Error).message}`);
      }
    },

    stats() {
      return { hits, misses };
    },
  };
}
