// The claim index in a PostgreSQL server (the pg client, loaded only when a postgres:// index is used): one archive shared by many runners.
import type pg from 'pg';
import { INDEX_FORMAT, IndexError, withoutFiles, type ClaimRow, type ClaimStore, type Consult, type FileRow, type IndexMeta, type KeyedRef, type AlikeRef, type StoredClaim, type StoreWriter } from './store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS claimcheck_meta (name text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS claimcheck_versions (id serial PRIMARY KEY, path text NOT NULL, hash text NOT NULL, claims integer NOT NULL, errors text NOT NULL, UNIQUE (path, hash));
CREATE INDEX IF NOT EXISTS claimcheck_versions_with_errors ON claimcheck_versions (id) WHERE errors <> '[]';
CREATE TABLE IF NOT EXISTS claimcheck_files (path text PRIMARY KEY, version integer NOT NULL UNIQUE REFERENCES claimcheck_versions (id), size bigint NOT NULL, mtime double precision NOT NULL);
CREATE TABLE IF NOT EXISTS claimcheck_claims (version integer NOT NULL, kind smallint NOT NULL, seq integer NOT NULL, body text NOT NULL, PRIMARY KEY (version, kind, seq));
CREATE TABLE IF NOT EXISTS claimcheck_claim_keys (key text NOT NULL, version integer NOT NULL, kind smallint NOT NULL, seq integer NOT NULL, alike text NOT NULL, PRIMARY KEY (key, version, kind, seq));
CREATE INDEX IF NOT EXISTS claimcheck_claim_keys_version ON claimcheck_claim_keys (version);
CREATE TABLE IF NOT EXISTS claimcheck_consults (key text NOT NULL, grouping text NOT NULL, grp text NOT NULL, PRIMARY KEY (key, grouping, grp));
CREATE INDEX IF NOT EXISTS claimcheck_consults_grp ON claimcheck_consults (grp);
CREATE TABLE IF NOT EXISTS claimcheck_alike_firsts (key text NOT NULL, alike text NOT NULL, count integer NOT NULL, version integer NOT NULL, kind smallint NOT NULL, seq integer NOT NULL, PRIMARY KEY (key, alike));
`;

/**
 * The first of a key's claims stated alike (by kind, path in the "C" collation, which orders code points as SQLite
 * and src/check/alike.ts do, and place) and their count, over claim_keys rows (k, joined to versions v) that a
 * WHERE clause picks.
 */
const FIRST_ALIKE = (where: string) => `SELECT DISTINCT ON (k.key, k.alike) k.key, k.alike, count(*) OVER (PARTITION BY k.key, k.alike)::integer AS count, k.version, k.kind, k.seq
  FROM claimcheck_claim_keys k JOIN claimcheck_versions v ON v.id = k.version ${where}
  ORDER BY k.key, k.alike, k.kind, v.path COLLATE "C", k.seq`;

/** Every table but meta, as an index of another format has them. */
const DROP_TABLES = 'DROP TABLE IF EXISTS claimcheck_alike_firsts, claimcheck_consults, claimcheck_claim_keys, claimcheck_claims, claimcheck_files, claimcheck_versions';

const FILES = 'SELECT f.path, v.hash, f.size, f.mtime, v.claims, v.errors';
/** A files row as the server returns it: bigint size as text, errors still JSON. */
type FileRecord = Omit<FileRow, 'size' | 'errors'> & { size: string; errors: string };
const fileRow = (r: FileRecord): FileRow => ({ ...r, size: Number(r.size), errors: JSON.parse(r.errors) as FileRow['errors'] });

/** Writers (and the creation of the tables) take this transaction-level advisory lock: one writer at a time. */
const WRITER_LOCK = 'SELECT pg_advisory_xact_lock(7061636)';

/** The URL without its password, for messages. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

async function loadDriver(): Promise<typeof pg> {
  try {
    return (await import('pg')).default;
  } catch (error) {
    throw new IndexError(`a PostgreSQL claim index needs the pg package, which is not installed (${(error as Error).message.split('\n')[0]})`);
  }
}

/** Connects to the server at `url`; creates the tables when `create`. */
export async function openPostgresStore(url: string, create: boolean): Promise<ClaimStore> {
  const location = displayUrl(url);
  const { Client } = await loadDriver();
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 15000 });
  client.on('error', () => {
    // A connection lost between queries: the next query fails and says so.
  });
  try {
    await client.connect();
    if (create) {
      await client.query('BEGIN');
      await client.query(WRITER_LOCK);
      // Another format's tables may not have this one's columns: a build drops them (keeping the description).
      if ((await client.query("SELECT to_regclass('claimcheck_meta') AS t")).rows[0]?.t !== null) {
        const meta = (await client.query<{ value: string }>("SELECT value FROM claimcheck_meta WHERE name = 'index'")).rows[0];
        if (meta && (JSON.parse(meta.value) as IndexMeta).format !== INDEX_FORMAT) await client.query(DROP_TABLES);
      }
      await client.query(SCHEMA);
      await client.query('COMMIT');
    } else if ((await client.query("SELECT to_regclass('claimcheck_meta') AS t")).rows[0]?.t === null) {
      throw new Error('it holds no claim index (build it with `claimcheck index build ARCHIVE --index URL`)');
    }
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new IndexError(`cannot open the claim index ${location}: ${(error as Error).message}`);
  }

  /** Keys whose claims a writer added or dropped, for refreshAlike (all of them after clear()). */
  let changedKeys: Set<string> | 'all' = new Set();
  const q = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> => (await client.query<R>(text, values)).rows;

  const store: StoreWriter = {
    async meta() {
      const row = (await q<{ value: string }>("SELECT value FROM claimcheck_meta WHERE name = 'index'"))[0];
      return row ? (JSON.parse(row.value) as IndexMeta) : undefined;
    },
    async files() {
      return (await q<FileRecord>(`${FILES} FROM claimcheck_files f JOIN claimcheck_versions v ON v.id = f.version`)).map(fileRow);
    },
    async filesAtOrWithErrors(paths) {
      const from = 'FROM claimcheck_files f JOIN claimcheck_versions v ON v.id = f.version';
      return (await q<FileRecord>(`${FILES} ${from} WHERE f.path = ANY($1::text[]) UNION ${FILES} ${from} WHERE v.errors <> '[]'`, [paths])).map(fileRow);
    },
    async totals() {
      const t = (await q<{ files: string; claims: string | null }>('SELECT count(*) AS files, sum(v.claims) AS claims FROM claimcheck_files f JOIN claimcheck_versions v ON v.id = f.version'))[0]!;
      return { files: Number(t.files), claims: Number(t.claims ?? 0) };
    },
    async claimsUnder(keys) {
      if (keys.length === 0) return [];
      return q<KeyedRef>('SELECT key, version, kind, seq FROM claimcheck_claim_keys WHERE key = ANY($1::text[])', [keys]);
    },
    async alikeUnder(keys, skip) {
      if (keys.length === 0) return [];
      const firsts = await q<AlikeRef>('SELECT key, alike, count, version, kind, seq FROM claimcheck_alike_firsts WHERE key = ANY($1::text[])', [keys]);
      if (skip.length === 0) return firsts;
      const skipped = await q<AlikeRef>(
        'SELECT k.key, k.alike, 1 AS count, k.version, k.kind, k.seq FROM claimcheck_files f JOIN claimcheck_claim_keys k ON k.version = f.version WHERE f.path = ANY($1::text[]) AND k.key = ANY($2::text[])',
        [skip, keys],
      );
      return withoutFiles(firsts, skipped, async (key, alike) => (await q<AlikeRef>(FIRST_ALIKE('WHERE k.key = $1 AND k.alike = $2 AND NOT (v.path = ANY($3::text[]))'), [key, alike, skip]))[0]);
    },
    async claims(refs) {
      if (refs.length === 0) return [];
      return q<StoredClaim>(
        `SELECT c.version, c.kind, c.seq, v.path, c.body FROM unnest($1::integer[], $2::smallint[], $3::integer[]) AS r (version, kind, seq)
         JOIN claimcheck_claims c ON c.version = r.version AND c.kind = r.kind AND c.seq = r.seq
         JOIN claimcheck_versions v ON v.id = c.version`,
        [refs.map((r) => r.version), refs.map((r) => r.kind), refs.map((r) => r.seq)],
      );
    },
    async claimsIn(paths) {
      if (paths.length === 0) return [];
      return q<StoredClaim>('SELECT c.version, c.kind, c.seq, f.path, c.body FROM claimcheck_files f JOIN claimcheck_claims c ON c.version = f.version WHERE f.path = ANY($1::text[])', [paths]);
    },
    async consultersOf(keys) {
      if (keys.length === 0) return [];
      return q<Consult>('SELECT DISTINCT key, grouping, grp AS "group" FROM claimcheck_consults WHERE key = ANY($1::text[])', [keys]);
    },
    async setMeta(meta: IndexMeta) {
      await q("INSERT INTO claimcheck_meta (name, value) VALUES ('index', $1) ON CONFLICT (name) DO UPDATE SET value = excluded.value", [JSON.stringify(meta)]);
    },
    async clear() {
      changedKeys = 'all';
      await q('TRUNCATE claimcheck_alike_firsts, claimcheck_consults, claimcheck_claim_keys, claimcheck_claims, claimcheck_files, claimcheck_versions, claimcheck_meta');
    },
    async putFile(row: FileRow, claims: readonly ClaimRow[]) {
      let version = (await q<{ id: number }>('SELECT id FROM claimcheck_versions WHERE path = $1 AND hash = $2', [row.path, row.hash]))[0]?.id;
      if (version === undefined) {
        version = (await q<{ id: number }>('INSERT INTO claimcheck_versions (path, hash, claims, errors) VALUES ($1, $2, $3, $4) RETURNING id', [row.path, row.hash, row.claims, JSON.stringify(row.errors)]))[0]!.id;
        if (claims.length > 0) {
          await q('INSERT INTO claimcheck_claims (version, kind, seq, body) SELECT $1, * FROM unnest($2::smallint[], $3::integer[], $4::text[])', [
            version,
            claims.map((c) => c.kind),
            claims.map((c) => c.seq),
            claims.map((c) => c.body),
          ]);
          const keys = claims.flatMap((c) => [...new Set(c.keys)].map((key) => ({ key, kind: c.kind, seq: c.seq, alike: c.alike })));
          if (changedKeys !== 'all') for (const k of keys) changedKeys.add(k.key);
          await q('INSERT INTO claimcheck_claim_keys (key, version, kind, seq, alike) SELECT k, $2, kd, s, a FROM unnest($1::text[], $3::smallint[], $4::integer[], $5::text[]) AS t (k, kd, s, a)', [
            keys.map((k) => k.key),
            version,
            keys.map((k) => k.kind),
            keys.map((k) => k.seq),
            keys.map((k) => k.alike),
          ]);
        }
      }
      await q(
        'INSERT INTO claimcheck_files (path, version, size, mtime) VALUES ($1, $2, $3, $4) ON CONFLICT (path) DO UPDATE SET version = excluded.version, size = excluded.size, mtime = excluded.mtime',
        [row.path, version, row.size, row.mtime],
      );
    },
    async touchFile(path, size, mtime) {
      await q('UPDATE claimcheck_files SET size = $1, mtime = $2 WHERE path = $3', [size, mtime, path]);
    },
    async removeFile(path) {
      await q('DELETE FROM claimcheck_files WHERE path = $1', [path]);
    },
    async replaceConsults(groups, consults) {
      if (groups.length > 0) await q('DELETE FROM claimcheck_consults WHERE grp = ANY($1::text[])', [groups]);
      if (consults.length > 0) {
        await q('INSERT INTO claimcheck_consults (key, grouping, grp) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING', [
          consults.map((c) => c.key),
          consults.map((c) => c.grouping),
          consults.map((c) => c.group),
        ]);
      }
    },
    async refreshAlike() {
      const keys = changedKeys === 'all' ? 'all' : [...changedKeys];
      changedKeys = new Set();
      const insert = 'INSERT INTO claimcheck_alike_firsts (key, alike, count, version, kind, seq)';
      if (keys === 'all') {
        await q('DELETE FROM claimcheck_alike_firsts');
        await q(`${insert} ${FIRST_ALIKE('')}`);
        return;
      }
      if (keys.length === 0) return;
      await q('DELETE FROM claimcheck_alike_firsts WHERE key = ANY($1::text[])', [keys]);
      await q(`${insert} ${FIRST_ALIKE('WHERE k.key = ANY($1::text[])')}`, [keys]);
    },
    async dropUnused() {
      const unused = 'SELECT id FROM claimcheck_versions WHERE id NOT IN (SELECT version FROM claimcheck_files)';
      const dropped = await q<{ key: string }>(`DELETE FROM claimcheck_claim_keys WHERE version IN (${unused}) RETURNING key`);
      if (changedKeys !== 'all') for (const { key } of dropped) changedKeys.add(key);
      await q(`DELETE FROM claimcheck_claims WHERE version IN (${unused})`);
      await q(`DELETE FROM claimcheck_versions WHERE id IN (${unused})`);
    },
  };

  const transaction = async <T>(begin: string[], work: () => Promise<T>): Promise<T> => {
    try {
      for (const statement of begin) await client.query(statement);
      const result = await work();
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (error instanceof Error && !(error instanceof IndexError) && 'severity' in error) throw new IndexError(`claim index ${location}: ${error.message}`);
      throw error;
    }
  };

  return {
    location,
    // One snapshot for every read of a check: a writer committing meanwhile is not half seen.
    read: (work) => transaction(['BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY'], () => work(store)),
    write: (work) => transaction(['BEGIN', WRITER_LOCK], () => work(store)),
    async close() {
      await client.end();
    },
  };
}
