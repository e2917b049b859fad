// A throwaway PostgreSQL server for the tests and the benchmark: initdb in a temporary folder, loopback only, stopped afterwards.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The folder holding initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<version>/bin (the newest). */
function binaries() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) return dir;
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return undefined;
  const versions = readdirSync(debian).filter((v) => existsSync(path.join(debian, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(debian, versions[0], 'bin') : undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: then the server runs as the `postgres` user if there is one, else `nobody`. */
function runAs() {
  if (process.getuid?.() !== 0) return {};
  for (const user of ['postgres', 'nobody']) {
    try {
      return { user, uid: Number(execFileSync('id', ['-u', user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()) };
    } catch {
      // no such user
    }
  }
  return {};
}

const firstLine = (s) => String(s ?? '').trim().split('\n')[0];

/**
 * Starts a server; resolves to { base: 'postgres://claimcheck@127.0.0.1:PORT/', stop() } (add a database name to
 * `base`), or to { reason } when it cannot: no binaries, or initdb or the start failed.
 */
export async function startPostgres() {
  const bin = binaries();
  if (!bin) return { reason: 'no PostgreSQL binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin' };
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-pg-'));
  const { user, uid } = runAs();
  if (uid !== undefined) chownSync(dir, uid, uid);
  const command = (program, args) =>
    user ? spawnSync('runuser', ['-u', user, '--', path.join(bin, program), ...args], { encoding: 'utf8' }) : spawnSync(path.join(bin, program), args, { encoding: 'utf8' });
  const data = path.join(dir, 'data');
  const init = command('initdb', ['-D', data, '-A', 'trust', '-U', 'claimcheck', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { reason: `initdb failed: ${firstLine(init.stderr || init.error?.message)}` };
  }
  const port = await freePort();
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off -c synchronous_commit=off`;
  const start = command('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  if (start.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { reason: `pg_ctl start failed: ${firstLine(start.stderr || start.stdout || start.error?.message)}` };
  }
  return {
    base: `postgres://claimcheck@127.0.0.1:${port}/`,
    stop() {
      command('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
