// Fuzzing (`npm run fuzz`, not in CI): random cases through the number grammar, the sentence
// splitter and the whole check, looking for throws, quotes that are not the text at their place,
// and output that changes between runs or with the order of the files. One document in ten is
// hostile (deep nesting, delimiter runs, huge tables, suppression directives) and must read as
// its budget says: the file's error when too complex, else claims, suppressed as an oracle says.
//
//   node scripts/fuzz.js                      100,000 cases, a random seed (printed)
//   node scripts/fuzz.js --seed 42            the same cases as any other run with seed 42
//   node scripts/fuzz.js --cases 20000        fewer cases
//   node scripts/fuzz.js --seed 42 --case 1234   replay one case (as numbered in a failure report)
//
// Every case is built from its own seed (the run's seed and the case number), so a failing case
// can be replayed alone. The first failure is written to bench/fuzz-failure-<seed>.txt; the exit
// code is then 1. Needs `npm run build` first (the npm script does it).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse, checkTexts } from '../dist/check/index.js';
import { splitSentences } from '../dist/extract/sentences.js';
import { findQuantities } from '../dist/normalise/numbers.js';
import { compileLexicon } from '../dist/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile } from '../dist/packs/load.js';
import { packWords, SEED_WORDS } from './article-words.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = path.join(ROOT, 'bench');

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const options = { seed: Math.floor(Math.random() * 2 ** 31), cases: 100_000, only: undefined, progress: 10_000, resample: 10 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = Number(argv[++i]);
      if (!Number.isSafeInteger(v) || v < 0) usage(`${arg} needs a whole number >= 0`);
      return v;
    };
    if (arg === '--seed') options.seed = value();
    else if (arg === '--cases') options.cases = value();
    else if (arg === '--case') options.only = value();
    else if (arg === '--progress') options.progress = Math.max(1, value());
    else if (arg === '--resample') options.resample = Math.max(1, value());
    else if (arg === '--help' || arg === '-h') usage();
    else usage(`unknown option ${arg}`);
  }
  return options;
}

function usage(error) {
  const text = 'usage: node scripts/fuzz.js [--seed N] [--cases N] [--case I] [--progress N] [--resample N]\n';
  if (error) {
    process.stderr.write(`fuzz: ${error}\n${text}`);
    process.exit(2);
  }
  process.stdout.write(text);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Random numbers: a small, fast, seedable generator (mulberry32), one stream per case.

function rngFor(seed, index) {
  let a = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (list) => list[int(list.length)],
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------------------------------------
// Inputs

const lexicon = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
const pack = lexicon.pack;

const PACK_WORDS = packWords(pack);



const FIGURES = [
  '8,000', '6,000', '3,000', '9,000', '236B', '21B', '72B', '$5.6M', '$40B+', '400億美元', '3.5 亿', '10,000+', '20-30%',
  '35x', 'one-tenth', '1/10th', '1/3 of', '128K', '2,048', '50,000', '~200B', '5.6 million', '2 billion', '$6 million',
  '¥1,000', '€5bn', '1.2T', '3万', '1,2', '2.0.1', '11:44', '24/7', '2026-04-01', '1990s', '5th', '80GB', '8x22B',
  '-5%', '+12%', '0.5', '.5', '00', '1e9', '１２３', '٣', '½', '10^9', '2,000,000,000,000,000,000,000', '9'.repeat(400),
];

const PUNCT = [
  '|', '-', '---', '|---|---|', '\n', '\n\n', '#', '##', '*', '**', '_', '`', '```', '> ', '- ', '1. ', ':', '\t', '\r\n',
  '<!-- claimcheck-disable -->', '<!-- claimcheck-enable -->', '<!-- claimcheck-disable-next-line numeric-mismatch -->',
  '[link](http://x)', '![img](a.png)', '<b>', '</b>', '&amp;', '\\', '\u00a0', '\u200b', '\u202e', '\u001b[31m', '\u0000',
];

const FRONT_MATTER = [
  '---\ntitle: DeepSeek and Alibaba\ndate: 2026-06-03\n---\n',
  '---\ndate: not a date\n---\n',
  '---\ntitle: [broken\n---\n',
  '---js\n({a: 1})\n---\n',
  '---\n---\n',
  '---\n',
  '--- \ntitle: x\n---\n',
  '---\ntitle: "Qwen2.5-72B is a MoE model"\n---\n',
];

const TABLES = [
  '\n| Model | Total parameters | Active parameters |\n|---|---|---|\n| Qwen2.5-72B | 72B | 72B |\n| DeepSeek-V2 | 236B | 21B |\n',
  '\n| Company | Employees |\n|---|---|\n| DeepSeek | ~150 |\n| Alibaba | over 200,000 |\n',
  '\n| Year | Revenue ($B) |\n|---|---|\n| 2024 | 1.5 |\n| 2025 | 3 |\n',
  '\n| Model | Parameters (Active) |\n|---|---|\n| DeepSeek-V2 | 236B (21B) |\n',
  '\n| a |\n|\n| b | c | d |\n',
];

const STATEMENTS = [
  (r) => `The repository \`acme/widget\` has ${r.pick(['over ', 'about ', '', 'more than ', '~'])}${r.pick(['3,000', '9,000', '8,000', '10,000+'])} stars.`,
  (r) => `${r.pick(['DeepSeek-V2', 'Qwen2.5-72B', 'Acme-7'])} has ${r.pick(['21B', '72B', '236B', '~200B'])} ${r.pick(['total', 'active'])} parameters.`,
  (r) => r.pick(['Alibaba and DeepSeek held investment talks.', 'Alibaba and DeepSeek never held talks.', 'Talks between Alibaba and DeepSeek never took place.']),
  (r) => `${r.pick(['Qwen2.5-72B', 'DeepSeek-V2'])} is ${r.pick(['a MoE', 'a dense', 'an open-source', 'a proprietary'])} model.`,
  (r) => `DeepSeek trained ${r.pick(['DeepSeek-V3', 'DeepSeek-R1'])} for ${r.pick(['$5.6M', '$6 million', 'about $5.6 million'])} on ${r.pick(['2,048', '2,000', '10,000'])} ${r.pick(['H800', 'H100'])} GPUs.`,
  (r) => `${r.pick(['DeepSeek', 'Alibaba'])} has ${r.pick(['about 150', 'over 200', '1,000'])} employees.`,
];

/** One random code point: mostly BMP, some astral, some lone surrogates, some controls. */
function codePoint(r) {
  const kind = r.int(10);
  if (kind < 4) return String.fromCharCode(32 + r.int(95));
  if (kind < 7) return String.fromCharCode(r.int(0xd800));
  if (kind < 8) return String.fromCodePoint(0x10000 + r.int(0x100000));
  if (kind < 9) return String.fromCharCode(0xd800 + r.int(0x800)); // a lone surrogate
  return String.fromCharCode(r.int(32));
}

function randomUnicode(r, max) {
  let s = '';
  const n = r.int(max);
  for (let i = 0; i < n; i++) s += codePoint(r);
  return s;
}

function token(r) {
  const kind = r.int(20);
  if (kind < 6) return r.pick(SEED_WORDS);
  if (kind < 10) return r.pick(PACK_WORDS);
  if (kind < 13) return r.pick(FIGURES);
  if (kind < 15) return r.pick(PUNCT);
  if (kind < 17) return r.pick(STATEMENTS)(r);
  if (kind < 18) return String(r.int(1_000_000_000));
  if (kind < 19) return (r.next() * 10 ** r.int(12)).toFixed(r.int(4));
  return randomUnicode(r, 4);
}

const SEPARATORS = [' ', ' ', ' ', ' ', '', '\n', ' | ', '  ', '. ', ', ', '\n\n'];

function article(r) {
  let text = r.chance(0.15) ? r.pick(FRONT_MATTER) : '';
  const n = r.int(80);
  for (let i = 0; i < n; i++) text += token(r) + r.pick(SEPARATORS);
  if (r.chance(0.15)) text += r.pick(TABLES);
  return text;
}

/** Random edits to an article: cut, duplicate or splice in random Unicode. */
function mutate(r, text) {
  let s = text;
  const edits = r.int(4);
  for (let k = 0; k < edits && s.length > 0; k++) {
    const at = r.int(s.length + 1);
    const op = r.int(3);
    if (op === 0) s = s.slice(0, at) + s.slice(at + r.int(20));
    else if (op === 1) s = s.slice(0, at) + s.slice(at, at + r.int(40)) + s.slice(at);
    else s = s.slice(0, at) + randomUnicode(r, 6) + s.slice(at);
  }
  return s;
}

const EXTENSIONS = ['.md', '.txt', '.markdown', '.mdx'];
const isMarkdown = (file) => /\.(md|markdown|mdx)$/.test(file);

// ---------------------------------------------------------------------------------------------
// Hostile documents (issue 14): deep nesting, delimiter runs, huge tables, suppression directives.
// Each says what the reading must give: `tooComplex` (the file's error, Markdown only, or in any
// format for tables), or `directives` to check the claims' suppressed rules against an oracle.

const RULE_IDS = ['numeric-mismatch', 'categorical-exclusive', 'event-polarity', 'derived-arithmetic', 'stated-arithmetic', 'temporal-scope', 'attribution', 'attribution-across', 'metric-label'];
const CHAIN_LIMIT = 32;
const TABLE_CELL_LIMIT = 20_000;

/** A size: mostly small, sometimes around a limit, sometimes far past it. */
const sizeAround = (r, limit, far) => r.pick([r.int(limit), limit - 2 + r.int(5), limit + r.int(far)]);

const HOSTILE = [
  // A chain of quote and list markers on one line, then text: the file's error past 32 in Markdown.
  (r) => {
    const unit = r.pick(['>', '> ', '- ', '* ', '+ ', '1. ', '2) ', '> - ', '- 1. ']);
    const markers = unit.trim().split(/\s+/).length;
    const n = Math.max(1, Math.ceil(sizeAround(r, CHAIN_LIMIT, 3000) / markers));
    return { text: `${r.pick(['', 'Intro.\n\n'])}${unit.repeat(n)}${r.pick(STATEMENTS)(r)}\n`, tooComplex: n * markers > CHAIN_LIMIT ? 'markdown' : 'never' };
  },
  // Lists nested by indentation, or long nested lists: parsed in part, the rest read as plain text.
  (r) => {
    // Two list lines an item: past 500 items, the file's 1,000 list lines are spent (mostly short: a long list costs seconds).
    const n = r.pick([r.int(50), r.int(50), r.int(50), 498 + r.int(5), 500 + r.int(200)]);
    const cascade = r.chance(0.5);
    let text = '';
    for (let i = 0; i < n; i++) text += cascade ? `${'  '.repeat(i % 80)}- ${r.pick(STATEMENTS)(r)}\n` : `${r.pick(['- ', '1. '])}item\n  - ${r.pick(STATEMENTS)(r)}\n`;
    return { text, tooComplex: 'never' };
  },
  // Runs of emphasis, strikethrough, link and code delimiters.
  (r) => {
    const unit = r.pick(['*a', '_a', '~~a', '~a', '[', ']', '](', '[a](', '![a', '`', '<a', '**a**', '*a**', '[[a]]', '([{']);
    const n = r.pick([r.int(100), r.int(2000), r.int(20_000)]);
    return { text: `${r.pick(STATEMENTS)(r)}\n\n${unit.repeat(n)}${r.pick(['', '\n\n', ' '])}${r.pick(STATEMENTS)(r)}\n`, tooComplex: 'never' };
  },
  // A table of a few rows, or of more cells than a file may hold.
  (r) => {
    const columns = 2 + r.int(5);
    const rows = r.chance(0.5) ? r.int(40) : Math.ceil(TABLE_CELL_LIMIT / columns) - 3 + r.int(2000);
    const row = (cells) => `| ${cells.join(' | ')} |\n`;
    let text = row(Array.from({ length: columns }, (_, c) => (c === 0 ? 'Model' : r.pick(['Total parameters', 'Active parameters', 'Employees', 'Stars', 'Revenue']))));
    text += row(Array.from({ length: columns }, () => '---'));
    for (let i = 0; i < rows; i++) text += row(Array.from({ length: columns }, (_, c) => (c === 0 ? r.pick(['Qwen2.5-72B', 'DeepSeek-V2', 'Acme-7']) : r.pick(FIGURES))));
    return { text, tooComplex: (rows + 1) * columns > TABLE_CELL_LIMIT ? 'always' : 'never' };
  },
  // Suppression directives, right or misspelt, between statements.
  (r) => {
    let text = '';
    const n = r.int(60);
    for (let i = 0; i < n; i++) {
      if (r.chance(0.4)) {
        const kind = r.pick(['disable', 'enable', 'disable-next-line', 'disabel', 'disable-line', 'Disable']);
        const rules = Array.from({ length: r.int(3) }, () => r.pick([...RULE_IDS, 'numeric-mismatc', 'no-such-rule']));
        const reason = r.chance(0.2) ? ' -- a reason' : '';
        text += `<!-- claimcheck-${kind}${rules.length ? ` ${rules.join(r.pick([' ', ', ']))}` : ''}${reason} -->\n`;
        if (r.chance(0.5)) text += '\n';
      } else {
        text += `${r.pick(STATEMENTS)(r)}\n${r.pick(['', '\n'])}`;
      }
    }
    return { text, tooComplex: 'never', directives: true };
  },
];

/** The case's corpus: one to three documents, article-like, mutated, plain random Unicode, or hostile. */
function makeCase(seed, index) {
  const r = rngFor(seed, index);
  const docs = 1 + (r.chance(0.3) ? r.int(3) : 0);
  const sources = [];
  for (let i = 0; i < docs; i++) {
    const kind = r.int(20);
    const file = `fuzz/${String.fromCharCode(97 + i)}${r.pick(EXTENSIONS)}`;
    if (kind < 2) {
      const hostile = r.pick(HOSTILE)(r);
      const tooComplex = hostile.tooComplex === 'always' || (hostile.tooComplex === 'markdown' && isMarkdown(file));
      sources.push({ file, text: hostile.text, expect: { tooComplex, directives: hostile.directives === true } });
      continue;
    }
    const text = kind < 6 ? randomUnicode(r, 300) : kind < 10 ? mutate(r, article(r)) : article(r);
    sources.push({ file, text });
  }
  return sources;
}

// ---------------------------------------------------------------------------------------------
// Checks: each throws an Error describing what is wrong.

class Mismatch extends Error {}

function fail(message) {
  throw new Mismatch(message);
}

function checkSpans(spans, length, what) {
  let last = 0;
  for (const s of spans) {
    if (!(s.start >= last && s.end > s.start && s.end <= length)) {
      fail(`${what}: span ${JSON.stringify(s)} out of order or bounds (previous end ${last}, length ${length})`);
    }
    last = s.end;
  }
}

function checkQuantities(text) {
  const found = findQuantities(text, lexicon.unitWords);
  checkSpans(found.map((m) => m.span), text.length, 'findQuantities');
  for (const m of found) {
    if (m.quantity.text !== text.slice(m.span.start, m.span.end)) fail(`findQuantities: text ${JSON.stringify(m.quantity.text)} is not the slice at ${JSON.stringify(m.span)}`);
    if (m.numberSpan.start < m.span.start || m.numberSpan.end > m.span.end) fail(`findQuantities: numberSpan ${JSON.stringify(m.numberSpan)} outside span ${JSON.stringify(m.span)}`);
    const { min, max } = m.quantity;
    if ((min !== null && !Number.isFinite(min)) || (max !== null && !Number.isFinite(max))) fail(`findQuantities: non-finite bound in ${JSON.stringify(m.quantity)}`);
    if (min !== null && max !== null && min > max) fail(`findQuantities: min > max in ${JSON.stringify(m.quantity)}`);
  }
}

function checkSentences(text) {
  const spans = splitSentences(text);
  checkSpans(spans, text.length, 'splitSentences');
  for (const s of spans) {
    const sentence = text.slice(s.start, s.end);
    if (/^\s|\s$/.test(sentence)) fail(`splitSentences: sentence not trimmed at ${JSON.stringify(s)}`);
    if (sentence.includes('\n')) fail(`splitSentences: sentence crosses a newline at ${JSON.stringify(s)}`);
  }
}

function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function checkPlaces(sources, claims, what) {
  const texts = new Map(sources.map((s) => [s.file, { text: s.text, starts: lineStarts(s.text) }]));
  for (const claim of claims) {
    const p = claim.place;
    const doc = texts.get(p.file);
    if (!doc) fail(`${what}: claim in unknown file ${p.file}`);
    if (p.line < 1 || p.endLine < p.line || p.endLine > doc.starts.length || p.column < 1 || p.endColumn < 1) fail(`${what}: bad place ${JSON.stringify(p)}`);
    const start = doc.starts[p.line - 1] + p.column - 1;
    const end = doc.starts[p.endLine - 1] + p.endColumn - 1;
    if (start > end || end > doc.text.length) fail(`${what}: place ${JSON.stringify(p)} out of the text`);
    const actual = doc.text.slice(start, end);
    if (actual !== claim.quote) fail(`${what}: quote ${JSON.stringify(claim.quote)} is not the text at ${JSON.stringify(p)}: ${JSON.stringify(actual)}`);
  }
}

const options = { lexicon };

/**
 * The oracle for suppression: the rules disabled on each line, by the plain quadratic reading of
 * the directive comments (one a line), unknown rule ids dropped and a directive of only unknown
 * ids ignored; '*' for all.
 */
function suppressedByLine(text) {
  const directives = [];
  text.split('\n').forEach((line, i) => {
    const m = /^<!--\s*claimcheck-(disable-next-line|disable|enable)(?=\s|-->)([^]*?)-->\s*$/.exec(line.trim());
    if (!m) return;
    const named = m[2].split(/(?:^|\s)--(?:\s|$)/, 1)[0].split(/[\s,]+/).filter((x) => x !== '');
    const rules = named.filter((x) => RULE_IDS.includes(x));
    if (named.length > 0 && rules.length === 0) return;
    directives.push({ kind: m[1], rules, line: i + 1 });
  });
  return (line) => {
    let all = false;
    const some = new Set();
    for (const d of directives) {
      if (d.kind === 'disable-next-line') {
        if (line === d.line + 1) {
          if (d.rules.length === 0) all = true;
          else d.rules.forEach((x) => some.add(x));
        }
        continue;
      }
      if (d.line > line) continue;
      if (d.kind === 'disable') {
        if (d.rules.length === 0) all = true;
        else d.rules.forEach((x) => some.add(x));
      } else if (d.rules.length === 0) {
        all = false;
        some.clear();
      } else d.rules.forEach((x) => some.delete(x));
    }
    return all ? ['*'] : [...some].sort();
  };
}

/** What a hostile document's reading must be: its error when too complex, none otherwise; suppressed rules as the oracle says. */
function checkHostile(sources, report, claims) {
  for (const s of sources) {
    if (!s.expect) continue;
    const errors = report.files.find((f) => f.file === s.file)?.errors ?? [];
    const tooComplex = errors.some((e) => e.code === 'too-complex');
    if (tooComplex !== s.expect.tooComplex) fail(`${s.file}: expected ${s.expect.tooComplex ? 'a too-complex error' : 'no too-complex error'}, got ${JSON.stringify(errors)}`);
    if (!s.expect.directives || errors.length > 0) continue;
    const oracle = suppressedByLine(s.text);
    for (const c of claims) {
      if (c.place.file !== s.file || c.derivedFrom) continue;
      const want = oracle(c.place.line);
      const got = c.suppressed ?? [];
      if (JSON.stringify(got) !== JSON.stringify(want)) fail(`${s.file}:${c.place.line}: suppressed ${JSON.stringify(got)}, the oracle says ${JSON.stringify(want)}`);
    }
  }
}

function checkCase(cases, resample) {
  const sources = cases.map(({ file, text }) => ({ file, text }));
  for (const s of sources) {
    checkQuantities(s.text);
    checkSentences(s.text);
  }
  const { report, claims } = analyse(sources, options);
  checkHostile(cases, report, claims);
  if (report.files.length !== sources.length) fail(`analyse: ${report.files.length} files in the report for ${sources.length} sources`);
  checkPlaces(sources, claims, 'claims');
  for (const conflict of report.conflicts) {
    if (conflict.claims.length < 2) fail(`conflict ${conflict.id} has ${conflict.claims.length} claim(s)`);
    checkPlaces(sources, conflict.claims, `conflict ${conflict.rule}`);
  }
  if (resample) {
    const first = JSON.stringify(report);
    const again = JSON.stringify(checkTexts(sources, options));
    if (again !== first) fail('checkTexts: a second run gives a different report');
    const reversed = JSON.stringify(checkTexts([...sources].reverse(), options));
    if (reversed !== first) fail('checkTexts: the report changes with the order of the files');
  }
  return report;
}

// ---------------------------------------------------------------------------------------------
// Run

function describeFailure(seed, index, sources, error) {
  const lines = [
    `claimcheck fuzz failure`,
    `seed: ${seed}`,
    `case: ${index}`,
    `replay: node scripts/fuzz.js --seed ${seed} --case ${index}`,
    `error: ${error instanceof Mismatch ? error.message : error?.stack ?? String(error)}`,
    '',
    'sources (JSON, exact):',
    JSON.stringify(sources.map(({ file, text }) => ({ file, text }))),
    '',
  ];
  for (const s of sources) lines.push(`=== ${s.file} (${s.text.length} code units) ===`, s.text, '');
  return lines.join('\n');
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const seed = opts.seed >>> 0;
  const indices = opts.only !== undefined ? [opts.only] : Array.from({ length: opts.cases }, (_, i) => i);
  process.stdout.write(`fuzz: seed ${seed}, ${indices.length} case(s)\n`);
  const t0 = performance.now();
  const stats = { cases: 0, documents: 0, claims: 0, conflicts: 0, fileErrors: 0, resampled: 0 };
  let slowest = { ms: 0, index: -1 };
  for (const index of indices) {
    const sources = makeCase(seed, index);
    const resample = opts.only !== undefined || index % opts.resample === 0;
    const c0 = performance.now();
    let report;
    try {
      report = checkCase(sources, resample);
    } catch (error) {
      mkdirSync(BENCH, { recursive: true });
      const file = path.join(BENCH, `fuzz-failure-${seed}.txt`);
      const text = describeFailure(seed, index, sources, error);
      writeFileSync(file, text);
      process.stdout.write(`\nFAIL at case ${index} after ${stats.cases} passing case(s)\n${text.split('\n').slice(0, 6).join('\n')}\n`);
      process.stdout.write(`first failing input saved to ${path.relative(process.cwd(), file)}\n`);
      process.exitCode = 1;
      return;
    }
    const ms = performance.now() - c0;
    if (ms > slowest.ms) slowest = { ms, index };
    stats.cases++;
    stats.documents += sources.length;
    stats.claims += report.summary.claims;
    stats.conflicts += report.conflicts.length;
    stats.fileErrors += report.files.filter((f) => f.errors.length > 0).length;
    if (resample) stats.resampled++;
    if (stats.cases % opts.progress === 0) {
      const s = ((performance.now() - t0) / 1000).toFixed(1);
      process.stdout.write(`${stats.cases}/${indices.length} cases, ${s} s, ${stats.claims} claims, ${stats.conflicts} conflicts, slowest case ${slowest.ms.toFixed(0)} ms (#${slowest.index})\n`);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(
    [
      `ok: ${stats.cases} cases in ${seconds.toFixed(1)} s (${((seconds * 1000) / Math.max(1, stats.cases)).toFixed(2)} ms a case), seed ${seed}`,
      `  ${stats.documents} documents, ${stats.claims} claims, ${stats.conflicts} conflicts, ${stats.fileErrors} files with errors`,
      `  ${stats.resampled} cases re-run for determinism (twice, and with the files reversed)`,
      `  slowest case: #${slowest.index}, ${slowest.ms.toFixed(0)} ms (replay: node scripts/fuzz.js --seed ${seed} --case ${slowest.index})`,
      '',
    ].join('\n'),
  );
}

main();
