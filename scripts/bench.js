// Benchmark (`npm run bench`): deterministic corpora; bare remark parse vs claimcheck vs textlint; cache; memory; start-up.
//
//   node scripts/bench.js                    1,000 and 10,000 articles (the default)
//   node scripts/bench.js --sizes 100000     100,000 articles: pipeline time and peak memory, in a child process
//   node scripts/bench.js --quick            100 and 1,000 articles, a smoke run
//
// Writes bench/results.json. Needs `npm run build` first (the npm script does it).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, walk } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = path.join(ROOT, 'bench');
const CORPUS = path.join(BENCH, 'corpus');
const SELF = fileURLToPath(import.meta.url);

const TARGETS = {
  pipelineOverParse: 1.3, // claimcheck / bare remark parse, at most
  overTextlint: 1.0, // claimcheck / textlint, below
  scaling: 11, // time(10×n) / time(n), at most
  warmSpeedup: 10, // cold / warm, at least
  peakMiB100k: 1024, // peak RSS at 100,000 articles, at most
  startupMs: 150, // `claimcheck --version`, at most
};

const dist = (p) => path.join(ROOT, 'dist', p);
const importDist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);

// ---------------------------------------------------------------------------
// Small helpers

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
/** CPU time (user + system, all threads of the process) of a process.cpuUsage() difference. */
const cpuMs = (usage) => (usage.user + usage.system) / 1000;
const mib = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;


// ---------------------------------------------------------------------------
// The contenders, in this process. Each reads its files itself: reading is part of every cost.

async function loadContenders() {
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([import('unified'), import('remark-parse'), import('remark-gfm')]);
  const { analyse, analyseReadings } = await importDist('check/index.js');
  const { compileLexicon } = await importDist('packs/lexicon.js');
  const { BUILTIN_PACK_PATH, loadPackFile, mergePacks } = await importDist('packs/load.js');
  const { collectInputs } = await importDist('input/collect.js');
  const { readDocuments } = await importDist('input/read-documents.js');
  const { formatJson } = await importDist('report/json.js');
  const { hashPack, openCache } = await importDist('input/cache.js');
  const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

  const processor = unified().use(remarkParse).use(remarkGfm);
  /** The floor: remark + remark-gfm parse of the same files, nothing else. */
  const bare = (files) => {
    let nodes = 0;
    for (const file of files) nodes += processor.parse(readFileSync(file, 'utf8')).children.length;
    return nodes;
  };

  /**
   * What `claimcheck <dir> --format json --cache [--concurrency off]` does (src/cli/index.ts): load the pack,
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
  return { bare, pipeline, textlint, warmUp };
}

// ---------------------------------------------------------------------------
// Child processes: the real CLI entry, whose peak memory is its own

/** `claimcheck <dir> --format json [--cache --cache-location FILE]`, timed inside this (child) process. */
async function childMain(dir, cacheFile) {
  const { run } = await importDist('cli/index.js');
  let outputBytes = 0;
  const output = createHash('sha256');
  const sink = { write: (s) => ((outputBytes += s.length), output.update(s), true), isTTY: false };
  const argv = [dir, '--format', 'json', '--fail-on', 'none', ...(cacheFile ? ['--cache', '--cache-location', cacheFile] : [])];
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const code = await run(argv, { stdout: sink, stderr: { write: (s) => process.stderr.write(s) }, env: {}, cwd: ROOT });
  const time = ms(start);
  const cpu = cpuMs(process.cpuUsage(cpuStart));
  process.stdout.write(JSON.stringify({ code, ms: time, cpuMs: cpu, outputBytes, outputSha256: output.digest('hex'), maxRSS: process.resourceUsage().maxRSS * 1024 }));
}

/** Runs the CLI on `dir` in a child; its time inside the process, its wall time and its peak RSS. */
function cliInChild(dir, cacheFile) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [SELF, '--child', path.relative(ROOT, dir), ...(cacheFile ? [cacheFile] : [])], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  const wall = ms(start);
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  const out = JSON.parse(r.stdout);
  if (out.code !== 0) throw new Error(`claimcheck exited ${out.code} on ${dir}`);
  return { ms: out.ms, cpuMs: out.cpuMs, wallMs: wall, peakRss: out.maxRSS, outputBytes: out.outputBytes, outputSha256: out.outputSha256 };
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
  const args = { sizes: [1000, 10000] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.sizes = [100, 1000];
    else if (a === '--sizes') args.sizes = String(argv[++i]).split(',').map((s) => Number(s.replace(/_/g, '').replace(/k$/i, '000')));
    else throw new Error(`unknown argument ${a} (try --sizes 1000,10000 or --quick)`);
  }
  if (args.sizes.length === 0 || args.sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--sizes takes whole numbers, e.g. 1000,10000');
  args.sizes = [...new Set(args.sizes)].sort((a, b) => a - b);
  return args;
}

/** Sizes above this get only the CLI run in a child (time and peak memory): the rest would take too long. */
const FULL_UP_TO = 20000;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const loadAtStart = loadavg();
  mkdirSync(BENCH, { recursive: true });
  const contenders = await loadContenders();
  const cacheFile = path.join(CORPUS, '.bench-claimcheckcache'); // under bench/corpus/, which git ignores
  const sizes = {};
  let warm = false;

  for (const n of args.sizes) {
    const gen = process.hrtime.bigint();
    const corpus = await generateCorpus(n, CORPUS);
    log(`${n} articles: ${mib(corpus.bytes)} MiB in ${path.relative(ROOT, corpus.dir)} (${corpus.reused ? 'unchanged, kept' : 'generated'} in ${ms(gen).toFixed(0)} ms; sha256 ${corpus.sha256.slice(0, 16)})`);
    const s = (sizes[n] = { articles: n, bytes: corpus.bytes, corpusSha256: corpus.sha256, times: {} });
    if (n > FULL_UP_TO) {
      const cli = cliInChild(corpus.dir);
      log(`  claimcheck CLI (child)   ${cli.ms.toFixed(0).padStart(8)} ms, peak RSS ${mib(cli.peakRss)} MiB`);
      s.times.claimcheck = { ms: round(cli.ms, 1), runs: [round(cli.ms, 1)], cpuMs: round(cli.cpuMs, 1), inChild: true };
      s.peakRssMiB = mib(cli.peakRss);
      continue;
    }
    if (!warm) {
      log('  warming up (200 files each)');
      const few = corpus.files.slice(0, 200);
      contenders.bare(few);
      contenders.warmUp(few);
      await contenders.textlint(few);
      warm = true;
    }
    // Medians of 3 where cheap; one run each at 10,000 (a minute or two a run on 2 cores). claimcheck runs as
    // `--cache` with an empty cache: the pipeline time includes hashing and writing the cache (the cold run),
    // and comes first in each round, so that the high-water mark of memory read after it is its own at the
    // largest size (the sizes grow).
    const repeats = n <= 2000 ? 3 : 1;
    const cold = 'claimcheck (cache cold)';
    const m = await measure(
      {
        [cold]: () => (rmSync(cacheFile, { force: true }), contenders.pipeline(corpus.dir, cacheFile)),
        'bare remark+gfm parse': () => contenders.bare(corpus.files),
        'textlint (no-todo)': () => contenders.textlint(corpus.files),
        'claimcheck, one thread': () => (rmSync(cacheFile, { force: true }), contenders.pipeline(corpus.dir, cacheFile, 'off')),
      },
      repeats,
    );
    s.cacheFileBytes = readFileSync(cacheFile).length;
    const w = await measure({ 'claimcheck (cache warm)': () => contenders.pipeline(corpus.dir, cacheFile) }, repeats);
    s.times.claimcheck = m[cold];
    s.times.bareParse = m['bare remark+gfm parse'];
    s.times.textlint = m['textlint (no-todo)'];
    s.times.cacheWarm = w['claimcheck (cache warm)'];
    s.summary = s.times.claimcheck.result.summary;
    s.peakRssMiB = mib(m[cold].rssAfterFirst);
    s.cacheWarmHits = s.times.cacheWarm.result.cache;
    s.cacheSameReport = s.times.cacheWarm.result.jsonSha256 === s.times.claimcheck.result.jsonSha256 && s.cacheWarmHits.misses === 0;
    if (!s.cacheSameReport) log('  WARNING: the warm run missed or printed another report than the cold one (was dist/ rebuilt meanwhile?)');
    s.times.oneThread = m['claimcheck, one thread'];
    s.threadsSameReport = s.times.oneThread.result.jsonSha256 === s.times.claimcheck.result.jsonSha256;
    if (!s.threadsSameReport) log('  WARNING: one thread gave another report than the worker threads');
    if (n === args.sizes.filter((x) => x <= FULL_UP_TO).at(-1)) {
      // What a person sees: the second run as a new process, Node start-up and module loading included.
      const cli = cliInChild(corpus.dir, cacheFile);
      s.cliWarmWallMs = round(cli.wallMs, 1);
      log(`  claimcheck --cache warm, as a new process: ${cli.wallMs.toFixed(0)} ms wall`);
    }
    rmSync(cacheFile, { force: true });
  }

  log('start-up: 10 spawns each, median');
  const startup = {
    nodeBaselineMs: round(spawnMedian(['-e', '0']), 1),
    versionMs: round(spawnMedian(['bin/claimcheck.js', '--version']), 1),
    helpMs: round(spawnMedian(['bin/claimcheck.js', '--help']), 1),
  };
  startup.versionOverNodeMs = round(startup.versionMs - startup.nodeBaselineMs, 1);

  // Ratios against targets
  const ns = Object.keys(sizes).map(Number).sort((a, b) => a - b);
  const full = ns.filter((n) => sizes[n].times.bareParse);
  const largest = full[full.length - 1];
  const ratios = {};
  const cpuRatios = {};
  const pass = {};
  const rows = [];
  /** One target: the wall-time value decides PASS/MISS; `cpu` (the same ratio in CPU time) is shown beside it. */
  const check = (name, value, target, ok, note, cpu) => {
    ratios[name] = value === undefined ? null : round(value, 2);
    if (cpu !== undefined) cpuRatios[name] = round(cpu, 2);
    pass[name] = value === undefined ? null : ok;
    rows.push([name, value === undefined ? '—' : String(round(value, 2)), cpu === undefined ? '' : String(round(cpu, 2)), target, value === undefined ? 'n/a' : ok ? 'PASS' : 'MISS', note]);
  };
  const ratio = (a, b) => (a && b ? [a.ms / b.ms, a.cpuMs / b.cpuMs] : [undefined, undefined]);
  if (largest !== undefined) {
    const t = sizes[largest].times;
    const [r1, c1] = ratio(t.claimcheck, t.bareParse);
    check('pipeline / bare parse', r1, `≤ ${TARGETS.pipelineOverParse}`, r1 <= TARGETS.pipelineOverParse, `${largest} articles`, c1);
    const [r2, c2] = ratio(t.claimcheck, t.textlint);
    check('claimcheck / textlint', r2, `< ${TARGETS.overTextlint}`, r2 < TARGETS.overTextlint, `${largest} articles`, c2);
    const [r3, c3] = ratio(t.cacheWarm, t.claimcheck);
    const asProcess = sizes[largest].cliWarmWallMs ? `; as a new process ${round(sizes[largest].cliWarmWallMs / 1000, 1)} s` : '';
    check('warm / cold', r3, `≤ ${round(1 / TARGETS.warmSpeedup, 2)}`, r3 <= 1 / TARGETS.warmSpeedup, `${largest} articles: warm is ${round(1 / r3, 1)}× faster${asProcess}`, c3);
    if (t.oneThread) {
      const [r, c] = ratio(t.oneThread, t.claimcheck);
      check('one thread / threads', r, '> 1 to keep', r > 1, `${largest} articles: worker threads (--concurrency auto) against --concurrency off`, c);
    }
  }
  const base = ns.find((n) => sizes[n * 10]?.times.claimcheck && sizes[n].times.claimcheck);
  if (base !== undefined) {
    const [r, c] = ratio(sizes[base * 10].times.claimcheck, sizes[base].times.claimcheck);
    check(`${base * 10} / ${base} time`, r, `≤ ${TARGETS.scaling}`, r <= TARGETS.scaling, 'claimcheck pipeline', c);
  } else check('10× articles / time', undefined, `≤ ${TARGETS.scaling}`, false, 'needs two sizes 10× apart');
  const big = ns.find((n) => n >= 100000);
  const peak = big !== undefined ? sizes[big].peakRssMiB : undefined;
  check('peak RSS at 100k (MiB)', peak, `≤ ${TARGETS.peakMiB100k}`, peak !== undefined && peak <= TARGETS.peakMiB100k, big ? 'CLI in a child' : 'run with --sizes 100000');
  check('--version start-up (ms)', startup.versionMs, `≤ ${TARGETS.startupMs}`, startup.versionMs <= TARGETS.startupMs, `node -e 0: ${startup.nodeBaselineMs} ms (${startup.versionOverNodeMs >= 0 ? '+' : ''}${startup.versionOverNodeMs})`);

  // Printed
  const fmt = (t) => (t ? `${Math.round(t.ms)} ms` : '—');
  const table = [['articles', 'MiB', 'bare parse', 'claimcheck (cold cache)', 'textlint', 'claimcheck (warm cache)', 'one thread', 'peak RSS']];
  for (const n of ns) {
    const { times: t, peakRssMiB } = sizes[n];
    table.push([String(n), String(mib(sizes[n].bytes)), fmt(t.bareParse), fmt(t.claimcheck), fmt(t.textlint), fmt(t.cacheWarm), fmt(t.oneThread), peakRssMiB ? `${peakRssMiB} MiB` : '—']);
  }
  const print = (lines) => {
    const widths = lines[0].map((_, i) => Math.max(...lines.map((r) => String(r[i]).length)));
    for (const r of lines) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd());
  };
  console.log('');
  print(table);
  console.log('(claimcheck: --cache, empty cache first, then warm; peak RSS: this process\'s high-water mark after its first claimcheck run; above 20,000 articles: the CLI alone in a child process)');
  console.log(`start-up: claimcheck --version ${startup.versionMs} ms, node -e 0 ${startup.nodeBaselineMs} ms (${startup.versionOverNodeMs >= 0 ? '+' : ''}${startup.versionOverNodeMs} ms); claimcheck --help ${startup.helpMs} ms`);
  console.log('');
  print([['ratio', 'wall', 'cpu', 'target', '', 'note'], ...rows]);
  console.log('(wall: medians of wall-clock time, which decide; cpu: the same ratio in process CPU time, steadier on a busy machine)');

  const results = {
    generator: GENERATOR,
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, totalMemMiB: mib(totalmem()), platform: process.platform, arch: process.arch, loadAverage: { start: loadAtStart.map((x) => round(x, 2)), end: loadavg().map((x) => round(x, 2)) } },
    node: process.version,
    peer: { textlint: JSON.parse(readFileSync(path.join(ROOT, 'node_modules/textlint/package.json'), 'utf8')).version, rule: 'textlint-rule-no-todo' },
    sizes: Object.fromEntries(
      ns.map((n) => {
        const { times, ...rest } = sizes[n];
        const clean = Object.fromEntries(Object.entries(times).map(([k, { result: _r, ...v }]) => [k, v]));
        return [n, { ...rest, times: clean }];
      }),
    ),
    startup,
    ratios,
    cpuRatios,
    targets: TARGETS,
    pass,
    totalSeconds: round(ms(started) / 1000, 1),
  };
  writeFileSync(path.join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote bench/results.json (${results.totalSeconds} s in all)`);
}

if (process.argv[2] === '--child') await childMain(process.argv[3], process.argv[4]);
else await main();
