// The claim index in one SQLite file (better-sqlite3, loaded only when an index is used).
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { INDEX_FORMAT, IndexError, withoutFiles, type ClaimRow, type ClaimStore, type Consult, type FileRow, type IndexMeta, type KeyedRef, type AlikeRef, type StoredClaim, type StoreWriter } from './store.js';

type Database = BetterSqlite3.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS versions (id INTEGER PRIMARY KEY, path TEXT NOT NULL, hash TEXT NOT NULL, claims INTEGER NOT NULL, errors TEXT NOT NULL, UNIQUE (path, hash));
CREATE INDEX IF NOT EXISTS versions_with_errors ON versions (id) WHERE errors <> '[]';
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, version INTEGER NOT NULL UNIQUE REFERENCES versions (id), size INTEGER NOT NULL, mtime REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS claims (cluster INTEGER NOT NULL, version INTEGER NOT NULL, kind INTEGER NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (cluster, version, kind, seq)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claims_version ON claims (version);
CREATE TABLE IF NOT EXISTS claim_keys (key TEXT NOT NULL, version INTEGER NOT NULL, kind INTEGER NOT NULL, seq INTEGER NOT NULL, cluster INTEGER NOT NULL, alike TEXT NOT NULL, PRIMARY KEY (key, version, kind, seq)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claim_keys_version ON claim_keys (version);
CREATE TABLE IF NOT EXISTS consults (key TEXT NOT NULL, grouping TEXT NOT NULL, grp TEXT NOT NULL, PRIMARY KEY (key, grouping, grp)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS consults_grp ON consults (grp);
CREATE TABLE IF NOT EXISTS alike_firsts (key TEXT NOT NULL, alike TEXT NOT NULL, count INTEGER NOT NULL, version INTEGER NOT NULL, kind INTEGER NOT NULL, seq INTEGER NOT NULL, cluster INTEGER NOT NULL, PRIMARY KEY (key, alike)) WITHOUT ROWID;
`;

/**
 * The first of a key's claims stated alike and their count, over claim_keys rows (aliased k, joined to versions v)
 * that a WHERE clause picks. SQLite gives a query with one min() the other columns of the row the min is of: the
 * first claim. Its order is kind, path (BINARY: code points) and place; U+0001 ends the path, before any
 * character a path holds.
 */
const FIRST_ALIKE = `SELECT k.key, k.alike, count(*) AS count, min(k.kind || char(1) || v.path || char(1) || (k.seq + 1000000000000)) AS first, k.version, k.kind, k.seq, k.cluster
  FROM claim_keys k JOIN versions v ON v.id = k.version`;

/**
 * The claims table's first key column: 52 bits of the claim's claimsOf key hash (a safe integer). The claims of
 * one entity's attribute then lie on neighbouring pages: the gate reads a group's claims from a few pages, not
 * one page per claim (at 10,000 articles, 877 claims in 22 ms rather than 84 ms from a fresh process).
 */
const clusterOf = (claimsOfHash: string): number => parseInt(claimsOfHash.slice(0, 13), 16);

/** Every table but meta, as an index of another format has them. */
const DROP_TABLES = 'DROP TABLE IF EXISTS alike_firsts; DROP TABLE IF EXISTS consults; DROP TABLE IF EXISTS claim_keys; DROP TABLE IF EXISTS claims; DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS versions;';

/** The description of an index written in another format than this claimcheck's, or undefined. */
function olderFormat(db: Database): IndexMeta | undefined {
  const row = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE name = 'index'").get();
  if (!row) return undefined;
  const meta = JSON.parse(row.value) as IndexMeta;
  return meta.format === INDEX_FORMAT ? undefined : meta;
}

/** A files row as SQLite returns it: errors still JSON. */
type FileRecord = Omit<FileRow, 'errors'> & { errors: string };
const fileRow = (r: FileRecord): FileRow => ({ ...r, errors: JSON.parse(r.errors) as FileRow['errors'] });

/** better-sqlite3, or why it cannot be loaded (it is an optional dependency with a native part). */
function loadDriver(): typeof BetterSqlite3 {
  try {
    return createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  } catch (error) {
    throw new IndexError(`the SQLite claim index needs better-sqlite3, which is not installed or did not build here (${(error as Error).message.split('\n')[0]}); reinstall claimcheck, or use a PostgreSQL index`);
  }
}

/** The statements of one open file, prepared once. */
function statements(db: Database) {
  const keysOf = `SELECT value FROM json_each(?)`;
  return {
    meta: db.prepare<[], { name: string; value: string }>('SELECT name, value FROM meta'),
    setMeta: db.prepare('INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value'),
    files: db.prepare<[], FileRecord>('SELECT f.path, v.hash, f.size, f.mtime, v.claims, v.errors FROM files f JOIN versions v ON v.id = f.version'),
    // A union, not an OR: each side uses its own index (the path, and the versions with errors). CROSS JOIN keeps
    // SQLite from scanning every file for the second side (100 ms at 100,000 files; 3 ms this way).
    filesAtOrWithErrors: db.prepare<[string], FileRecord>(
      `SELECT f.path, v.hash, f.size, f.mtime, v.claims, v.errors FROM files f JOIN versions v ON v.id = f.version WHERE f.path IN (${keysOf})
       UNION SELECT f.path, v.hash, f.size, f.mtime, v.claims, v.errors FROM versions v INDEXED BY versions_with_errors CROSS JOIN files f ON f.version = v.id WHERE v.errors <> '[]'`,
    ),
    totals: db.prepare<[], { files: number; claims: number | null }>('SELECT count(*) AS files, sum(v.claims) AS claims FROM files f JOIN versions v ON v.id = f.version'),
    claimsUnder: db.prepare<[string], KeyedRef>(`SELECT key, version, kind, seq, cluster FROM claim_keys WHERE key IN (${keysOf})`),
    alikeFirsts: db.prepare<[string], AlikeRef>(`SELECT key, alike, count, version, kind, seq, cluster FROM alike_firsts WHERE key IN (${keysOf})`),
    // The claims of some files under some keys (the gate's files read from disk instead).
    keyedIn: db.prepare<[string, string], AlikeRef>(
      `SELECT k.key, k.alike, 1 AS count, k.version, k.kind, k.seq, k.cluster FROM files f JOIN claim_keys k ON k.version = f.version
       WHERE f.path IN (${keysOf}) AND k.key IN (${keysOf})`,
    ),
    // One key's claims of one alike key, but those of some files: a first that is in one of them is found again.
    alikeWithout: db.prepare<[string, string, string], AlikeRef>(`${FIRST_ALIKE} WHERE k.key = ? AND k.alike = ? AND v.path NOT IN (${keysOf}) GROUP BY k.key, k.alike`),
    refreshAlike: db.prepare<[string]>(`INSERT INTO alike_firsts (key, alike, count, version, kind, seq, cluster)
      SELECT key, alike, count, version, kind, seq, cluster FROM (${FIRST_ALIKE} WHERE k.key IN (${keysOf}) GROUP BY k.key, k.alike)`),
    dropAlike: db.prepare<[string]>(`DELETE FROM alike_firsts WHERE key IN (${keysOf})`),
    claims: db.prepare<[string], StoredClaim>(
      `SELECT c.version, c.kind, c.seq, v.path, c.body FROM json_each(?) j
       JOIN claims c ON c.cluster = j.value ->> 0 AND c.version = j.value ->> 1 AND c.kind = j.value ->> 2 AND c.seq = j.value ->> 3
       JOIN versions v ON v.id = c.version`,
    ),
    claimsIn: db.prepare<[string], StoredClaim>(
      `SELECT c.version, c.kind, c.seq, f.path, c.body FROM files f JOIN claims c ON c.version = f.version WHERE f.path IN (${keysOf})
       ORDER BY c.version, c.kind, c.seq`,
    ),
    consulters: db.prepare<[string], Consult>(`SELECT DISTINCT key, grouping, grp AS "group" FROM consults WHERE key IN (${keysOf})`),
    versionOf: db.prepare<[string, string], { id: number }>('SELECT id FROM versions WHERE path = ? AND hash = ?'),
    addVersion: db.prepare('INSERT INTO versions (path, hash, claims, errors) VALUES (?, ?, ?, ?)'),
    addClaim: db.prepare('INSERT INTO claims (cluster, version, kind, seq, body) VALUES (?, ?, ?, ?, ?)'),
    addKey: db.prepare('INSERT OR IGNORE INTO claim_keys (key, version, kind, seq, cluster, alike) VALUES (?, ?, ?, ?, ?, ?)'),
    setFile: db.prepare('INSERT INTO files (path, version, size, mtime) VALUES (?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET version = excluded.version, size = excluded.size, mtime = excluded.mtime'),
    touchFile: db.prepare('UPDATE files SET size = ?, mtime = ? WHERE path = ?'),
    removeFile: db.prepare('DELETE FROM files WHERE path = ?'),
    dropConsults: db.prepare(`DELETE FROM consults WHERE grp IN (${keysOf})`),
    addConsult: db.prepare('INSERT OR IGNORE INTO consults (key, grouping, grp) VALUES (?, ?, ?)'),
  };
}

/** Opens (and creates, when `create`) the index file at `file`; `location` names it in messages (as the user wrote it). */
export function openSqliteStore(file: string, create: boolean, location = file): ClaimStore {
  const Driver = loadDriver();
  let db: Database;
  let older: IndexMeta | undefined;
  try {
    db = new Driver(file, { fileMustExist: !create });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 60000');
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined;
    if (!create && !hasMeta) throw new Error('it holds no claim index');
    older = hasMeta ? olderFormat(db) : undefined;
    // Another format's tables may not have this one's columns: a build drops them (keeping the description, which
    // says why it rebuilds); a check stops below, before any statement is prepared on them.
    if (create && older) db.exec(DROP_TABLES);
    if (create) db.exec(SCHEMA);
  } catch (error) {
    const reason = (error as { code?: string }).code === 'SQLITE_CANTOPEN' ? 'no such file (build it with `claimcheck index build ARCHIVE --index FILE`)' : (error as Error).message;
    throw new IndexError(`cannot open the claim index ${location}: ${reason}`);
  }
  if (older && !create) {
    db.close();
    throw new IndexError(`the claim index ${location} is stale: it has the format ${older.format}, this claimcheck writes ${INDEX_FORMAT}; rebuild it with \`claimcheck index build ${older.roots.join(' ')} --index ${location}\``);
  }
  const s = statements(db);
  const json = (values: readonly string[]) => JSON.stringify(values);
  /** Keys whose claims a writer added or dropped, for refreshAlike (all of them after clear()). */
  let changedKeys: Set<string> | 'all' = new Set();
  let unusedKeys: BetterSqlite3.Statement<[], { key: string }> | undefined;

  const reader: StoreWriter = {
    async meta() {
      const row = s.meta.all().find((r) => r.name === 'index');
      return row ? (JSON.parse(row.value) as IndexMeta) : undefined;
    },
    async files() {
      return s.files.all().map(fileRow);
    },
    async filesAtOrWithErrors(paths) {
      return s.filesAtOrWithErrors.all(json(paths)).map(fileRow);
    },
    async totals() {
      const t = s.totals.get()!;
      return { files: t.files, claims: t.claims ?? 0 };
    },
    async claimsUnder(keys) {
      return keys.length === 0 ? [] : s.claimsUnder.all(json(keys));
    },
    async alikeUnder(keys, skip) {
      if (keys.length === 0) return [];
      const firsts = s.alikeFirsts.all(json(keys));
      return skip.length === 0 ? firsts : withoutFiles(firsts, s.keyedIn.all(json(skip), json(keys)), (key, alike) => s.alikeWithout.get(key, alike, json(skip)));
    },
    async claims(refs) {
      // In the table's order: neighbouring claims share pages. The refs come from claimsUnder, with their cluster.
      const ordered = [...refs].sort((a, b) => a.cluster! - b.cluster! || a.version - b.version || a.kind - b.kind || a.seq - b.seq);
      return refs.length === 0 ? [] : s.claims.all(JSON.stringify(ordered.map((r) => [r.cluster, r.version, r.kind, r.seq])));
    },
    async claimsIn(paths) {
      return paths.length === 0 ? [] : s.claimsIn.all(json(paths));
    },
    async consultersOf(keys) {
      return keys.length === 0 ? [] : s.consulters.all(json(keys));
    },
    async setMeta(meta: IndexMeta) {
      s.setMeta.run('index', JSON.stringify(meta));
    },
    async clear() {
      changedKeys = 'all';
      db.exec('DELETE FROM alike_firsts; DELETE FROM consults; DELETE FROM claim_keys; DELETE FROM claims; DELETE FROM files; DELETE FROM versions; DELETE FROM meta;');
    },
    async putFile(row: FileRow, claims: readonly ClaimRow[]) {
      let version = s.versionOf.get(row.path, row.hash)?.id;
      if (version === undefined) {
        version = Number(s.addVersion.run(row.path, row.hash, row.claims, JSON.stringify(row.errors)).lastInsertRowid);
        for (const c of claims) {
          const cluster = clusterOf(c.cluster);
          s.addClaim.run(cluster, version, c.kind, c.seq, c.body);
          for (const key of c.keys) {
            s.addKey.run(key, version, c.kind, c.seq, cluster, c.alike);
            if (changedKeys !== 'all') changedKeys.add(key);
          }
        }
      }
      s.setFile.run(row.path, version, row.size, row.mtime);
    },
    async touchFile(path, size, mtime) {
      s.touchFile.run(size, mtime, path);
    },
    async removeFile(path) {
      s.removeFile.run(path);
    },
    async replaceConsults(groups, consults) {
      for (let i = 0; i < groups.length; i += 500) s.dropConsults.run(json(groups.slice(i, i + 500)));
      for (const c of consults) s.addConsult.run(c.key, c.grouping, c.group);
    },
    async dropUnused() {
      db.exec(`
        CREATE TEMP TABLE IF NOT EXISTS unused (id INTEGER PRIMARY KEY);
        DELETE FROM unused;
        INSERT INTO unused SELECT id FROM versions WHERE id NOT IN (SELECT version FROM files);
      `);
      if (changedKeys !== 'all') {
        // Prepared here: the temporary table exists only once a writer made it.
        unusedKeys ??= db.prepare<[], { key: string }>('SELECT DISTINCT key FROM claim_keys WHERE version IN (SELECT id FROM temp.unused)');
        for (const { key } of unusedKeys.all()) changedKeys.add(key);
      }
      db.exec(`
        DELETE FROM claim_keys WHERE version IN (SELECT id FROM unused);
        DELETE FROM claims WHERE version IN (SELECT id FROM unused);
        DELETE FROM versions WHERE id IN (SELECT id FROM unused);
      `);
    },
    async refreshAlike() {
      const keys = changedKeys === 'all' ? 'all' : [...changedKeys];
      changedKeys = new Set();
      if (keys === 'all') {
        db.exec(`DELETE FROM alike_firsts; INSERT INTO alike_firsts (key, alike, count, version, kind, seq, cluster)
          SELECT key, alike, count, version, kind, seq, cluster FROM (${FIRST_ALIKE} GROUP BY k.key, k.alike)`);
        return;
      }
      for (let i = 0; i < keys.length; i += 500) {
        const batch = json(keys.slice(i, i + 500));
        s.dropAlike.run(batch);
        s.refreshAlike.run(batch);
      }
    },
  };

  /** Transactions by hand: the work is async (it reads files between statements), better-sqlite3's helper is not. */
  const transaction = async <T>(begin: string, work: () => Promise<T>): Promise<T> => {
    db.exec(begin);
    try {
      const result = await work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };

  return {
    location,
    read: (work) => transaction('BEGIN DEFERRED', () => work(reader)),
    write: (work) => transaction('BEGIN IMMEDIATE', () => work(reader)),
    async close() {
      db.close();
    },
  };
}
