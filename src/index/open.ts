// Which store an --index location names: a postgres:// URL is a PostgreSQL server, anything else a SQLite file.
import path from 'node:path';
import type { ClaimStore } from './store.js';

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** Opens the index at `location` (a file path relative to `cwd`, or a URL); `create` makes it when missing. Throws IndexError. */
export async function openStore(location: string, options: { cwd: string; create: boolean }): Promise<ClaimStore> {
  if (isPostgresUrl(location)) return (await import('./postgres.js')).openPostgresStore(location, options.create);
  return (await import('./sqlite.js')).openSqliteStore(path.resolve(options.cwd, location), options.create, location);
}
