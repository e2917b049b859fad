// The document cache (--cache): readings kept between runs in one file, keyed by content hash, pack hash and version.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, fstatSync, linkSync, mkdirSync, readSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import type { DocumentCache, DocumentReading } from '../check/index.js';
import type { Pack } from '../packs/types.js';
import type { SourceText } from '../types.js';
import { FileReadError, fileReadError, MAX_BYTES, openRegularFile, readRegularFile, tooLarge } from './regular-file.js';
import { readingProblem } from './valid-reading.js';

/** Default cache file, relative to the working directory (listed in .gitignore). */
export const DEFAULT_CACHE_LOCATION = '.claimcheckcache';

/** Bumped when the file layout changes; a file of another format is ignored. */
const FORMAT = 'claimcheck-cache/3';
/** How every cache file starts: a file that does not is never read as a cache, nor overwritten. */
const FORMAT_PREFIX = '{"format":"claimcheck-cache/';

/*
 * The file is line-oriented (a compact format rather than one JSON document):
 *
 *   {"format":"claimcheck-cache/3","version":"0.1.0","packHash":"…","keyId":"…"}
 *   <sha256 of file name + NUL + content> TAB <mac> TAB <file name as JSON> TAB <reading as JSON>
 *   …
 *
 * One line per document lets the loader index the file without parsing it: each entry stays raw
 * bytes until a run asks for it, a corrupt line costs only that entry, and the file can be read
 * and written in chunks, so it never has to fit in one string (V8 caps strings at ~512 MiB, which
 * a cache for 100,000 articles would approach). JSON.stringify escapes tabs and newlines, so
 * neither can occur inside a field.
 *
 * Trust: a reading from the cache replaces reading the article, so a forged entry (`claims: []`)
 * would hide the article's conflicts. Each entry carries an HMAC of its line made with a secret
 * key kept outside the project (`cacheKeyFile`: ~/.cache/claimcheck/cache-key), so a cache file
 * committed to a repository, copied from another machine or edited by hand is not believed; and
 * an entry that passes is still checked for shape, and its claims must quote the article's text.
 * Entries that fail are dropped with a note and read again, and the cache is rewritten.
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
  /** The stored line, still unchecked and unparsed; dropped once read. */
  line?: Buffer;
  reading?: DocumentReading;
  /** Where the stored line lies in the file it was loaded from: saving copies those bytes instead of serialising the reading again. */
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

/** Thrown when a file at the cache's place is something else: it is neither read nor overwritten. */
class NotACache extends Error {}

/**
 * Calls `line` with each line of a file (without its newline) and the offset where it starts, reading
 * 1 MiB at a time; a file that does not start with `prefix` throws NotACache before any line. Each read
 * gets a buffer of its own, so a line is a view into it, not a copy; only a line spanning two reads is
 * joined. Returns the file's size and mtime.
 */
function eachLine(file: string, prefix: string, line: (bytes: Buffer, offset: number) => boolean): Stamp {
  const { fd } = openRegularFile(file, MAX_BYTES.cache);
  try {
    const stat = fstatSync(fd);
    const stamp = { size: stat.size, mtime: stat.mtimeMs };
    let carry: Buffer[] = [];
    let total = 0;
    let offset = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafeSlow(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      if (total === 0 && !chunk.subarray(0, Math.min(n, prefix.length)).equals(Buffer.from(prefix).subarray(0, Math.min(n, prefix.length)))) throw new NotACache();
      total += n;
      if (total > MAX_BYTES.cache) throw tooLarge(total, MAX_BYTES.cache, true);
      let start = 0;
      for (let nl = chunk.indexOf(10, start); nl !== -1 && nl < n; nl = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, nl);
        const bytes = carry.length > 0 ? Buffer.concat([...carry, piece]) : piece;
        carry = [];
        if (!line(bytes, offset)) return stamp;
        offset += bytes.length + 1;
        start = nl + 1;
      }
      if (start < n) carry.push(chunk.subarray(start, n));
    }
    if (carry.length > 0) line(Buffer.concat(carry), offset);
    return stamp;
  } finally {
    closeSync(fd);
  }
}

/** Where the cache's secret key is kept: the user's cache folder (XDG_CACHE_HOME, else ~/.cache), outside any project. */
export function cacheKeyFile(env: Record<string, string | undefined>): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'claimcheck', 'cache-key');
}

const SECRET_BYTES = 32;

/** The secret in `keyFile`, made (32 random bytes, readable by its owner only) on first use. Throws FileReadError or a system error. */
function loadSecret(keyFile: string): Buffer {
  let tooShort = false;
  try {
    const secret = readRegularFile(keyFile, 1024);
    if (secret.length >= SECRET_BYTES) return secret;
    tooShort = true;
  } catch (error) {
    if (!(error instanceof FileReadError && error.code === 'not-found')) throw error;
  }
  mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
  // Written aside, then linked into place: a key file is never seen half-written, and of two runs
  // making one at once, the first link wins and both use it.
  const temp = `${keyFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, randomBytes(SECRET_BYTES), { mode: 0o600, flag: 'w' });
    try {
      if (tooShort) rmSync(keyFile, { force: true }); // not a key of ours: replaced
      linkSync(temp, keyFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  } finally {
    rmSync(temp, { force: true });
  }
  return readRegularFile(keyFile, 1024);
}

interface Loaded {
  entries: Map<string, Entry>;
  /** The file is not a cache (or not a file): never written. */
  foreign: boolean;
  /** Why the file was not used, for a note; undefined when it was used, or simply did not exist. */
  note?: string;
  /** The file's size and mtime when its entries were loaded. */
  stamp?: Stamp;
}

/** Reads the entries of a cache file made for `key` and `keyId`; a file of another key is no entries. */
function load(location: string, key: CacheKey, keyId: string): Loaded {
  const entries = new Map<string, Entry>();
  let header = true;
  let note: string | undefined;
  let damaged = 0;
  let stamp: Stamp;
  try {
    stamp = eachLine(location, FORMAT_PREFIX, (bytes, offset) => {
      if (header) {
        header = false;
        const line = bytes.toString('utf8');
        if (!line.startsWith(FORMAT_PREFIX)) throw new NotACache();
        let h: Record<string, unknown> | null = null;
        try {
          h = JSON.parse(line) as Record<string, unknown>;
        } catch {
          // a damaged header: the whole file goes
        }
        if (h?.format === FORMAT && h.version === key.version && h.packHash === key.packHash && h.keyId !== keyId) {
          note = 'made by another user or machine (its entries cannot be checked); starting afresh';
        }
        return h?.format === FORMAT && h.version === key.version && h.packHash === key.packHash && h.keyId === keyId;
      }
      // <hash 64> TAB <mac 64> TAB <file JSON> TAB <reading JSON>
      const tab3 = bytes.length > 130 && bytes[64] === 9 && bytes[129] === 9 ? bytes.indexOf(9, 130) : -1;
      if (tab3 === -1) {
        damaged++;
        return true;
      }
      let file: unknown;
      try {
        file = JSON.parse(bytes.toString('utf8', 130, tab3));
      } catch {
        damaged++;
        return true;
      }
      if (typeof file === 'string') entries.set(bytes.toString('latin1', 0, 64), { file, line: bytes, at: offset, length: bytes.length });
      else damaged++;
      return true;
    });
  } catch (error) {
    if (error instanceof NotACache) {
      return { entries: new Map(), foreign: true, note: 'not a claimcheck cache file; not used, and not overwritten (delete it or choose another --cache-location)' };
    }
    if (error instanceof FileReadError && error.code === 'not-found') return { entries: new Map(), foreign: false };
    if (error instanceof FileReadError && error.code === 'too-large') return { entries: new Map(), foreign: false, note: `${error.message}; starting afresh` };
    return { entries: new Map(), foreign: true, note: `${fileReadError(error).message}; not used` };
  }
  if (damaged > 0) note = `${damaged} damaged ${damaged === 1 ? 'entry' : 'entries'} dropped`;
  return { entries, foreign: false, note, stamp };
}

/** The stored line of an entry loaded from the cache file open as `fd`, or undefined if it was not loaded from there. */
function storedLine(fd: number | undefined, entry: Entry): Buffer | undefined {
  if (fd === undefined || entry.at === undefined || entry.length === undefined) return undefined;
  const bytes = Buffer.allocUnsafe(entry.length);
  for (let done = 0; done < entry.length; ) {
    const n = readSync(fd, bytes, done, entry.length - done, entry.at + done);
    if (n === 0) return undefined;
    done += n;
  }
  return bytes;
}

/** The cache file, open for reading, if it is still the one the entries were loaded from (same size and mtime). */
function openUnchanged(location: string, stamp: Stamp | undefined): number | undefined {
  if (stamp === undefined) return undefined;
  let fd: number | undefined;
  try {
    fd = openRegularFile(location, MAX_BYTES.cache).fd;
    const now = fstatSync(fd);
    if (now.size === stamp.size && now.mtimeMs === stamp.mtime) return fd;
  } catch {
    // gone or replaced: nothing to copy from
  }
  if (fd !== undefined) closeSync(fd);
  return undefined;
}


/** The HMAC of an entry's line up to its MAC and after it: hash, file name and reading as written. */
function macOf(secret: Buffer, hash: string, fileJson: Buffer | string, readingJson: Buffer | string): string {
  return createHmac('sha256', secret).update(hash).update('\t').update(fileJson).update('\t').update(readingJson).digest('hex');
}

export interface CacheOptions {
  /** Where the secret key is kept; default `cacheKeyFile(process.env)`. */
  keyFile?: string;
  /** The cache file's name in notes, as the user gave it; default `location`. */
  name?: string;
}

export type Cache = DocumentCache & {
  save(): void;
  stats(): CacheStats;
  /** What a user should know about the cache file: damaged or untrusted entries dropped, a file not used. */
  notes(): string[];
};

/** A cache that keeps nothing: the run reads every document, as without --cache. */
function unusedCache(notes: string[]): Cache {
  let misses = 0;
  return {
    get: () => (misses++, undefined),
    set: () => undefined,
    save: () => undefined,
    stats: () => ({ hits: 0, misses }),
    notes: () => notes,
  };
}

/** At most this many dropped entries are named in a note. */
const NAMED_DROPS = 3;

/**
 * Opens the cache file at `location` for a run with `key`. Entries are keyed by the sha256 of the
 * file name and content (not mtime: safe in CI, where checkouts touch every file); a file made by
 * another version, with another pack or with another secret key counts as empty, and so does a
 * missing or corrupt one. An entry is believed only if its MAC, its shape and its quotes hold
 * (see the note at the top); one that does not is a miss, noted, and replaced. A path that is not
 * a regular file, or a file that is not a claimcheck cache, is neither read nor written. Nothing
 * is written until `save()`.
 */
export function openCache(location: string, key: CacheKey, options: CacheOptions = {}): Cache {
  const display = options.name ?? location;
  let secret: Buffer;
  const keyFile = options.keyFile ?? cacheKeyFile(process.env);
  try {
    secret = loadSecret(keyFile);
  } catch (error) {
    return unusedCache([`cache ${display}: not used: cannot keep its key in ${keyFile}: ${fileReadError(error).message}`]);
  }
  const keyId = createHash('sha256').update('claimcheck cache key id\0').update(secret).digest('hex').slice(0, 16);
  const loaded = load(location, key, keyId);
  if (loaded.foreign) return unusedCache([`cache ${display}: ${loaded.note}`]);
  const { entries } = loaded;
  const notes: string[] = loaded.note ? [`cache ${display}: ${loaded.note}`] : [];
  const dropped: { file: string; why: string }[] = [];
  const hashes = new WeakMap<SourceText, string>();
  /** Files this run read, and the hash each had. */
  const seen = new Map<string, string>();
  let hits = 0;
  let misses = 0;
  let dirty = loaded.note !== undefined;

  const hashOf = (source: SourceText): string => {
    let hash = hashes.get(source);
    if (hash === undefined) {
      hash = contentHash(source);
      hashes.set(source, hash);
    }
    return hash;
  };

  /** The reading a stored line holds for `source`, or why it cannot be believed. */
  const believe = (hash: string, line: Buffer, source: SourceText): DocumentReading | string => {
    const tab3 = line.indexOf(9, 130);
    const readingJson = line.subarray(tab3 + 1);
    const mac = line.toString('latin1', 65, 129);
    if (!timingSafeEqualHex(mac, macOf(secret, hash, line.subarray(130, tab3), readingJson))) return 'it fails its check (changed since it was written)';
    let reading: unknown;
    try {
      reading = JSON.parse(readingJson.toString('utf8'));
    } catch {
      return 'it is not valid JSON';
    }
    const problem = readingProblem(reading, source.file, source.text);
    return problem === null ? (reading as DocumentReading) : `it holds ${problem}`;
  };

  return {
    get(source) {
      const hash = hashOf(source);
      seen.set(source.file, hash);
      const entry = entries.get(hash);
      if (entry && entry.file === source.file && entry.reading === undefined && entry.line !== undefined) {
        const found = believe(hash, entry.line, source);
        entry.line = undefined;
        if (typeof found === 'string') {
          dropped.push({ file: source.file, why: found });
          dirty = true;
        } else {
          entry.reading = found;
        }
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
        const broken = entry.reading === undefined && entry.line === undefined;
        if (stale || broken) {
          entries.delete(hash);
          dirty = true;
        }
      }
      if (!dirty) return;
      // Entries believed this run are copied from the file as it still is (MAC and all), not serialised again.
      let old: number | undefined;
      // Written whole or not at all, through a temporary file that a signal handler removes (atomic-write.ts).
      function* chunks(): Generator<string | Buffer> {
        yield `${JSON.stringify({ format: FORMAT, version: key.version, packHash: key.packHash, keyId })}\n`;
        let parts: (string | Buffer)[] = [];
        let size = 0;
        const sorted = [...entries].sort(([, a], [, b]) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
        for (const [hash, entry] of sorted) {
          let line: Buffer | string;
          const stored = entry.reading !== undefined ? storedLine(old, entry) : undefined;
          if (stored !== undefined) {
            line = stored;
          } else if (entry.reading !== undefined) {
            const fileJson = JSON.stringify(entry.file);
            const readingJson = JSON.stringify(entry.reading);
            line = `${hash}\t${macOf(secret, hash, fileJson, readingJson)}\t${fileJson}\t${readingJson}`;
          } else {
            line = entry.line!; // not asked this run: kept as it was, MAC and all
          }
          parts.push(line, '\n');
          size += line.length;
          if (size >= CHUNK) {
            yield Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
            parts = [];
            size = 0;
          }
        }
        yield Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
      }
      try {
        old = openUnchanged(location, loaded.stamp);
        writeFileAtomic(location, chunks(), { mkdir: true });
        dirty = false;
      } catch (error) {
        throw new CacheError(`cannot write cache ${location}: ${(error as Error).message}`);
      } finally {
        if (old !== undefined) closeSync(old);
      }
    },

    stats() {
      return { hits, misses };
    },

    notes() {
      if (dropped.length === 0) return notes;
      const named = dropped.slice(0, NAMED_DROPS).map((d) => `${d.file} (${d.why})`);
      const more = dropped.length > NAMED_DROPS ? ` and ${dropped.length - NAMED_DROPS} more` : '';
      return [...notes, `cache ${display}: ${dropped.length === 1 ? 'an entry' : `${dropped.length} entries`} dropped and read again: ${named.join(', ')}${more}`];
    },
  };
}

function timingSafeEqualHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a, 'latin1'), Buffer.from(b, 'latin1'));
}
