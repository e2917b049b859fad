// The claim index (src/index/): `claimcheck NEW --index X` reports what `claimcheck ARCHIVE NEW --new NEW` reports, byte
// for byte, in SQLite and in a real PostgreSQL server; a stale index is named; updates are incremental and safe side by side.
// The CLI runs in this process (run(argv, io), what bin/ calls) so that the archive is read once; `npm run stress` does the
// same through the spawned command on thousands of articles.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutOutsideNew as withoutCount } from '../scripts/without-outside-new.js';
import { run } from '../src/cli/index.js';
import { STATEMENTS_SHOWN } from '../src/check/alike.js';
import { INDEX_FORMAT } from '../src/index/store.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** Generated archive articles: enough for large groups (the same entities recur), few enough for `npm test`. */
const ARCHIVE_SIZE = 300;
const CHECKED_AGAINST = /^claimcheck: checked against .*\n/m;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

interface TestServer {
  base: string;
  stop(): void;
}

let work: string;
let server: TestServer | undefined;
let noServer = '';

async function cli(args: string[], cwd = work): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    env: {},
    cwd,
  });
  return { code, stdout, stderr };
}

const CACHE = ['--cache', '--cache-location', '.cache', '--concurrency', 'off'];

/** The full run of the archive with these new files: what the gate must print. */
/**
 * The full run's report without the count of archive conflicts it leaves out (--new): only a full run
 * knows how many conflicts the archive holds among its own articles, and the gate does not read them.
 */
function withoutOutsideNew(r: Result): Result {
  return { ...r, stdout: withoutCount(r.stdout) };
}
const full = async (files: string[], format: string) => withoutOutsideNew(await cli(['archive', ...files, '--new', ...files, '-f', format, ...CACHE]));
const gate = (files: string[], format: string, index: string) => cli([...files, '--index', index, '-f', format, '--concurrency', 'off']);

/** The gate's result with its "checked against" line taken out of stderr (the full run has none), and that line. */
function withoutSummary(r: Result): Result & { summary: string } {
  return { ...r, stderr: r.stderr.replace(CHECKED_AGAINST, ''), summary: CHECKED_AGAINST.exec(r.stderr)?.[0] ?? '' };
}

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
  writeFileSync(path.join(work, file), text);
};
const read = (file: string) => readFileSync(path.join(work, file), 'utf8');

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-index-'));
  // The football pack too: its fixtures hold a stated ratio whose figures are in another article.
  write('.claimcheckrc.yml', `packs: [${JSON.stringify(path.join(ROOT, 'fixtures', 'packs', 'football.yml'))}]\n`);
  const { articleGenerator } = (await import(path.join(ROOT, 'scripts', 'corpus.js'))) as { articleGenerator(): Promise<(i: number) => string> };
  const generate = await articleGenerator();
  for (let i = 0; i < ARCHIVE_SIZE; i++) write(`archive/${String(Math.floor(i / 100))}/article-${String(i).padStart(4, '0')}.md`, generate(i));
  for (const i of [1_000_000, 1_000_001, 1_000_002]) write(`new/generated-${i}.md`, generate(i));
  const ratio = path.join(ROOT, 'fixtures', 'derived-arithmetic', 'fires-football-fee-ratio-vs-window-ledger');
  // The column states "4x costlier" with no fees of its own; the ledger, new, gives the fees (2.4x).
  copyFileSync(path.join(ratio, 'column-riverside-spending.md'), path.join(work, 'archive', 'column.md'));
  copyFileSync(path.join(ratio, 'window-ledger.md'), path.join(work, 'new', 'ledger.md'));
  write('new/broken.md', '---\ntitle: [unclosed\n---\nText.\n');
  write('new/quiet.md', '# Notes\n\nNothing to compare here.\n');
  mkdirSync(path.join(work, 'fields-archive'), { recursive: true });
  mkdirSync(path.join(work, 'fields-new'), { recursive: true });
  // Reads the archive once, for every full run and index build after it.
  expect((await cli(['archive', '-f', 'json', '--fail-on', 'none', ...CACHE])).code).toBe(0);
  const { startPostgres } = (await import(path.join(ROOT, 'scripts', 'postgres-server.js'))) as { startPostgres(): Promise<TestServer | { reason: string }> };
  const started = await startPostgres();
  if ('reason' in started) {
    noServer = started.reason;
    if (process.env.CLAIMCHECK_TEST_POSTGRES === 'required') throw new Error(`PostgreSQL is required (CLAIMCHECK_TEST_POSTGRES=required) but could not be started: ${noServer}`);
    console.warn(`claim index: PostgreSQL tests skipped: ${noServer}`);
  } else server = started;
}, 300_000);

afterAll(() => {
  server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

let databases = 0;
/** A new empty index: a SQLite file, or a new database on the test server. */
async function newIndex(kind: 'SQLite' | 'PostgreSQL'): Promise<string> {
  databases++;
  if (kind === 'SQLite') return `index-${databases}.db`;
  const pg = createRequire(import.meta.url)('pg') as typeof import('pg');
  const client = new pg.Client({ connectionString: `${server!.base}postgres` });
  await client.connect();
  await client.query(`CREATE DATABASE index_${databases}`);
  await client.end();
  return `${server!.base}index_${databases}`;
}

const NEW_SETS: { name: string; files: string[]; formats: string[] }[] = [
  { name: 'one generated article', files: ['new/generated-1000000.md'], formats: ['json', 'pretty', 'github'] },
  { name: 'two generated articles', files: ['new/generated-1000001.md', 'new/generated-1000002.md'], formats: ['json', 'sarif'] },
  // Their conflicts show archived claims stated alike once (the test after these checks that some do).
  { name: 'three generated articles', files: ['new/generated-1000000.md', 'new/generated-1000001.md', 'new/generated-1000002.md'], formats: ['json', 'github'] },
  { name: 'figures for a ratio an archived article states (found through what the rule consults)', files: ['new/ledger.md'], formats: ['json', 'pretty'] },
  { name: 'an article with nothing to compare (the report ends on the note of conflicts left out)', files: ['new/quiet.md'], formats: ['markdown', 'pretty'] },
  { name: 'a broken article beside a good one', files: ['new/broken.md', 'new/generated-1000000.md'], formats: ['json'] },
];

describe.each(['SQLite', 'PostgreSQL'] as const)('claim index in %s', (kind) => {
  let index = '';
  beforeAll(async () => {
    if (kind === 'PostgreSQL' && !server) return;
    index = await newIndex(kind);
    const built = await cli(['index', 'build', 'archive', '--index', index, ...CACHE]);
    expect(built).toEqual({ code: 0, stdout: expect.stringMatching(new RegExp(`: ${ARCHIVE_SIZE + 1} files, [\\d,]+ claims \\(${ARCHIVE_SIZE + 1} read\\)\\n$`)), stderr: '' });
  }, 300_000);

  const skip = () => kind === 'PostgreSQL' && !server;

  for (const set of NEW_SETS) {
    it(`${set.name}: the same bytes, exit code and stderr as the full run with --new`, async (context) => {
      if (skip()) return context.skip(noServer);
      for (const format of set.formats) {
        const expected = await full(set.files, format);
        const got = withoutSummary(await gate(set.files, format, index));
        expect({ format, ...got, summary: undefined }).toEqual({ format, ...expected, summary: undefined });
        expect(got.summary).toMatch(new RegExp(`^claimcheck: checked against ${ARCHIVE_SIZE + 1} archived articles \\([\\d,]+ claims\\) in .*; [\\d,]+ claims looked up, [\\d,]+ read \\(one of each stated alike\\); the archive compared file by file\\n$`));
      }
    });
  }

  it('reads one claim of those the archive states alike, and the report counts the others', async (context) => {
    if (skip()) return context.skip(noServer);
    const got = await gate(['new/generated-1000000.md', 'new/generated-1000001.md', 'new/generated-1000002.md'], 'json', index);
    const claims = (JSON.parse(got.stdout) as { conflicts: { claims: { alike?: number }[] }[] }).conflicts.flatMap((c) => c.claims);
    expect(claims.some((c) => (c.alike ?? 0) > 0)).toBe(true);
    const [looked, read] = /([\d,]+) claims looked up, ([\d,]+) read/.exec(got.stderr)!.slice(1).map((n) => Number(n.replace(/,/g, '')));
    expect(read).toBeLessThan(looked!);
  });

  it('finds the ratio conflict whose group holds no new claim (the consults recorded at build time)', async (context) => {
    if (skip()) return context.skip(noServer);
    // In the generated archive other fees agree with the ratio; alone, the column's "4x" meets only the ledger's fees.
    const alone = await newIndex(kind);
    expect((await cli(['index', 'build', 'archive/column.md', '--index', alone, ...CACHE])).code).toBe(0);
    const report = JSON.parse((await gate(['new/ledger.md'], 'json', alone)).stdout) as { conflicts: { rule: string; claims: { file: string }[] }[] };
    const ratio = report.conflicts.filter((c) => c.rule === 'derived-arithmetic');
    expect(ratio.map((c) => c.claims.map((claim) => claim.file))).toEqual([['archive/column.md', 'new/ledger.md', 'new/ledger.md']]);
  });

  it('keeps the newest claim fields (a negated category value, an exclusive value) as read, and the gate reports the conflicts they make as the full run does', async (context) => {
    if (skip()) return context.skip(noServer);
    // Archived: a value said not to hold, and a value said to be the only one; new: the same value said to hold, another value.
    const fixtures = path.join(ROOT, 'fixtures', 'categorical-exclusive');
    copyFileSync(path.join(fixtures, 'fires-football-foot-denied-in-one-stated-in-other', 'profile.md'), path.join(work, 'fields-archive', 'profile.md'));
    copyFileSync(path.join(fixtures, 'fires-ai-lab-depends-on-one-chip', 'supply-chain.md'), path.join(work, 'fields-archive', 'supply-chain.md'));
    const alone = await newIndex(kind);
    expect((await cli(['index', 'build', 'fields-archive', '--index', alone, ...CACHE])).code).toBe(0);
    const { openStore } = await import('../src/index/open.js');
    const store = await openStore(alone, { cwd: work, create: false });
    let stored: { file: string; attribute: string; value: unknown; exclusive?: true }[];
    try {
      stored = (await store.read((r) => r.claimsIn(['fields-archive/profile.md', 'fields-archive/supply-chain.md'])))
        .map((row) => JSON.parse(row.body) as { attribute: string; value: unknown; exclusive?: true; place: { file: string } })
        .filter((c) => c.attribute === 'preferred.foot' || c.attribute === 'compute.gpu')
        .map((c) => ({ file: c.place.file, attribute: c.attribute, value: c.value, ...(c.exclusive ? { exclusive: c.exclusive } : {}) }))
        .sort((a, b) => a.file.localeCompare(b.file));
    } finally {
      await store.close();
    }
    expect(stored).toEqual([
      { file: 'fields-archive/profile.md', attribute: 'preferred.foot', value: { kind: 'category', value: 'left', text: 'left-footed', negated: true } },
      { file: 'fields-archive/supply-chain.md', attribute: 'compute.gpu', value: { kind: 'category', value: 'H100', text: 'Nvidia H100' }, exclusive: true },
    ]);
    // And a new article's warning (a suppression comment that does nothing), printed as the full run prints it.
    const files = ['fields-new/preview.md', 'fields-new/cluster-profile.md', 'fields-new/comment.md'];
    write('fields-new/comment.md', '# Notes\n\n<!-- claimcheck-disabel numeric-mismatch -->\nNothing to check.\n');
    copyFileSync(path.join(fixtures, 'fires-football-foot-denied-in-one-stated-in-other', 'preview.md'), path.join(work, files[0]!));
    copyFileSync(path.join(fixtures, 'fires-ai-lab-depends-on-one-chip', 'cluster-profile.md'), path.join(work, files[1]!));
    const expected = withoutOutsideNew(await cli(['fields-archive', ...files, '--new', ...files, '-f', 'json', ...CACHE]));
    const got = withoutSummary(await gate(files, 'json', alone));
    expect({ ...got, summary: undefined }).toEqual({ ...expected, summary: undefined });
    expect(got.stderr).toBe(
      'claimcheck: warning: fields-new/comment.md:3: unknown suppression comment "claimcheck-disabel" (expected claimcheck-disable, claimcheck-enable or claimcheck-disable-next-line); it does nothing\n',
    );
    const conflicts = (JSON.parse(got.stdout) as { conflicts: { rule: string; entity: { id: string }; attribute: string }[] }).conflicts;
    expect(conflicts.map((c) => [c.rule, c.entity.id, c.attribute])).toEqual([
      ['categorical-exclusive', 'tomas-varga', 'preferred.foot'],
      ['categorical-exclusive', 'corvidai', 'compute.gpu'],
    ]);
  });

  it('claims stated alike: the first and the count follow files changed or gone before the gate, and an update', async (context) => {
    if (skip()) return context.skip(noServer);
    const dir = `alike-${kind}`; // one archive per store: the SQLite run changes its files
    const stars = (n: string) => `The repository \`acme/widget\` has over ${n} GitHub stars.\n`;
    for (const name of ['a', 'b', 'c', 'd']) write(`${dir}/${name}.md`, stars('3,000'));
    write(`${dir}/e.md`, stars('3,100'));
    write('alike-new/new.md', stars('20,000'));
    const alone = await newIndex(kind);
    expect((await cli(['index', 'build', `${dir}`, '--index', alone, ...CACHE])).code).toBe(0);
    const files = ['alike-new/new.md'];
    const sides = (r: Result) => (JSON.parse(r.stdout) as { conflicts: { claims: { file: string; alike?: number }[] }[] }).conflicts.map((c) => c.claims.map((x) => [x.file, x.alike]));
    const same = async () => {
      const expected = withoutOutsideNew(await cli([`${dir}`, ...files, '--new', ...files, '-f', 'json', ...CACHE]));
      const got = withoutSummary(await gate(files, 'json', alone));
      expect(got.stdout).toBe(expected.stdout);
      return sides(got);
    };
    expect(await same()).toEqual([[[`${dir}/a.md`, 3], [`${dir}/e.md`, undefined], ['alike-new/new.md', undefined]]]);
    // The first changes, another is gone: read from disk, the next first stands for what is left.
    write(`${dir}/a.md`, stars('3,100'));
    rmSync(path.join(work, dir, 'c.md'));
    expect(await same()).toEqual([[[`${dir}/a.md`, 1], [`${dir}/b.md`, 1], ['alike-new/new.md', undefined]]]);
    expect((await cli(['index', 'update', '--index', alone, ...CACHE])).code).toBe(0);
    expect(await same()).toEqual([[[`${dir}/a.md`, 1], [`${dir}/b.md`, 1], ['alike-new/new.md', undefined]]]);
    // The first by code points, as the stores order paths: U+FF5E before U+1F600, which UTF-16 puts first.
    write(`${dir}/\u{1F600}.md`, stars('3,000'));
    write(`${dir}/\uFF5E.md`, stars('3,000'));
    for (const name of ['a', 'b', 'd', 'e']) rmSync(path.join(work, dir, `${name}.md`));
    expect((await cli(['index', 'update', '--index', alone, ...CACHE])).code).toBe(0);
    expect(await same()).toEqual([[[`${dir}/\uFF5E.md`, 1], ['alike-new/new.md', undefined]]]);
  });

  it(`a fact the archive states in more than ${STATEMENTS_SHOWN} ways: the gate reads the ones stated most often, and follows a file read from disk`, async (context) => {
    if (skip()) return context.skip(noServer);
    const dir = `many-${kind}`;
    const stars = (n: number) => `The repository \`acme/gizmo\` has over ${n.toLocaleString('en-US')} GitHub stars.\n`;
    // 30 statements: 1,000 to 30,000 stars, each in one article, and 2,000 and 3,000 in a second one.
    for (let i = 1; i <= 30; i++) write(`${dir}/a${String(i).padStart(2, '0')}.md`, stars(i * 1000));
    write(`${dir}/b02.md`, stars(2000));
    write(`${dir}/b03.md`, stars(3000));
    write('many-new/new.md', stars(90000));
    const alone = await newIndex(kind);
    expect((await cli(['index', 'build', dir, '--index', alone, ...CACHE])).code).toBe(0);
    const files = ['many-new/new.md'];
    const same = async () => {
      const expected = withoutOutsideNew(await cli([dir, ...files, '--new', ...files, '-f', 'json', ...CACHE]));
      const got = withoutSummary(await gate(files, 'json', alone));
      expect(got.stdout).toBe(expected.stdout);
      const claims = (JSON.parse(got.stdout) as { conflicts: { claims: { file: string; quote: string; alike?: number }[] }[] }).conflicts[0]!.claims;
      const quotes = claims.filter((c) => c.file !== 'many-new/new.md').map((c) => c.quote);
      return { quotes, more: claims.filter((c) => c.alike !== undefined).map((c) => [c.quote, c.alike]), read: Number(/([\d,]+) read/.exec(got.summary)![1]) };
    };
    const before = await same();
    expect([before.quotes.length, before.more, before.read]).toEqual([STATEMENTS_SHOWN, [['over 2,000 GitHub stars', 1], ['over 3,000 GitHub stars', 1]], STATEMENTS_SHOWN]);
    // Two articles now state a figure the gate did not show, stated once in the index: read from disk, it is stated
    // three times, and shown.
    const hidden = Array.from({ length: 30 }, (_, i) => (i + 1) * 1000).find((n) => !before.quotes.includes(`over ${n.toLocaleString('en-US')} GitHub stars`))!;
    write(`${dir}/b02.md`, stars(hidden));
    write(`${dir}/b03.md`, stars(hidden));
    const after = await same();
    expect([after.quotes.length, after.more]).toEqual([STATEMENTS_SHOWN, [[`over ${hidden.toLocaleString('en-US')} GitHub stars`, 2]]]);
    expect((await cli(['index', 'update', '--index', alone, ...CACHE])).code).toBe(0);
    expect((await same()).more).toEqual(after.more);
  });

  it('looks up no stated sum of the archive for a new stated sum, and prints what the full run prints', async (context) => {
    if (skip()) return context.skip(noServer);
    // Every stated sum is one entity's ("stated figure"), and only rule stated-arithmetic sees them, within one article.
    mkdirSync(path.join(work, 'sums-archive'), { recursive: true });
    mkdirSync(path.join(work, 'sums-new'), { recursive: true });
    for (let i = 1; i <= 12; i++) write(`sums-archive/ledger-${i}.md`, `# Ledger ${i}\n\nThe bill came to €${i * 6}00 million (${i} x €600 million).\n`);
    const alone = await newIndex(kind);
    expect((await cli(['index', 'build', 'sums-archive', '--index', alone, ...CACHE])).code).toBe(0);
    const files = ['sums-new/ledger.md'];
    write(files[0]!, '# Ledger\n\nThe bill came to €1.3 billion (2 x €600 million).\n');
    const expected = withoutOutsideNew(await cli(['sums-archive', ...files, '--new', ...files, '-f', 'json', ...CACHE]));
    const got = withoutSummary(await gate(files, 'json', alone));
    expect({ ...got, summary: undefined }).toEqual({ ...expected, summary: undefined });
    expect((JSON.parse(got.stdout) as { conflicts: { rule: string }[] }).conflicts.map((c) => c.rule)).toEqual(['stated-arithmetic']);
    expect(got.summary).toMatch(/; 0 claims looked up, 0 read /);
  });

  it("a stock's figure for a period is compared with the archive's figures for a period that contains it, as the full run compares them", async (context) => {
    if (skip()) return context.skip(noServer);
    // Archived: stadium seats in 2026; new: seats as of March 2026 (a stock: nested periods meet) and in other months.
    const fixture = path.join(ROOT, 'fixtures', 'numeric-mismatch', 'fires-football-stadium-seats-in-a-month-and-its-year');
    mkdirSync(path.join(work, 'stock-archive'), { recursive: true });
    mkdirSync(path.join(work, 'stock-new'), { recursive: true });
    copyFileSync(path.join(fixture, 'season-guide.md'), path.join(work, 'stock-archive', 'season-guide.md'));
    const alone = await newIndex(kind);
    expect((await cli(['index', 'build', 'stock-archive/season-guide.md', '--index', alone, ...CACHE])).code).toBe(0);
    const files = ['stock-new/ground-works.md'];
    copyFileSync(path.join(fixture, 'ground-works.md'), path.join(work, files[0]!));
    const expected = withoutOutsideNew(await cli(['stock-archive/season-guide.md', ...files, '--new', ...files, '-f', 'json', ...CACHE]));
    const got = withoutSummary(await gate(files, 'json', alone));
    expect({ ...got, summary: undefined }).toEqual({ ...expected, summary: undefined });
    const conflicts = (JSON.parse(got.stdout) as { conflicts: { rule: string; entity: { id: string }; claims: { file: string }[] }[] }).conflicts;
    expect(conflicts.map((c) => [c.rule, c.entity.id, c.claims.map((claim) => claim.file)])).toEqual([
      ['numeric-mismatch', 'riverside-fc', ['stock-archive/season-guide.md', 'stock-new/ground-works.md']],
    ]);
  });

  it('an archived article given as new is checked in its new version', async (context) => {
    if (skip()) return context.skip(noServer);
    const file = 'archive/0/article-0007.md';
    const before = read(file);
    try {
      write(file, `${before}\nThe model has 999B parameters and over 2,000 GitHub stars.\n`);
      const expected = await full([file], 'json');
      const got = withoutSummary(await gate([file], 'json', index));
      expect({ ...got, summary: undefined }).toEqual({ ...expected, summary: undefined });
      expect(got.summary).toContain(`checked against ${ARCHIVE_SIZE} archived articles`);
    } finally {
      write(file, before);
    }
  });

  it('archive files changed, added or gone since the build are named, read from disk, and the report is still the full run’s; index update catches up', async (context) => {
    if (skip()) return context.skip(noServer);
    const changed = 'archive/1/article-0150.md';
    const gone = 'archive/2/article-0299.md';
    const saved = { changed: read(changed), gone: read(gone) };
    try {
      write(changed, `${saved.changed}\nIt has 12,345 employees.\n`);
      write('archive/added.md', read('new/generated-1000001.md'));
      unlinkSync(path.join(work, gone));
      const files = ['new/generated-1000000.md'];
      const expected = await full(files, 'json');
      const got = withoutSummary(await gate(files, 'json', index));
      expect(got.stdout).toBe(expected.stdout);
      expect(got.code).toBe(expected.code);
      expect(got.stderr).toBe(
        `claimcheck: warning: the index is behind the archive; read from disk instead: ${changed} (changed), archive/added.md (not indexed), ${gone} (gone) (run \`claimcheck index update --index ${index}\`)\n`,
      );

      const updated = await cli(['index', 'update', '--index', index, ...CACHE]);
      expect(updated).toEqual({ code: 0, stdout: expect.stringMatching(/: 301 files, [\d,]+ claims \(2 read, 1 removed, 299 unchanged\)\n$/), stderr: '' });
      const after = withoutSummary(await gate(files, 'json', index));
      expect({ ...after, summary: undefined }).toEqual({ ...expected, summary: undefined });
    } finally {
      write(changed, saved.changed);
      write(gone, saved.gone);
      rmSync(path.join(work, 'archive', 'added.md'), { force: true });
      await cli(['index', 'update', '--index', index, ...CACHE]);
    }
  });

  it('an index built with other packs is refused, naming why and how to rebuild it: one line, exit 2', async (context) => {
    if (skip()) return context.skip(noServer);
    write('other.yml', `packs: [${JSON.stringify(path.join(ROOT, 'fixtures', 'packs', 'phones.yml'))}]\n`);
    const r = await cli(['new/generated-1000000.md', '--index', index, '-c', 'other.yml']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/^claimcheck: the claim index .* is stale: it was built with other packs \(a pack or the built-in pack changed\); rebuild it with `claimcheck index build archive --index .*`\n$/),
    });
  });
});

describe('a claim index in SQLite', () => {
  it('made by another version of claimcheck is refused, naming both versions', async () => {
    const index = await newIndex('SQLite');
    expect((await cli(['index', 'build', 'archive/column.md', '--index', index, ...CACHE])).code).toBe(0);
    const Database = createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');
    const db = new Database(path.join(work, index));
    const meta = JSON.parse((db.prepare("SELECT value FROM meta WHERE name = 'index'").get() as { value: string }).value) as { version: string };
    db.prepare("UPDATE meta SET value = ? WHERE name = 'index'").run(JSON.stringify({ ...meta, version: '0.0.1' }));
    db.close();
    const r = await cli(['new/ledger.md', '--index', index]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`claimcheck: the claim index ${index} is stale: it was built by claimcheck 0.0.1, this is ${VERSION}; rebuild it with \`claimcheck index build archive/column.md --index ${index}\`\n`);
  });

  it('of an older format (other tables) is refused before it is read, naming the formats; index build rebuilds it', async () => {
    const index = await newIndex('SQLite');
    const Database = createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');
    const db = new Database(path.join(work, index));
    // The tables of the first format: no claim cluster.
    db.exec(`CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE claims (version INTEGER NOT NULL, kind INTEGER NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (version, kind, seq)) WITHOUT ROWID;
      CREATE TABLE claim_keys (key TEXT NOT NULL, version INTEGER NOT NULL, kind INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, version, kind, seq)) WITHOUT ROWID;`);
    const meta = { format: 'claimcheck-index/1', version: VERSION, packHash: '', roots: ['archive/column.md'], listing: '' };
    db.prepare("INSERT INTO meta (name, value) VALUES ('index', ?)").run(JSON.stringify(meta));
    db.close();
    const r = await cli(['new/ledger.md', '--index', index]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `claimcheck: the claim index ${index} is stale: it has the format claimcheck-index/1, this claimcheck writes ${INDEX_FORMAT}; rebuild it with \`claimcheck index build archive/column.md --index ${index}\`\n`,
    });
    expect((await cli(['index', 'build', 'archive/column.md', '--index', index, ...CACHE])).code).toBe(0);
    expect((await cli(['new/ledger.md', '--index', index])).stderr).toMatch(/^claimcheck: checked against 1 archived article /);
  });

  it('lists a file that git names by a glob matching only that file, whatever characters its name holds', async () => {
    const { listingOf } = await import('../src/index/archive.js');
    const { collectInputs } = await import('../src/input/collect.js');
    const names = ['a-3.md', 'x,y{z}.md', '[b].md', 'c*d?.md', 'ü é.md', 'e\\f.md'];
    for (const name of [...names, 'other.md']) write(`odd names/${name}`, 'Text.\n');
    const listed = await collectInputs(listingOf(names.map((n) => `odd names/${n}`), ['odd names']), { cwd: work });
    expect([listed.inputs.map((i) => i.file).sort(), listed.errors]).toEqual([names.map((n) => `odd names/${n}`).sort(), []]);
  });

  it('that does not exist is a one-line error, exit 2, and nothing is created', async () => {
    const r = await cli(['new/ledger.md', '--index', 'missing.db']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^claimcheck: cannot open the claim index missing\.db: .*index build.*\n$/) });
    expect(() => readFileSync(path.join(work, 'missing.db'))).toThrow();
  });

  it('index build without --index says what is missing', async () => {
    expect(await cli(['index', 'build', 'archive'])).toEqual({ code: 2, stdout: '', stderr: 'claimcheck: index build needs --index FILE (a SQLite file) or --index postgres://…\n' });
  });
});

describe('a claim index made in a git repository', () => {
  let repo = '';
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', ...args], { cwd: repo, encoding: 'utf8' });
  // A full run's report without its count of left-out archive conflicts (see withoutOutsideNew).
  const at = async (...args: string[]) => (args.includes('--index') ? cli(args, repo) : withoutOutsideNew(await cli(args, repo)));
  const inRepo = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  };
  const fullRun = (files: string[]) => at('archive', ...files, '--new', ...files, '-f', 'json', ...CACHE);

  beforeAll(async () => {
    repo = path.join(work, 'repo');
    mkdirSync(path.join(repo, 'archive'), { recursive: true });
    for (let i = 0; i < 40; i++) copyFileSync(path.join(work, 'archive', String(Math.floor(i / 100)), `article-${String(i).padStart(4, '0')}.md`), path.join(repo, 'archive', `a-${i}.md`));
    copyFileSync(path.join(work, '.claimcheckrc.yml'), path.join(repo, '.claimcheckrc.yml'));
    // An archived file with an error: every format names it, and the gate exits 2 as the full run does.
    inRepo('archive/broken.md', read('new/broken.md'));
    // The generated articles are made from the fixtures, so whether two of them clash changes as fixtures are
    // added: one archived article and the new one state two fees for one player, so that the new one has a conflict.
    inRepo('archive/a-0.md', `${readFileSync(path.join(repo, 'archive', 'a-0.md'), 'utf8')}\nTomas Varga signed for €25 million.\n`);
    inRepo('new.md', `${read('new/generated-1000000.md')}\nTomas Varga signed for €31 million.\n`);
    inRepo('.gitignore', 'index.db*\n.cache\n');
    git('init', '-q', '.');
    git('add', 'archive', '.claimcheckrc.yml', '.gitignore');
    git('commit', '-q', '-m', 'archive');
    expect((await at('index', 'build', 'archive', '--index', 'index.db', ...CACHE)).code).toBe(0);
  }, 120_000);

  it('asks git what changed since the commit it was made at, and finds nothing to read; each format as the full run prints it', async () => {
    const head = git('rev-parse', 'HEAD').trim();
    for (const format of ['json', 'pretty', 'github', 'sarif', 'markdown']) {
      // Only json lists every file: the others are made from the files with errors and the archive's totals.
      const got = await at('new.md', '--index', 'index.db', '-f', format);
      expect(CHECKED_AGAINST.exec(got.stderr)?.[0]).toMatch(new RegExp(`^claimcheck: checked against 41 archived articles .* the archive compared through git with ${head.slice(0, 12)}\\n$`));
      const expected = await at('archive', 'new.md', '--new', 'new.md', '-f', format, ...CACHE);
      expect({ format, stdout: got.stdout, code: got.code, stderr: got.stderr.replace(CHECKED_AGAINST, '') }).toEqual({ format, stdout: expected.stdout, code: 2, stderr: expected.stderr });
      expect(expected.code).toBe(2);
    }
  });

  it('takes the new articles from --changed-since among the files the paths name, and with none reports no conflict, as the full run does', async () => {
    const changed = ['--changed-since', 'HEAD', '-f', 'json'];
    // new.md is untracked: changed since HEAD; the archive is as committed.
    const gate = withoutSummary(await at('archive', 'new.md', ...changed, '--index', 'index.db'));
    const expected = await at('archive', 'new.md', ...changed, ...CACHE);
    expect({ ...gate, summary: undefined }).toEqual({ ...expected, summary: undefined });
    expect((JSON.parse(gate.stdout) as { conflicts: unknown[] }).conflicts.length).toBeGreaterThan(0);
    // Only the archive named: nothing in it changed, so there is no new article.
    const none = withoutSummary(await at('archive', ...changed, '--index', 'index.db'));
    expect({ ...none, summary: undefined }).toEqual({ ...(await at('archive', ...changed, ...CACHE)), summary: undefined });
    expect(JSON.parse(none.stdout)).toMatchObject({ conflicts: [], summary: { files: 41 } });
    expect(await at(...changed, '--index', 'index.db')).toEqual({
      code: 2,
      stdout: '',
      stderr: "claimcheck: no paths given: name the archive's files or folders; --changed-since takes the new articles among them\n",
    });
  });

  it('compares file by file, and says why, when git does not know the recorded commit', async () => {
    const Database = createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');
    const db = new Database(path.join(repo, 'index.db'));
    const saved = (db.prepare("SELECT value FROM meta WHERE name = 'index'").get() as { value: string }).value;
    const meta = JSON.parse(saved) as { git: { commit: string } };
    meta.git.commit = '0'.repeat(40);
    db.prepare("UPDATE meta SET value = ? WHERE name = 'index'").run(JSON.stringify(meta));
    try {
      const got = await at('new.md', '--index', 'index.db', '-f', 'json');
      expect(got.stderr).toContain("claimcheck: note: the archive was compared file by file, not through git: git does not know the index's commit 000000000000 (a shallow clone? fetch more history)\n");
      expect(got.stderr).toContain('the archive compared file by file\n');
      expect(got.stdout).toBe((await fullRun(['new.md'])).stdout);
    } finally {
      db.prepare("UPDATE meta SET value = ? WHERE name = 'index'").run(saved);
      db.close();
    }
  });

  it('names what git says changed (committed, modified, untracked, ignored, deleted), reads it, and prints the full run’s report', async () => {
    inRepo('archive/committed.md', read('new/generated-1000001.md'));
    git('add', 'archive/committed.md');
    git('commit', '-q', '-m', 'one more');
    inRepo('archive/a-3.md', `${readFileSync(path.join(repo, 'archive', 'a-3.md'), 'utf8')}\nIt has 4,321 employees.\n`);
    inRepo('archive/untracked.md', read('new/generated-1000002.md'));
    inRepo('.gitignore', 'index.db*\n.cache\narchive/ignored.md\n');
    inRepo('archive/ignored.md', read('archive/column.md'));
    inRepo('archive/picture.png', 'not an article');
    unlinkSync(path.join(repo, 'archive', 'a-7.md'));
    const pretty = withoutSummary(await at('new.md', '--index', 'index.db'));
    expect(pretty.stdout).toBe((await at('archive', 'new.md', '--new', 'new.md', ...CACHE)).stdout);
    const got = withoutSummary(await at('new.md', '--index', 'index.db', '-f', 'json'));
    expect(got.stderr).toBe(
      'claimcheck: warning: the index is behind the archive; read from disk instead: archive/a-3.md (changed), archive/committed.md (not indexed), archive/ignored.md (not indexed), archive/untracked.md (not indexed), archive/a-7.md (gone) (run `claimcheck index update --index index.db`)\n' +
        (await fullRun(['new.md'])).stderr,
    );
    expect(got.summary).toContain('the archive compared through git with');
    const expected = await fullRun(['new.md']);
    expect(got.stdout).toBe(expected.stdout);
    expect(got.code).toBe(expected.code);

    // index update reads only what git says changed, and the gate is then up to date.
    const updated = await at('index', 'update', '--index', 'index.db', ...CACHE);
    expect(updated.stdout).toMatch(/: 43 files, [\d,]+ claims \(4 read, 1 removed, 39 unchanged; changes since [0-9a-f]{12} from git\)\n$/);
    const after = withoutSummary(await at('new.md', '--index', 'index.db', '-f', 'json'));
    expect([after.stderr, after.stdout]).toEqual([expected.stderr, expected.stdout]);
  });

});

describe('a claim index in PostgreSQL', () => {
  it('takes two updates at once: one writer at a time, both complete, nothing lost', async (context) => {
    if (!server) return context.skip(noServer);
    const index = await newIndex('PostgreSQL');
    const [a, b] = await Promise.all([cli(['index', 'build', 'archive/0', '--index', index, ...CACHE]), cli(['index', 'update', 'archive/0', '--index', index, ...CACHE])]);
    expect([a.code, b.code, a.stderr, b.stderr]).toEqual([0, 0, '', '']);
    const files = ['new/generated-1000002.md'];
    const expected = withoutOutsideNew(await cli(['archive/0', ...files, '--new', ...files, '-f', 'json', ...CACHE]));
    expect(withoutSummary(await gate(files, 'json', index)).stdout).toBe(expected.stdout);
  });

  it('an unreachable server is a one-line error, exit 2, without the password', async () => {
    const r = await cli(['new/ledger.md', '--index', 'postgres://someone:secret@127.0.0.1:1/nothing']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^claimcheck: cannot open the claim index postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nothing: .*\n$/);
    expect(r.stderr).not.toContain('secret');
  });
});
