// Deterministic article corpora for the benchmark and the index tests: the project's own fixtures and seed
// articles cut into blocks and recombined, names swapped among peers of one type, half the figures varied.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = (p) => path.join(ROOT, 'dist', p);
const importDist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);

/** Bump when the generator changes: the corpus bytes change with it. */
export const GENERATOR = 'claimcheck-bench-corpus/2';

/** mulberry32: a tiny seeded PRNG; the same seed gives the same sequence on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seedOf = (text) => createHash('sha256').update(text).digest().readUInt32LE(0);
const pick = (rng, list) => list[Math.floor(rng() * list.length)];

export function walk(dir, ext) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(abs, ext));
    else if (entry.name.endsWith(ext)) out.push(abs);
  }
  return out;
}

/** Paragraphs, tables and headings of fixtures/**\/*.md and seeds/*.txt. */
function sourceBlocks() {
  const paragraphs = [];
  const tables = [];
  const headings = [];
  const add = (block) => {
    const text = block.trim();
    if (text === '') return;
    if (/^#{1,6}\s/.test(text)) headings.push(text.replace(/^#+\s*/, ''));
    else if (text.split('\n').every((l) => l.trimStart().startsWith('|'))) tables.push(text);
    else paragraphs.push(text);
  };
  for (const file of walk(path.join(ROOT, 'fixtures'), '.md')) {
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const body = text.startsWith('---\n') ? text.slice(text.indexOf('\n---', 4) + 4) : text;
    for (const block of body.split(/\n\s*\n/)) add(block);
  }
  for (const file of walk(path.join(ROOT, 'seeds'), '.txt')) {
    // Saved web pages: a line is a paragraph, a run of "|" lines a table, a short line a heading.
    let table = [];
    const flush = () => {
      if (table.length > 0) add(table.join('\n'));
      table = [];
    };
    for (const line of readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').split('\n')) {
      if (line.trimStart().startsWith('|')) {
        table.push(line.trim());
        continue;
      }
      flush();
      const t = line.trim();
      if (t === '') continue;
      if (t.length < 80 && !/[.!?:。]$/.test(t)) headings.push(t);
      else paragraphs.push(t);
    }
    flush();
  }
  return { paragraphs, tables, headings };
}

/** Entity names known to the packs (built-in and fixtures), by type, to swap one for another. */
async function entityNames() {
  const { loadPackFile } = await importDist('packs/load.js');
  const packs = [dist('packs/ai-industry.yml'), ...walk(path.join(ROOT, 'fixtures', 'packs'), '.yml')];
  const byType = new Map();
  for (const file of packs) {
    let pack;
    try {
      pack = loadPackFile(file);
    } catch {
      continue; // a fixture pack that does not load is not a source of names
    }
    for (const e of pack.entities) {
      for (const name of [e.name, ...e.aliases]) {
        if (name.length < 3 || /[|\n*_`[\]]/.test(name)) continue;
        if (!byType.has(e.type)) byType.set(e.type, new Set());
        byType.get(e.type).add(name);
      }
    }
  }
  const types = new Map([...byType].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, names]) => [t, [...names].sort()]));
  const typeOf = new Map();
  for (const [type, names] of types) for (const n of names) if (!typeOf.has(n)) typeOf.set(n, type);
  return { types, typeOf };
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const VARIANTS = ['Pro', 'Lite', 'Max', 'Mini', 'Ultra', 'Plus', 'Nano', 'Flash', 'Turbo', 'Edge'];

/** Formats `value` like `like` ("8,000", "5.6", "236"): same thousands commas and decimals. */
function formatLike(value, like) {
  const decimals = like.includes('.') ? like.split('.')[1].length : 0;
  const fixed = value.toFixed(decimals);
  if (!like.includes(',')) return fixed;
  const [whole, frac] = fixed.split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

/** A number standing on its own ("8,000", "$5.6", "236B"), not part of a name ("Qwen2.5-72B", "V2"). */
const NUMBER = /(?<![\p{L}\p{N}_.\-/#])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{N},])|(?<![\p{L}\p{N}_.\-/#,])\d+(?:\.\d+)?(?![\p{N}])/gu;

function makeGenerator(blocks, names) {
  const all = [...names.typeOf.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const used = all.filter((n) => [...blocks.paragraphs, ...blocks.tables, ...blocks.headings].some((b) => b.includes(n)));
  const nameRe = used.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${used.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;

  /** Varies the names and figures of one block, for one article. */
  const vary = (text, rng, swaps) => {
    let out = nameRe
      ? text.replace(nameRe, (name) => {
          if (!swaps.has(name)) {
            const r = rng();
            const peers = names.types.get(names.typeOf.get(name)) ?? [name];
            swaps.set(name, r < 0.6 ? name : r < 0.85 ? pick(rng, peers) : `${name} ${pick(rng, VARIANTS)}`);
          }
          return swaps.get(name);
        })
      : text;
    out = out.replace(NUMBER, (figure) => {
      const value = Number(figure.replace(/,/g, ''));
      if (!figure.includes(',') && !figure.includes('.') && value >= 1900 && value <= 2100) return figure; // a year
      if (rng() < 0.5) return figure; // kept: articles agree (or disagree) on many figures
      const factor = 0.5 + rng() * 1.5;
      return formatLike(Math.max(value * factor, figure.includes('.') ? 0.1 : 1), figure);
    });
    return out;
  };

  return (index) => {
    const rng = prng(seedOf(`${GENERATOR}:${index}`));
    const swaps = new Map();
    // Between ~1 and ~7 KB, 2.7 KB on average (~450 words): short to long news articles.
    const target = 1000 + Math.floor(rng() * rng() * 5600);
    const parts = [];
    if (rng() < 0.5) {
      const month = String(1 + Math.floor(rng() * 12)).padStart(2, '0');
      const day = String(1 + Math.floor(rng() * 28)).padStart(2, '0');
      parts.push(`---\ntitle: "Article ${index}"\ndate: ${2024 + Math.floor(rng() * 3)}-${month}-${day}\nauthor: Desk ${1 + Math.floor(rng() * 40)}\n---`);
    }
    parts.push(`# ${vary(pick(rng, blocks.headings), rng, swaps)}`);
    let size = 0;
    let sinceHeading = 0;
    while (size < target) {
      let block;
      if (sinceHeading >= 3 && rng() < 0.4) {
        block = `## ${vary(pick(rng, blocks.headings), rng, swaps)}`;
        sinceHeading = 0;
      } else {
        block = vary(rng() < 0.15 && blocks.tables.length > 0 ? pick(rng, blocks.tables) : pick(rng, blocks.paragraphs), rng, swaps);
        sinceHeading++;
      }
      parts.push(block);
      size += block.length;
    }
    return `${parts.join('\n\n')}\n`;
  };
}

/** The generator of article number `index` (0, 1, …): the same index gives the same text on every machine. Needs `npm run build`. */
export async function articleGenerator() {
  return makeGenerator(sourceBlocks(), await entityNames());
}

/**
 * Makes <root>/<n>/<ddd>/article-<nnnnnn>.md; returns the files (sorted) and a hash of their bytes. A corpus
 * already there with the same hash (see <root>/<n>.json) is kept as it is; a new one is written to a
 * temporary folder and renamed into place, so that a bench running beside this one never reads half a corpus.
 */
export async function generateCorpus(n, root) {
  const generate = await articleGenerator();
  const dir = path.join(root, String(n));
  const stamp = path.join(root, `${n}.json`);
  const rel = (i) => path.join(String(Math.floor(i / 1000)).padStart(3, '0'), `article-${String(i).padStart(6, '0')}.md`);
  const files = Array.from({ length: n }, (_, i) => path.join(dir, rel(i)));
  // First pass: the hash alone (generating is cheap; writing 100,000 files is not).
  const hash = createHash('sha256');
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = generate(i);
    hash.update(rel(i)).update('\0').update(text).update('\0');
    bytes += Buffer.byteLength(text);
  }
  const sha256 = hash.digest('hex');
  let old;
  try {
    old = JSON.parse(readFileSync(stamp, 'utf8'));
  } catch {
    old = undefined;
  }
  if (old?.generator === GENERATOR && old.sha256 === sha256 && old.articles === n && existsSync(files[n - 1])) return { dir, files, bytes, sha256, reused: true };
  const temp = `${dir}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  for (let i = 0; i < n; i++) {
    if (i % 1000 === 0) mkdirSync(path.dirname(path.join(temp, rel(i))), { recursive: true });
    writeFileSync(path.join(temp, rel(i)), generate(i));
  }
  const trash = `${dir}.old-${process.pid}`;
  if (existsSync(dir)) renameSync(dir, trash);
  renameSync(temp, dir);
  rmSync(trash, { recursive: true, force: true });
  writeFileSync(stamp, `${JSON.stringify({ generator: GENERATOR, articles: n, bytes, sha256 }, null, 2)}\n`);
  return { dir, files, bytes, sha256, reused: false };
}


/**
 * Makes the corpus folder a git repository with every article committed (as an archive in CI is), unless it is
 * one already with nothing changed; false when git is not there or fails.
 */
export function commitCorpus(dir) {
  const git = (...args) => spawnSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', '-c', 'core.autocrlf=false', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (existsSync(path.join(dir, '.git')) && git('rev-parse', '--verify', '-q', 'HEAD').status === 0 && git('status', '--porcelain').stdout === '') return true;
  rmSync(path.join(dir, '.git'), { recursive: true, force: true });
  return git('init', '-q', '.').status === 0 && git('add', '-A').status === 0 && git('commit', '-q', '-m', 'corpus').status === 0;
}
