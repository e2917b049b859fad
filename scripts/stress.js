// Stress (`npm run stress`): the CI gate against a claim index prints exactly what the full run prints, on thousands of
// generated articles, through the real command (spawned). Exits 1 on any difference.
//
//   node scripts/stress.js                         2,000 archived articles, 5 new ones, SQLite
//   node scripts/stress.js --articles 10000        a larger archive
//   CLAIMCHECK_STRESS_POSTGRES=postgres://…/db node scripts/stress.js   the same against a PostgreSQL index too
//
// The archive is bench/corpus/<n> (shared with `npm run bench`, which git ignores), committed to a git repository of its
// own when git is there, as an archive in CI is: the gate then asks git what changed, and reads from the index only the
// rows it needs. Needs `npm run build` first.
import { withoutOutsideNew } from './without-outside-new.js';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleGenerator, commitCorpus, generateCorpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = path.join(ROOT, 'bench', 'corpus');
const BIN = path.join(ROOT, 'bin', 'claimcheck.js');

function parseArgs(argv) {
  const args = { articles: 2000, fresh: 5 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--articles') args.articles = Number(argv[++i]);
    else if (argv[i] === '--new') args.fresh = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (try --articles 2000 --new 5)`);
  }
  if (!Number.isInteger(args.articles) || args.articles < 1 || !Number.isInteger(args.fresh) || args.fresh < 1) throw new Error('--articles and --new take whole numbers');
  return args;
}

const log = (s) => process.stderr.write(`${s}\n`);

/** Runs the command in `cwd`; its exit code, stdout and stderr. */
function claimcheck(args, cwd) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, FORCE_COLOR: '0' } });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const args = parseArgs(process.argv.slice(2));
const corpus = await generateCorpus(args.articles, CORPUS);
// Everything runs in the archive's folder, the archive being '.'.
const cwd = corpus.dir;
const inGit = commitCorpus(cwd);
const here = (file) => path.relative(cwd, file);
const work = path.join(CORPUS, `stress-${process.pid}`);
mkdirSync(work, { recursive: true });
const generate = await articleGenerator();
const fresh = Array.from({ length: args.fresh }, (_, i) => {
  const file = path.join(work, `new-${i}.md`);
  writeFileSync(file, generate(5_000_000 + i));
  return here(file);
});
const cache = here(path.join(work, '.cache'));
const indexes = [here(path.join(work, 'index.db')), ...(process.env.CLAIMCHECK_STRESS_POSTGRES ? [process.env.CLAIMCHECK_STRESS_POSTGRES] : [])];

let failures = 0;
try {
  log(`${args.articles} archived articles in ${path.relative(ROOT, cwd)}${inGit ? ' (committed to git)' : ''}; ${args.fresh} new ones in ${path.relative(ROOT, work)}`);
  const warm = claimcheck(['.', '--cache', '--cache-location', cache, '-f', 'json', '--fail-on', 'none'], cwd);
  if (warm.code !== 0) throw new Error(`the full run failed (${warm.code}): ${warm.stderr}`);
  for (const index of indexes) {
    const built = claimcheck(['index', 'build', '.', '--index', index, '--cache', '--cache-location', cache], cwd);
    if (built.code !== 0) throw new Error(`index build failed (${built.code}): ${built.stderr}`);
    log(built.stdout.trim());
    // One new article at a time, then all of them at once, in each format.
    for (const files of [...fresh.map((f) => [f]), fresh]) {
      for (const format of ['json', 'pretty', 'sarif', 'github', 'markdown']) {
        const full = claimcheck(['.', ...files, '--new', ...files, '-f', format, '--cache', '--cache-location', cache], cwd);
        const expected = { ...full, stdout: withoutOutsideNew(full.stdout) };
        const got = claimcheck([...files, '--index', index, '-f', format], cwd);
        const stderr = got.stderr.replace(/^claimcheck: checked against .*\n/m, '');
        const same = got.stdout === expected.stdout && got.code === expected.code && stderr === expected.stderr;
        if (!same) failures++;
        log(`  ${same ? 'same' : 'DIFFERENT'}  ${format.padEnd(8)} ${files.length === 1 ? files[0] : `${files.length} new articles`} (exit ${got.code}, ${expected.stdout.length} bytes)`);
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
log(failures === 0 ? 'stress: the gate printed what the full run printed, every time' : `stress: ${failures} differences`);
process.exitCode = failures === 0 ? 0 : 1;
