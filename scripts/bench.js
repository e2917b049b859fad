// Benchmark (`npm run bench`): deterministic corpora; claimcheck against its own parser (the floor) and textlint; threads;
// cache; memory; the CI gate with a claim index against checking the new article alone; start-up.
//
//   node scripts/bench.js                              1,000 and 10,000 articles, every part
//   node scripts/bench.js --quick                      100 and 1,000 articles, a smoke run
//   node scripts/bench.js --sizes 100000               100,000 articles (pipeline: the CLI alone in a child, time and peak memory)
//   node scripts/bench.js --sizes 100000 --parts gate  only the gate at 100,000 (its index build reads every article: long)
//   --parts pipeline,gate,startup                      which parts run (default all)
//   --real DIR                                         also the pipeline's ratios on a folder of real Markdown (shown, no target)
//
// Writes bench/results.json, merged with the results already there (so that a 100,000 run made once stands beside
// the others). Needs `npm run build` first (the npm script does it). A PostgreSQL server is started for the gate's
// PostgreSQL figures when its binaries are found (scripts/postgres-server.js).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { articleGenerator, commitCorpus, GENERATOR, generateCorpus } from './corpus.js';
// The command's V8 flags (bin/load-cli.js sets them on import), for the pipeline measured in this process.
import '../bin/load-cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = path.join(ROOT, 'bench');
const CORPUS = path.join(BENCH, 'corpus');
const SELF = fileURLToPath(import.meta.url);

const TARGETS = {
  pipelineOverFloorCpu: 1.3, // claimcheck on one thread / claimcheck's own parse of the same files, CPU time, at most
  overTextlint: 1.0, // claimcheck / textlint, below
  scaling: 11, // time(10×n) / time(n), at most
  warmSpeedup: 10, // cold / warm, at least
  peakMiB100k: 1024, // peak RSS at 100,000 articles, at most
  startupOverNode: 3, // a one-file check / `node -e 0`, whole processes, at most
  gateOverAlone: 1.5, // `claimcheck NEW --index` / `claimcheck NEW`, whole processes, at most, at every size
};
const PARTS = ['pipeline', 'gate', 'startup'];

const importDist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);

// ---------------------------------------------------------------------------
// Small helpers

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
/** CPU time (user + system, all threads of the process) of a process.cpuUsage() difference. */
const cpuMs = (usage) => (usage.user + usage.system) / 1000;
const mib = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const sizeOf = (file) => [file, `${file}-wal`].reduce((n, f) => n + (existsSync(f) ? statSync(f).size : 0), 0);

// ---------------------------------------------------------------------------
// The contenders, in this process. Each reads its files itself: reading is part of every cost.

async function loadContenders() {
  const { analyse, analyseReadings } = await importDist('check/index.js');
  const { compileLexicon } = await importDist('packs/lexicon.js');
  const { BUILTIN_PACK_PATH, loadPackFile, mergePacks } = await importDist('packs/load.js');
  const { collectInputs } = await importDist('input/collect.js');
  const { readDocuments } = await importDist('input/read-documents.js');
  const { formatJson } = await importDist('report/json.js');
  const { hashPack, openCache } = await importDist('input/cache.js');
  const { parseFrontMatter } = await importDist('parse/front-matter.js');
  const { formatOf, parseMarkdown } = await importDist('parse/markdown.js');
  const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

  /**
   * The floor: the parse claimcheck itself does, and nothing else, on one thread: front matter stripped as
   * readDocument strips it (src/parse/front-matter.ts), then remark-parse with claimcheck's GFM extensions
   * (src/parse/markdown.ts), files read as the pipeline reads them.
   */
  const floor = (files) => {
    let nodes = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      let bodyOffset = 0;
      try {
        ({ bodyOffset } = parseFrontMatter(text));
      } catch {
        // broken front matter: the pipeline reads no further either
        continue;
      }
      const lineOffset = text.slice(0, bodyOffset).split('\n').length - 1;
      nodes += parseMarkdown(text.slice(bodyOffset), formatOf(file), bodyOffset, lineOffset).children.length;
    }
    return nodes;
  };

  /**
   * What `claimcheck <dir> --format json --cache --concurrency <c>` does (src/cli/index.ts): load the pack,
   * open the cache, list the folder, read each file's claims (in worker threads unless `concurrency`
   * is 'off'), analyse, format the report, save the cache.
   */
  const pipeline = async (dir, cacheFile, concurrency = 'auto') => {
    const pack = mergePacks([loadPackFile(BUILTIN_PACK_PATH)]);
    const lexicon = compileLexicon(pack);
    const cache = openCache(cacheFile, { version, packHash: hashPack(pack) });
    const listed = await collectInputs([path.relative(ROOT, dir)], { cwd: ROOT });
    const read = await readDocuments(listed.inputs, { lexicon, cache, concurrency });
    const { report } = analyseReadings(read.readings, { lexicon }, [...listed.errors, ...read.errors]);
    const json = formatJson(report);
    cache.save();
    return { summary: report.summary, jsonSha256: createHash('sha256').update(json).digest('hex'), cache: cache.stats() };
  };
  const warmUp = (files) => {
    const lexicon = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH)]));
    formatJson(analyse(files.map((file) => ({ file, text: readFileSync(file, 'utf8') })), { lexicon }).report);
  };

  const { createLinter, loadTextlintrc } = await import('textlint');
  const configDir = mkdtempSync(path.join(tmpdir(), 'claimcheck-bench-'));
  const configFilePath = path.join(configDir, '.textlintrc.json');
  writeFileSync(configFilePath, JSON.stringify({ rules: { 'no-todo': true } }));
  const descriptor = await loadTextlintrc({ configFilePath, node_modulesDir: path.join(ROOT, 'node_modules') });
  rmSync(configDir, { recursive: true, force: true });
  if (descriptor.rule.lintableDescriptors.length !== 1) throw new Error('textlint: the rule no-todo did not load');
  const linter = createLinter({ descriptor, cwd: ROOT });
  /** The peer: textlint (its built-in Markdown plugin and one cheap rule, no-todo) over the same files. */
  const textlint = async (files) => {
    let messages = 0;
    for (const file of files) messages += (await linter.lintText(readFileSync(file, 'utf8'), file)).messages.length;
    return messages;
  };
  // One real finding, so that the peer is seen to do its work.
  const probe = await linter.lintText('# Notes\n\nTODO: check the figures.\n', path.join(ROOT, 'probe.md'));
  if (probe.messages.length !== 1) throw new Error('textlint: no-todo found nothing in a text with a TODO');
  return { floor, pipeline, textlint, warmUp };
}

// ---------------------------------------------------------------------------
// Child processes: the real CLI, whose time, CPU and peak memory are its own

/**
 * `claimcheck ARGS…` in this (child) process, as bin/claimcheck.js runs it: reports its exit code, its wall time
 * and CPU time since the process started (Node's start-up and module loading included), its output's size and
 * hash, its stderr and its peak RSS.
 */
async function childMain(args) {
  const { loadCli } = await import(new URL('../bin/load-cli.js', import.meta.url).href);
  const { run } = loadCli().exports;
  let outputBytes = 0;
  let stderr = '';
  const output = createHash('sha256');
  const sink = { write: (s) => ((outputBytes += Buffer.byteLength(s)), output.update(s), true), isTTY: false };
  const code = await run(args, { stdout: sink, stderr: { write: (s) => ((stderr += s), true) }, env: {}, cwd: process.cwd() });
  const wallMs = process.uptime() * 1000;
  const cpu = cpuMs(process.cpuUsage());
  process.stdout.write(JSON.stringify({ code, wallMs, cpuMs: cpu, outputBytes, outputSha256: output.digest('hex'), stderr, maxRSS: process.resourceUsage().maxRSS * 1024 }));
}

/** Runs `claimcheck ARGS…` in a child (see childMain) in `cwd`; `ok` lists the exit codes that are no failure. */
function cliInChild(args, ok = [0], cwd = ROOT) {
  const r = spawnSync(process.execPath, [SELF, '--child', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  const out = JSON.parse(r.stdout);
  if (!ok.includes(out.code)) throw new Error(`claimcheck ${args.join(' ')} exited ${out.code}: ${out.stderr}`);
  return { ms: out.wallMs, cpuMs: out.cpuMs, peakRss: out.maxRSS, outputBytes: out.outputBytes, outputSha256: out.outputSha256, stderr: out.stderr };
}

/** Median wall time of `node args…` spawned `times` times, after one warm-up spawn. */
function spawnMedian(args, times = 10) {
  const once = () => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
    return ms(start);
  };
  once();
  return median(Array.from({ length: times }, once));
}

// ---------------------------------------------------------------------------
// Main

const log = (s) => process.stderr.write(`${s}\n`);

/** Runs the named jobs round-robin `repeats` times (so that a noisy moment hits them all alike); medians. */
async function measure(jobs, repeats) {
  const runs = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
  /** The process's memory high-water mark right after each job's first run. */
  const rssAfterFirst = {};
  const results = {};
  for (let r = 0; r < repeats; r++) {
    for (const [name, job] of Object.entries(jobs)) {
      const start = process.hrtime.bigint();
      const cpuStart = process.cpuUsage();
      results[name] = await job();
      runs[name].push(ms(start));
      cpu[name].push(cpuMs(process.cpuUsage(cpuStart)));
      if (r === 0) rssAfterFirst[name] = process.resourceUsage().maxRSS * 1024;
    }
  }
  const out = {};
  for (const name of Object.keys(jobs)) {
    const t = median(runs[name]);
    const c = median(cpu[name]);
    out[name] = { ms: round(t, 1), runs: runs[name].map((x) => round(x, 1)), cpuMs: round(c, 1), rssAfterFirst: rssAfterFirst[name], result: results[name] };
    log(`  ${name.padEnd(24)} ${t.toFixed(0).padStart(8)} ms${repeats > 1 ? `   (${runs[name].map((x) => x.toFixed(0)).join(', ')})` : ''}; CPU ${c.toFixed(0)} ms`);
  }
  return out;
}

function parseArgs(argv) {
  const args = { sizes: [1000, 10000], parts: [...PARTS] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.sizes = [100, 1000];
    else if (a === '--sizes') args.sizes = String(argv[++i]).split(',').map((s) => Number(s.replace(/_/g, '').replace(/k$/i, '000')));
    else if (a === '--parts') args.parts = String(argv[++i]).split(',');
    else if (a === '--real') args.real = path.resolve(String(argv[++i]));
    else throw new Error(`unknown argument ${a} (try --sizes 1000,10000, --parts ${PARTS.join(',')} or --quick)`);
  }
  if (args.real !== undefined && !existsSync(args.real)) throw new Error(`--real: no folder ${args.real}`);
  if (args.sizes.length === 0 || args.sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--sizes takes whole numbers, e.g. 1000,10000');
  if (args.parts.length === 0 || args.parts.some((p) => !PARTS.includes(p))) throw new Error(`--parts takes some of ${PARTS.join(', ')}`);
  args.sizes = [...new Set(args.sizes)].sort((a, b) => a - b);
  return args;
}

/** Sizes above this get only the CLI run in a child (time and peak memory): the rest would take too long. */
const FULL_UP_TO = 20000;
/** The worker threads `--concurrency auto` would start on this machine (src/input/read-documents.ts). */
const THREADS = Math.min(availableParallelism(), 4);

/** The pipeline part at one size: claimcheck on one thread against its floor, threads, textlint, cache, memory. */
async function pipelinePart(n, corpus, s, contenders, state) {
  const cacheFile = path.join(CORPUS, '.bench-claimcheckcache'); // under bench/corpus/, which git ignores
  if (n > FULL_UP_TO) {
    const cli = cliInChild([path.relative(ROOT, corpus.dir), '--format', 'json', '--fail-on', 'none']);
    log(`  claimcheck CLI (child)   ${cli.ms.toFixed(0).padStart(8)} ms, peak RSS ${mib(cli.peakRss)} MiB`);
    s.times.claimcheck = { ms: round(cli.ms, 1), runs: [round(cli.ms, 1)], cpuMs: round(cli.cpuMs, 1), inChild: true };
    s.peakRssMiB = mib(cli.peakRss);
    return;
  }
  if (!state.warm) {
    log('  warming up (200 files each)');
    const few = corpus.files.slice(0, 200);
    contenders.floor(few);
    contenders.warmUp(few);
    await contenders.textlint(few);
    state.warm = true;
  }
  // Medians of 3 where cheap; one run each at 10,000 (a minute or two a run on 2 cores). claimcheck runs as
  // `--cache` with an empty cache (hashing and writing it included: the cold run); the one-thread run comes
  // first in each round, so that the high-water mark of memory read after it is its own at the largest size.
  const repeats = n <= 2000 ? 3 : 1;
  const jobs = {
    'claimcheck, one thread': () => (rmSync(cacheFile, { force: true }), contenders.pipeline(corpus.dir, cacheFile, 'off')),
    'floor: its parse alone': () => contenders.floor(corpus.files),
    'textlint (no-todo)': () => contenders.textlint(corpus.files),
  };
  if (THREADS >= 2) jobs[`claimcheck, ${THREADS} threads`] = () => (rmSync(cacheFile, { force: true }), contenders.pipeline(corpus.dir, cacheFile, THREADS));
  const m = await measure(jobs, repeats);
  s.cacheFileBytes = readFileSync(cacheFile).length;
  const w = await measure({ 'claimcheck (cache warm)': () => contenders.pipeline(corpus.dir, cacheFile) }, repeats);
  s.times.oneThread = m['claimcheck, one thread'];
  s.times.floor = m['floor: its parse alone'];
  s.times.textlint = m['textlint (no-todo)'];
  s.times.threads = m[`claimcheck, ${THREADS} threads`];
  s.threadCount = THREADS;
  // The cold run as `claimcheck DIR --cache` runs it: threads where auto starts them (now, at this load).
  s.autoThreads = state.threadsFor('auto', n);
  s.times.claimcheck = s.autoThreads > 0 && s.times.threads ? s.times.threads : s.times.oneThread;
  s.times.cacheWarm = w['claimcheck (cache warm)'];
  s.summary = s.times.oneThread.result.summary;
  s.peakRssMiB = mib(m['claimcheck, one thread'].rssAfterFirst);
  s.cacheWarmHits = s.times.cacheWarm.result.cache;
  s.cacheSameReport = s.times.cacheWarm.result.jsonSha256 === s.times.oneThread.result.jsonSha256 && s.cacheWarmHits.misses === 0;
  if (!s.cacheSameReport) log('  WARNING: the warm run missed or printed another report than the cold one (was dist/ rebuilt meanwhile?)');
  s.threadsSameReport = !s.times.threads || s.times.threads.result.jsonSha256 === s.times.oneThread.result.jsonSha256;
  if (!s.threadsSameReport) log('  WARNING: the threads gave another report than one thread');
  if (n === state.largestFull) {
    // What a person sees: the second run as a new process, Node start-up and module loading included.
    const cli = cliInChild([path.relative(ROOT, corpus.dir), '--format', 'json', '--fail-on', 'none', '--cache', '--cache-location', cacheFile]);
    s.cliWarmWallMs = round(cli.ms, 1);
    log(`  claimcheck --cache warm, as a new process: ${cli.ms.toFixed(0)} ms wall`);
  }
  rmSync(cacheFile, { force: true });
}

/**
 * The pipeline's ratios on a folder of real Markdown (--real DIR): the generated corpus is dense with claims, real pages
 * are not, so the share of the parse differs. Same contenders, three rounds, medians; shown beside the targets.
 */
async function realPart(dir, contenders) {
  const { collectInputs } = await importDist('input/collect.js');
  const files = (await collectInputs([dir], { cwd: ROOT })).inputs.map((i) => i.file);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  log(`real text: ${files.length} files, ${mib(bytes)} MiB in ${dir}`);
  const cacheFile = path.join(CORPUS, '.bench-real-claimcheckcache');
  mkdirSync(CORPUS, { recursive: true });
  const m = await measure(
    {
      'claimcheck, one thread': () => (rmSync(cacheFile, { force: true }), contenders.pipeline(dir, cacheFile, 'off')),
      'floor: its parse alone': () => contenders.floor(files),
      'textlint (no-todo)': () => contenders.textlint(files),
    },
    3,
  );
  rmSync(cacheFile, { force: true });
  return { dir, files: files.length, bytes, claims: m['claimcheck, one thread'].result.summary.claims, oneThread: m['claimcheck, one thread'], floor: m['floor: its parse alone'], textlint: m['textlint (no-todo)'] };
}

/** Keys an article's claims are looked up under (src/index/keys.ts) when it is checked as `name`, for timing lookups alone. */
async function lookupKeys(file, name) {
  const { readDocument, periodsIn } = await importDist('check/index.js');
  const { compileLexicon } = await importDist('packs/lexicon.js');
  const { BUILTIN_PACK_PATH, loadPackFile, mergePacks } = await importDist('packs/load.js');
  const { claimKeyHashes } = await importDist('index/keys.js');
  const lexicon = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH)]));
  const reading = readDocument({ file: name, text: readFileSync(file, 'utf8') }, lexicon);
  return [...new Set([...reading.claims, ...reading.derived].flatMap((c) => claimKeyHashes(c, periodsIn(lexicon))))];
}

/**
 * Median time of looking up `keys` in the index at `location` as the gate does for the new article `name` (one claim of
 * those stated alike) and parsing the claims read, in this process (10 lookups after one).
 */
async function lookupMs(location, keys, name) {
  const { openStore } = await importDist('index/open.js');
  const { ClaimSource } = await importDist('index/groups.js');
  const store = await openStore(location, { cwd: ROOT, create: false });
  try {
    const once = async () => {
      const start = process.hrtime.bigint();
      const claims = await store.read(async (r) => {
        const source = new ClaimSource(r, () => false, [], new Set([name]), new Set([name]));
        await source.load(keys);
        return source.loadedClaims;
      });
      return { ms: ms(start), claims };
    };
    const { claims } = await once();
    const times = [];
    for (let i = 0; i < 10; i++) times.push((await once()).ms);
    return { ms: round(median(times), 2), claims };
  } finally {
    await store.close();
  }
}

/**
 * The new articles of the gate part, of 21 generated articles no archive holds: a typical one (the median
 * number of claims: few, as most articles have) and a heavy one (the most claims).
 */
async function newArticles() {
  const generate = await articleGenerator();
  const { readDocument } = await importDist('check/index.js');
  const { compileLexicon } = await importDist('packs/lexicon.js');
  const { BUILTIN_PACK_PATH, loadPackFile, mergePacks } = await importDist('packs/load.js');
  const lexicon = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH)]));
  const candidates = Array.from({ length: 21 }, (_, i) => {
    const text = generate(9_000_000 + i);
    return { text, claims: readDocument({ file: 'new-article.md', text }, lexicon).claims.length };
  });
  const sorted = [...candidates].sort((a, b) => a.claims - b.claims);
  return { typical: sorted[10], heavy: sorted[20] };
}

/** A copy of a SQLite index without its git commit: the gate then compares the archive file by file. */
async function withoutGit(index, copy) {
  for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) rmSync(f, { force: true });
  const Database = createRequire(import.meta.url)('better-sqlite3');
  const db = new Database(index);
  await db.backup(copy);
  db.close();
  const out = new Database(copy);
  const meta = JSON.parse(out.prepare("SELECT value FROM meta WHERE name = 'index'").get().value);
  delete meta.git;
  out.prepare("UPDATE meta SET value = ? WHERE name = 'index'").run(JSON.stringify(meta));
  out.close();
}

/**
 * The gate part at one size, run in the corpus folder made a git repository (as an archive in CI is):
 * `claimcheck index build .` (time, size), then `claimcheck NEW --index` against `claimcheck NEW` as whole
 * processes (5 rounds, medians), with the archive compared through git and file by file, in SQLite and,
 * when a server can be started, PostgreSQL.
 */
async function gatePart(n, corpus, s, state) {
  const cwd = corpus.dir;
  const here = (file) => path.relative(cwd, file);
  const index = path.join(CORPUS, `index-${n}.db`);
  const cache = path.join(CORPUS, `.gate-cache-${n}`);
  for (const f of [index, `${index}-wal`, `${index}-shm`, cache]) rmSync(f, { force: true });
  const gitStart = process.hrtime.bigint();
  const inGit = commitCorpus(cwd);
  log(`  corpus ${inGit ? `committed to git (${(ms(gitStart) / 1000).toFixed(1)} s)` : 'not in git: the gate compares it file by file'}`);
  // The build reads every article (threads as auto starts them) and writes a cache the PostgreSQL build reuses.
  const built = cliInChild(['index', 'build', '.', '--index', here(index), '--cache', '--cache-location', here(cache)], [0], cwd);
  const g = (s.gate = { build: { ms: round(built.ms, 1), cpuMs: round(built.cpuMs, 1), bytes: sizeOf(index), note: built.stderr.trim() }, git: inGit });
  log(`  index build: ${(built.ms / 1000).toFixed(1)} s wall, ${(built.cpuMs / 1000).toFixed(1)} s CPU; ${mib(g.build.bytes)} MiB`);

  const noGit = path.join(CORPUS, `index-${n}-file-by-file.db`);
  if (inGit) await withoutGit(index, noGit);
  const url = state.postgres && !('reason' in state.postgres) ? `${state.postgres.base}bench_${n}` : undefined;
  if (url) {
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: `${state.postgres.base}postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS bench_${n}`);
    await admin.query(`CREATE DATABASE bench_${n}`);
    await admin.end();
    const pgBuilt = cliInChild(['index', 'build', '.', '--index', url, '--cache', '--cache-location', here(cache)], [0], cwd);
    g.postgresBuild = { ms: round(pgBuilt.ms, 1), cpuMs: round(pgBuilt.cpuMs, 1), fromCache: true };
    log(`  PostgreSQL index build from the cache: ${(pgBuilt.ms / 1000).toFixed(1)} s`);
  }
  const summarise = (runs) => ({ ms: round(median(runs.map((x) => x.ms)), 1), cpuMs: round(median(runs.map((x) => x.cpuMs)), 1), runs: runs.map((x) => round(x.ms, 1)), outputBytes: runs[0].outputBytes });
  g.articles = {};
  for (const [kind, article] of Object.entries(state.newArticles)) {
    const fresh = here(article.file);
    // The format CI uses (annotations): its output is the conflicts, not a list of every archived file as json's is.
    const contenders = {
      alone: [fresh],
      sqlite: [fresh, '--index', here(index)],
      ...(inGit ? { fileByFile: [fresh, '--index', here(noGit)] } : {}),
      ...(url ? { postgres: [fresh, '--index', url] } : {}),
    };
    const rounds = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
    for (let r = 0; r < 5; r++) for (const [name, args] of Object.entries(contenders)) rounds[name].push(cliInChild([...args, '--format', 'github'], [0, 1], cwd));
    const a = (g.articles[kind] = { claims: article.claims });
    for (const name of Object.keys(contenders)) a[name] = summarise(rounds[name]);
    a.summaryLine = rounds.sqlite[0].stderr.trim();
    a.lookedUp = Number(/([\d,]+) claims? looked up/.exec(a.summaryLine)?.[1].replace(/,/g, '') ?? NaN);
    a.read = Number(/([\d,]+) read \(/.exec(a.summaryLine)?.[1].replace(/,/g, '') ?? NaN);
    const shas = Object.values(rounds).slice(1).flat().map((x) => x.outputSha256);
    a.sameReport = shas.every((sha) => sha === shas[0]);
    log(`  ${kind} new article (${article.claims} claims): alone ${a.alone.ms} ms (CPU ${a.alone.cpuMs}); with the index ${a.sqlite.ms} ms (CPU ${a.sqlite.cpuMs})${a.fileByFile ? `, file by file ${a.fileByFile.ms} ms (CPU ${a.fileByFile.cpuMs})` : ''}${a.postgres ? `, PostgreSQL ${a.postgres.ms} ms (CPU ${a.postgres.cpuMs})` : ''}`);
    log(`    ${a.summaryLine}`);
    if (!a.sameReport) log('  WARNING: the gate printed different reports across runs or stores');
    const keys = await lookupKeys(article.file, fresh);
    a.lookups = { keys: keys.length, sqlite: await lookupMs(index, keys, fresh), ...(url ? { postgres: await lookupMs(url, keys, fresh) } : {}) };
    if (url) log(`    lookups: PostgreSQL ${a.lookups.postgres.ms} ms, SQLite ${a.lookups.sqlite.ms} ms (${keys.length} keys, ${a.lookups.sqlite.claims} claims read)`);
  }
  rmSync(noGit, { force: true });
  rmSync(cache, { force: true });
}

/** Median CPU time (ms, whole process) of `node -e 0` (which then prints it), over `times` spawns. */
function nodeCpuMedian(times = 10) {
  const once = () => {
    const r = spawnSync(process.execPath, ['-e', 'const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000))'], { encoding: 'utf8' });
    return Number(r.stdout);
  };
  return median(Array.from({ length: times }, once));
}

/** Start-up: `node -e 0`, a one-file check, `claimcheck --version`: whole processes, medians of 10, wall and CPU. */
function startupPart() {
  log('start-up: 10 spawns each, median');
  const one = path.relative(ROOT, path.join(ROOT, 'fixtures', 'cli', 'clean', 'a.md'));
  const startup = {
    file: one,
    nodeBaselineMs: round(spawnMedian(['-e', '0']), 1),
    oneFileMs: round(spawnMedian(['bin/claimcheck.js', one]), 1),
    versionMs: round(spawnMedian(['bin/claimcheck.js', '--version']), 1),
    nodeBaselineCpuMs: round(nodeCpuMedian(), 1),
    // CPU from inside the process (scripts/bench.js --child runs the CLI as bin/ does, and adds its own small load).
    oneFileCpuMs: round(median(Array.from({ length: 10 }, () => cliInChild([one]).cpuMs)), 1),
  };
  startup.oneFileOverNode = round(startup.oneFileMs / startup.nodeBaselineMs, 2);
  startup.oneFileOverNodeCpu = round(startup.oneFileCpuMs / startup.nodeBaselineCpuMs, 2);
  return startup;
}

function readPrevious() {
  try {
    const old = JSON.parse(readFileSync(path.join(BENCH, 'results.json'), 'utf8'));
    return old.generator === GENERATOR ? old : undefined;
  } catch {
    return undefined;
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const loadAtStart = loadavg();
  mkdirSync(BENCH, { recursive: true });
  const previous = readPrevious();
  const sizes = previous?.sizes ?? {};
  const { AUTO_THREADS_FROM_FILES, threadsFor } = await importDist('input/read-documents.js');
  const state = { warm: false, largestFull: args.sizes.filter((x) => x <= FULL_UP_TO).at(-1), autoThreadsFrom: AUTO_THREADS_FROM_FILES, threadsFor };
  const contenders = args.parts.includes('pipeline') ? await loadContenders() : undefined;
  if (args.parts.includes('gate')) {
    mkdirSync(CORPUS, { recursive: true });
    state.newArticles = {};
    for (const [kind, { text, claims }] of Object.entries(await newArticles())) {
      const file = path.join(CORPUS, `new-${kind}.md`);
      writeFileSync(file, text);
      state.newArticles[kind] = { file, claims };
    }
    const { startPostgres } = await import('./postgres-server.js');
    state.postgres = await startPostgres();
    if ('reason' in state.postgres) log(`PostgreSQL figures skipped: ${state.postgres.reason}`);
    else {
      // Interrupted (a long 100,000-article run), the server stops too.
      for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (state.postgres.stop(), process.exit(130)));
    }
  }
  try {
    for (const n of args.sizes) {
      const gen = process.hrtime.bigint();
      const corpus = await generateCorpus(n, CORPUS);
      log(`${n} articles: ${mib(corpus.bytes)} MiB in ${path.relative(ROOT, corpus.dir)} (${corpus.reused ? 'unchanged, kept' : 'generated'} in ${ms(gen).toFixed(0)} ms; sha256 ${corpus.sha256.slice(0, 16)})`);
      const s = (sizes[n] = { ...(sizes[n]?.corpusSha256 === corpus.sha256 ? sizes[n] : {}), articles: n, bytes: corpus.bytes, corpusSha256: corpus.sha256 });
      s.times ??= {};
      if (contenders) await pipelinePart(n, corpus, s, contenders, state);
      if (args.parts.includes('gate')) await gatePart(n, corpus, s, state);
    }
  } finally {
    if (state.postgres && !('reason' in state.postgres)) state.postgres.stop();
  }
  const startup = args.parts.includes('startup') ? startupPart() : previous?.startup;
  const real = args.real !== undefined && contenders ? await realPart(args.real, contenders) : undefined;

  // Ratios against targets, over this run's figures and those kept from earlier runs.
  const ns = Object.keys(sizes).map(Number).sort((a, b) => a - b);
  const full = ns.filter((n) => sizes[n].times?.floor);
  const largest = full[full.length - 1];
  const ratios = {};
  const cpuRatios = {};
  const pass = {};
  const rows = [];
  /** One target: `decides` says whether the wall or the CPU ratio decides PASS/MISS; both are shown. */
  const check = (name, [wall, cpu], target, ok, note, decides = 'wall') => {
    const value = decides === 'cpu' ? cpu : wall;
    ratios[name] = wall === undefined ? null : round(wall, 2);
    if (cpu !== undefined) cpuRatios[name] = round(cpu, 2);
    pass[name] = value === undefined ? null : ok(value);
    rows.push([name, wall === undefined ? '—' : String(round(wall, 2)), cpu === undefined ? '' : String(round(cpu, 2)), `${target} (${decides})`, value === undefined ? 'n/a' : ok(value) ? 'PASS' : 'MISS', note]);
  };
  const ratio = (a, b) => (a && b ? [a.ms / b.ms, a.cpuMs / b.cpuMs] : [undefined, undefined]);
  if (largest !== undefined) {
    const t = sizes[largest].times;
    check('pipeline / floor, one thread', ratio(t.oneThread, t.floor), `≤ ${TARGETS.pipelineOverFloorCpu}`, (x) => x <= TARGETS.pipelineOverFloorCpu, `${largest} articles: claimcheck --concurrency off against its own parse (front matter + remark-parse with its GFM extensions)`, 'cpu');
    check('claimcheck / textlint', ratio(t.claimcheck, t.textlint), `< ${TARGETS.overTextlint}`, (x) => x < TARGETS.overTextlint, `${largest} articles (claimcheck as --concurrency auto runs it)`);
    const [r3, c3] = ratio(t.cacheWarm, t.claimcheck);
    const asProcess = sizes[largest].cliWarmWallMs ? `; as a new process ${round(sizes[largest].cliWarmWallMs / 1000, 1)} s` : '';
    check('warm / cold', [r3, c3], `≤ ${round(1 / TARGETS.warmSpeedup, 2)}`, (x) => x <= 1 / TARGETS.warmSpeedup, `${largest} articles: warm is ${round(1 / r3, 1)}× faster${asProcess}`);
  }
  if (real) {
    const where = `${real.files} real files (${path.relative(ROOT, real.dir) || real.dir}), ${real.claims} claims`;
    check('  on real text: pipeline / floor', ratio(real.oneThread, real.floor), 'shown', () => true, `${where}: one thread against its own parse`, 'cpu');
    check('  on real text: claimcheck / textlint', ratio(real.oneThread, real.textlint), 'shown', () => true, `${where}: one thread`);
  }
  for (const n of full) {
    const t = sizes[n].times;
    if (!t.threads) continue;
    const starts = sizes[n].autoThreads > 0;
    check(`one thread / ${sizes[n].threadCount} threads at ${n}`, ratio(t.oneThread, t.threads), '> 1 where auto starts them', (x) => (starts ? x > 1 : true), `auto ${starts ? 'starts' : 'does not start'} them here (from ${state.autoThreadsFrom} files, while a core is idle); > 1: threads pay`);
  }
  const base = ns.find((n) => sizes[n * 10]?.times?.claimcheck && sizes[n].times?.claimcheck);
  if (base !== undefined) check(`${base * 10} / ${base} time`, ratio(sizes[base * 10].times.claimcheck, sizes[base].times.claimcheck), `≤ ${TARGETS.scaling}`, (x) => x <= TARGETS.scaling, 'claimcheck pipeline');
  else check('10× articles / time', [undefined, undefined], `≤ ${TARGETS.scaling}`, () => false, 'needs two sizes 10× apart');
  const big = ns.find((n) => n >= 100000 && sizes[n].peakRssMiB);
  const peak = big !== undefined ? sizes[big].peakRssMiB : undefined;
  check('peak RSS at 100k (MiB)', [peak, undefined], `≤ ${TARGETS.peakMiB100k}`, (x) => x <= TARGETS.peakMiB100k, big ? 'CLI in a child' : 'run with --sizes 100000');
  for (const n of ns.filter((x) => sizes[x].gate?.articles)) {
    for (const [kind, a] of Object.entries(sizes[n].gate.articles)) {
      const how = sizes[n].gate.git ? 'archive compared through git' : 'archive compared file by file';
      check(`gate / alone at ${n}, ${kind} article`, ratio(a.sqlite, a.alone), `≤ ${TARGETS.gateOverAlone}`, (x) => x <= TARGETS.gateOverAlone, `whole processes, SQLite, ${how}; ${a.claims} claims, ${a.lookedUp} looked up, ${a.read} read; output ${a.sqlite.outputBytes} bytes against ${a.alone.outputBytes}`);
      if (a.fileByFile) check(`  file by file, at ${n}, ${kind}`, ratio(a.fileByFile, a.alone), `≤ ${TARGETS.gateOverAlone}`, (x) => x <= TARGETS.gateOverAlone, 'the archive compared file by file (no git): every file listed and stat\'ed');
      if (a.postgres) check(`  PostgreSQL / SQLite lookups, ${n}, ${kind}`, [a.lookups.postgres.ms / a.lookups.sqlite.ms, undefined], 'shown', () => true, `${a.lookups.keys} keys, ${a.lookups.sqlite.claims} claims read: ${a.lookups.postgres.ms} ms against ${a.lookups.sqlite.ms} ms; whole gate ${a.postgres.ms} ms against ${a.sqlite.ms} ms`);
    }
  }
  if (startup) {
    check('one-file check / node -e 0', [startup.oneFileOverNode, startup.oneFileOverNodeCpu], `≤ ${TARGETS.startupOverNode}`, (x) => x <= TARGETS.startupOverNode, `claimcheck ${startup.file}: ${startup.oneFileMs} ms (CPU ${startup.oneFileCpuMs}); node -e 0: ${startup.nodeBaselineMs} ms (CPU ${startup.nodeBaselineCpuMs})`);
  }

  // Printed
  const fmt = (t) => (t ? `${Math.round(t.ms)} ms` : '—');
  const table = [['articles', 'MiB', 'floor (parse)', 'one thread', 'threads', 'textlint', 'warm cache', 'peak RSS']];
  for (const n of ns) {
    const { times: t = {}, peakRssMiB } = sizes[n];
    table.push([String(n), String(mib(sizes[n].bytes)), fmt(t.floor), fmt(t.oneThread ?? (t.claimcheck?.inChild ? t.claimcheck : undefined)), fmt(t.threads), fmt(t.textlint), fmt(t.cacheWarm), peakRssMiB ? `${peakRssMiB} MiB` : '—']);
  }
  const gates = [['articles', 'index build', 'index size', 'per 10k: build, size', 'new article', 'alone', 'gate (SQLite)', 'file by file', 'PostgreSQL', 'looked up', 'read']];
  for (const n of ns.filter((x) => sizes[x].gate?.articles)) {
    const g = sizes[n].gate;
    const per = 10000 / n;
    for (const [kind, a] of Object.entries(g.articles)) {
      gates.push([String(n), `${round(g.build.ms / 1000, 1)} s`, `${mib(g.build.bytes)} MiB`, `${round((g.build.ms * per) / 1000, 1)} s, ${mib(g.build.bytes * per)} MiB`, `${kind} (${a.claims} claims)`, fmt(a.alone), fmt(a.sqlite), fmt(a.fileByFile), fmt(a.postgres), String(a.lookedUp), String(a.read ?? '—')]);
    }
  }
  const print = (lines) => {
    const widths = lines[0].map((_, i) => Math.max(...lines.map((r) => String(r[i]).length)));
    for (const r of lines) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd());
  };
  console.log('');
  print(table);
  console.log("(wall-clock medians; claimcheck with --cache, empty first, then warm; peak RSS: this process's high-water mark after its first one-thread run; above 20,000 articles: the CLI alone in a child process)");
  if (gates.length > 1) {
    console.log('');
    print(gates);
    console.log('(whole processes, --format github, wall-clock medians of 5; the gate reads the new article and looks up the groups it touches; the index build reads every article)');
  }
  if (startup) console.log(`\nstart-up: a one-file check ${startup.oneFileMs} ms (CPU ${startup.oneFileCpuMs} ms), node -e 0 ${startup.nodeBaselineMs} ms (CPU ${startup.nodeBaselineCpuMs} ms), claimcheck --version ${startup.versionMs} ms`);
  console.log('');
  print([['ratio', 'wall', 'cpu', 'target', '', 'note'], ...rows]);
  console.log('(wall: medians of wall-clock time; cpu: the same ratio in process CPU time, steadier on a busy machine; the target says which decides)');

  const results = {
    generator: GENERATOR,
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, totalMemMiB: mib(totalmem()), platform: process.platform, arch: process.arch, loadAverage: { start: loadAtStart.map((x) => round(x, 2)), end: loadavg().map((x) => round(x, 2)) } },
    node: process.version,
    peer: { textlint: JSON.parse(readFileSync(path.join(ROOT, 'node_modules/textlint/package.json'), 'utf8')).version, rule: 'textlint-rule-no-todo' },
    sizes: Object.fromEntries(
      ns.map((n) => {
        const { times = {}, ...rest } = sizes[n];
        const clean = Object.fromEntries(Object.entries(times).map(([k, { result: _r, ...v }]) => [k, v]));
        return [n, { ...rest, times: clean }];
      }),
    ),
    startup,
    ...(real ? { real: { dir: path.relative(ROOT, real.dir) || real.dir, files: real.files, bytes: real.bytes, claims: real.claims, ms: { oneThread: real.oneThread.ms, floor: real.floor.ms, textlint: real.textlint.ms }, cpuMs: { oneThread: real.oneThread.cpuMs, floor: real.floor.cpuMs, textlint: real.textlint.cpuMs } } } : {}),
    ratios,
    cpuRatios,
    targets: TARGETS,
    pass,
    totalSeconds: round(ms(started) / 1000, 1),
  };
  writeFileSync(path.join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote bench/results.json (${results.totalSeconds} s in all)`);
}

if (process.argv[2] === '--child') await childMain(process.argv.slice(3));
else await main();
