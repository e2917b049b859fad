import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { hashPack, openCache as openCacheFile, type CacheKey, type CacheOptions } from '../src/input/cache.js';
import { analyse, type DocumentCache } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks } from '../src/packs/load.js';
import type { SourceText } from '../src/types.js';

const roots: string[] = [];
afterAll(() => {
  for (const dir of roots) fs.rmSync(dir, { recursive: true, force: true });
});

/** A cache file path in a fresh temp folder (the file itself does not exist yet). */
function location(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-cache-'));
  roots.push(dir);
  return path.join(dir, 'sub', '.claimcheckcache');
}

/** The secret key of these tests' caches, in a temp folder (never the user's own). */
const KEY_FILE = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-cache-key-')), 'cache-key');
roots.push(path.dirname(KEY_FILE));
const openCache = (file: string, key: CacheKey, options: CacheOptions = {}) => openCacheFile(file, key, { keyFile: KEY_FILE, ...options });

const pack = mergePacks([loadPackFile(BUILTIN_PACK_PATH)]);
const lexicon = compileLexicon(pack);
const KEY = { version: '1.2.3', packHash: hashPack(pack) };

const seedsDir = path.join(__dirname, '..', 'seeds');
const SEEDS: SourceText[] = fs
  .readdirSync(seedsDir)
  .sort()
  .map((name) => ({ file: `seeds/${name}`, text: fs.readFileSync(path.join(seedsDir, name), 'utf8') }));

const SOURCES: SourceText[] = [
  { file: 'a.md', text: 'The repository `deepseek-ai/DeepSeek-V2` has over 8,000 GitHub stars.\n' },
  { file: 'b.md', text: 'The repository `deepseek-ai/DeepSeek-V2` has over 6,000 GitHub stars.\n' },
  { file: 'c.md', text: '---\ntitle: [unclosed\n---\nBroken front matter.\n' },
];

/** Fresh source objects each time, as a new run of the CLI would read them. */
const fresh = (sources: SourceText[]) => sources.map((s) => ({ ...s }));

function run(sources: SourceText[], cache?: DocumentCache) {
  return analyse(fresh(sources), { lexicon, cache });
}

/** A reading saved by one run is believed by the next, which gives the same result as a run without a cache. */
function expectBelievedNextRun(file: string, sources: { file: string; text: string }[], plain: ReturnType<typeof run>): void {
  const cold = openCache(file, KEY);
  run(sources, cold);
  cold.save();
  const warm = openCache(file, KEY);
  expect(run(sources, warm)).toEqual(plain);
  expect([warm.stats(), warm.notes()]).toEqual([{ hits: 1, misses: 0 }, []]);
}

describe('openCache', () => {
  it('misses on the first run, hits on the second, and reports the same', () => {
    const file = location();
    const plain = run(SOURCES);

    const cold = openCache(file, KEY);
    const first = run(SOURCES, cold);
    expect(cold.stats()).toEqual({ hits: 0, misses: 3 });
    cold.save();
    expect(fs.existsSync(file)).toBe(true);

    const warm = openCache(file, KEY);
    const second = run(SOURCES, warm);
    expect(warm.stats()).toEqual({ hits: 3, misses: 0 });
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
  });

  it('gives identical reports with and without the cache on the seed corpus', () => {
    const file = location();
    const plain = run(SEEDS);
    expect(plain.report.summary.claims).toBeGreaterThan(0);
    const cold = openCache(file, KEY);
    run(SEEDS, cold);
    cold.save();
    const warm = openCache(file, KEY);
    const cached = run(SEEDS, warm);
    expect(warm.stats()).toEqual({ hits: SEEDS.length, misses: 0 });
    expect(JSON.stringify(cached)).toBe(JSON.stringify(plain));
  });

  it('misses only the file whose content changed, and drops its stale entry', () => {
    const file = location();
    const cold = openCache(file, KEY);
    run(SOURCES, cold);
    cold.save();

    const edited = SOURCES.map((s) => (s.file === 'b.md' ? { ...s, text: s.text.replace('6,000', '7,000') } : s));
    const second = openCache(file, KEY);
    expect(run(edited, second)).toEqual(run(edited));
    expect(second.stats()).toEqual({ hits: 2, misses: 1 });
    second.save();
    // One line for the header and one per file: the old b.md entry is gone.
    expect(fs.readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(1 + SOURCES.length);

    const third = openCache(file, KEY);
    run(edited, third);
    expect(third.stats()).toEqual({ hits: 3, misses: 0 });
  });

  it('keys by file name as well as content', () => {
    const file = location();
    const cold = openCache(file, KEY);
    run(SOURCES, cold);
    cold.save();
    const renamed = SOURCES.map((s) => ({ ...s, file: `moved/${s.file}` }));
    const warm = openCache(file, KEY);
    const report = run(renamed, warm);
    expect(warm.stats()).toEqual({ hits: 0, misses: 3 });
    expect(report.claims.every((c) => c.place.file.startsWith('moved/'))).toBe(true);
  });

  it('keeps the entries of files a run did not read', () => {
    const file = location();
    const cold = openCache(file, KEY);
    run(SOURCES, cold);
    cold.save();
    const other = openCache(file, KEY);
    run([{ file: 'd.md', text: 'Nothing to see.\n' }], other);
    other.save();
    const again = openCache(file, KEY);
    run(SOURCES, again);
    expect(again.stats()).toEqual({ hits: 3, misses: 0 });
  });

  it('is invalidated whole when the version differs', () => {
    const file = location();
    const cold = openCache(file, KEY);
    run(SOURCES, cold);
    cold.save();
    const other = openCache(file, { ...KEY, version: '1.2.4' });
    run(SOURCES, other);
    expect(other.stats()).toEqual({ hits: 0, misses: 3 });
  });

  it('is invalidated whole when the pack differs', () => {
    const file = location();
    const cold = openCache(file, KEY);
    run(SOURCES, cold);
    cold.save();
    const changed = { ...pack, entities: pack.entities.slice(1) };
    expect(hashPack(changed)).not.toBe(KEY.packHash);
    const other = openCache(file, { ...KEY, packHash: hashPack(changed) });
    run(SOURCES, other);
    expect(other.stats()).toEqual({ hits: 0, misses: 3 });
  });

  it('starts afresh from a damaged cache file, and rewrites it', () => {
    for (const content of ['', '{"format":"claimcheck-cache/1"\n', '{"format":"claimcheck-cache/3","version":1}\nx\n']) {
      const file = location();
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      const cache = openCache(file, KEY);
      expect(run(SOURCES, cache)).toEqual(run(SOURCES));
      expect(cache.stats()).toEqual({ hits: 0, misses: 3 });
      cache.save();
      const again = openCache(file, KEY);
      run(SOURCES, again);
      expect(again.stats()).toEqual({ hits: 3, misses: 0 });
    }
  });

  it('neither reads nor overwrites a file that is not a claimcheck cache, and says so', () => {
    for (const content of ['not json at all\n', '\u0000\u0001\u0002', '[]\n', '# My notes\n']) {
      const file = location();
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      const cache = openCache(file, KEY, { name: 'my-cache' });
      expect(run(SOURCES, cache)).toEqual(run(SOURCES));
      expect(cache.stats()).toEqual({ hits: 0, misses: 3 });
      cache.save();
      expect(fs.readFileSync(file, 'utf8')).toBe(content);
      expect(cache.notes()).toEqual(['cache my-cache: not a claimcheck cache file; not used, and not overwritten (delete it or choose another --cache-location)']);
    }
    // A folder where the file should be: not used.
    const dir = location();
    fs.mkdirSync(dir, { recursive: true });
    const cache = openCache(dir, KEY, { name: 'my-cache' });
    expect(run(SOURCES, cache)).toEqual(run(SOURCES));
    expect(cache.stats()).toEqual({ hits: 0, misses: 3 });
    expect(cache.notes()).toEqual(['cache my-cache: is a folder, not a file; not used']);
  });

  it('treats a damaged entry as a miss and keeps the others', () => {
    const file = location();
    const cold = openCache(file, KEY);
    run(SOURCES, cold);
    cold.save();
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!.slice(0, lines[1]!.length - 20); // truncated JSON
    lines[2] = 'garbage';
    fs.writeFileSync(file, lines.join('\n'));
    const warm = openCache(file, KEY);
    expect(run(SOURCES, warm)).toEqual(run(SOURCES));
    expect(warm.stats()).toEqual({ hits: 1, misses: 2 });
  });

  it('writes atomically and leaves no temporary file behind', () => {
    const file = location();
    const cold = openCache(file, KEY);
    run(SOURCES, cold);
    cold.save();
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('does not rewrite an unchanged cache', () => {
    const file = location();
    const cold = openCache(file, KEY);
    run(SOURCES, cold);
    cold.save();
    const before = fs.statSync(file).ino;
    const warm = openCache(file, KEY);
    run(SOURCES, warm);
    warm.save();
    expect(fs.statSync(file).ino).toBe(before);
  });

  it('reports a cache it cannot write as an error of its own', () => {
    const file = location();
    fs.mkdirSync(path.dirname(path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.dirname(file), 'a file in the way of the folder');
    const cache = openCache(file, KEY);
    run(SOURCES, cache);
    expect(() => cache.save()).toThrow(/cannot write cache/);
    expect(fs.readdirSync(path.dirname(path.dirname(file)))).toEqual([path.basename(path.dirname(file))]);
  });

  it('writes the same bytes for the same run', () => {
    const a = location();
    const b = location();
    for (const file of [a, b]) {
      const cache = openCache(file, KEY);
      run([...SOURCES].reverse(), cache);
      cache.save();
    }
    expect(fs.readFileSync(a)).toEqual(fs.readFileSync(b));
  });
});

describe('entries that cannot be believed', () => {
  /** A saved cache for SOURCES, and its lines. */
  function saved(): { file: string; lines: string[] } {
    const file = location();
    const cold = openCache(file, KEY);
    run(SOURCES, cold);
    cold.save();
    return { file, lines: fs.readFileSync(file, 'utf8').split('\n') };
  }

  const lineOf = (lines: string[], name: string) => lines.findIndex((l) => l.includes(`\t${JSON.stringify(name)}\t`));

  /** The line with its reading replaced, and its MAC made anew with the key (as only claimcheck can). */
  function resigned(line: string, change: (reading: Record<string, unknown>) => unknown): string {
    const [hash, , fileJson, readingJson] = line.split('\t') as [string, string, string, string];
    const reading = JSON.stringify(change(JSON.parse(readingJson) as Record<string, unknown>));
    const mac = createHmac('sha256', fs.readFileSync(KEY_FILE)).update(hash).update('\t').update(fileJson).update('\t').update(reading).digest('hex');
    return [hash, mac, fileJson, reading].join('\t');
  }

  it('an entry edited by hand (claims emptied) fails its check: dropped with a note, read again, and the cache rewritten', () => {
    const { file, lines } = saved();
    const i = lineOf(lines, 'a.md');
    lines[i] = lines[i]!.replace(/"claims":\[.*?\],"derived"/, '"claims":[],"derived"');
    fs.writeFileSync(file, lines.join('\n'));
    const warm = openCache(file, KEY, { name: 'c' });
    const report = run(SOURCES, warm);
    expect(report).toEqual(run(SOURCES));
    expect(report.report.conflicts).toHaveLength(1);
    expect(warm.stats()).toEqual({ hits: 2, misses: 1 });
    expect(warm.notes()).toEqual(['cache c: an entry dropped and read again: a.md (it fails its check (changed since it was written))']);
    warm.save();
    const again = openCache(file, KEY);
    run(SOURCES, again);
    expect([again.stats(), again.notes()]).toEqual([{ hits: 3, misses: 0 }, []]);
  });

  it('an entry signed with the key but of the wrong shape, or whose claims do not quote the text, is dropped', () => {
    const changes: [string, (r: Record<string, unknown>) => unknown][] = [
      ['not a reading', (r) => ({ ...r, claims: 'none' })],
      ['not a reading', (r) => ({ ...r, claims: [{ id: 'x' }] })],
      ['not a reading', (r) => ({ ...r, extra: true })],
      ['made for another file', (r) => ({ ...r, file: 'b.md' })],
      ['a claim that does not quote the text', (r) => ({ ...r, claims: (r.claims as { quote: string }[]).map((c) => ({ ...c, quote: 'over 1 GitHub stars' })) })],
      ['a claim that does not quote the text', (r) => ({ ...r, claims: (r.claims as { place: object }[]).map((c) => ({ ...c, place: { ...c.place, line: 40, endLine: 40 } })) })],
    ];
    for (const [why, change] of changes) {
      const { file, lines } = saved();
      const i = lineOf(lines, 'a.md');
      lines[i] = resigned(lines[i]!, change);
      fs.writeFileSync(file, lines.join('\n'));
      const warm = openCache(file, KEY, { name: 'c' });
      expect(run(SOURCES, warm)).toEqual(run(SOURCES));
      expect(warm.stats()).toEqual({ hits: 2, misses: 1 });
      expect(warm.notes()).toEqual([`cache c: an entry dropped and read again: a.md (it holds ${why})`]);
    }
  });

  it('a cache made with another key (another user or machine, or a file committed to a repository) is not believed', () => {
    const { file } = saved();
    const otherKey = path.join(path.dirname(file), 'other-key');
    const warm = openCache(file, KEY, { keyFile: otherKey, name: 'c' });
    expect(run(SOURCES, warm)).toEqual(run(SOURCES));
    expect(warm.stats()).toEqual({ hits: 0, misses: 3 });
    expect(warm.notes()).toEqual(['cache c: made by another user or machine (its entries cannot be checked); starting afresh']);
    warm.save();
    const again = openCache(file, KEY, { keyFile: otherKey });
    run(SOURCES, again);
    expect(again.stats()).toEqual({ hits: 3, misses: 0 });
    expect(fs.statSync(otherKey).mode & 0o777).toBe(0o600);
  });
});

describe('hashPack', () => {
  it('is stable under key order and ignores where the pack was loaded from', () => {
    const reordered = Object.fromEntries(Object.entries(pack).reverse()) as typeof pack;
    expect(hashPack(reordered)).toBe(hashPack(pack));
    expect(hashPack({ ...pack, source: '/elsewhere/pack.yml' })).toBe(hashPack(pack));
    expect(hashPack(pack)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the content', () => {
    const attributes = pack.attributes.map((a, i) => (i === 0 ? { ...a, triggers: [...a.triggers, 'a new trigger'] } : a));
    expect(hashPack({ ...pack, attributes })).not.toBe(hashPack(pack));
  });
});

describe('openCache on a warm run with one change', () => {
  it("copies the other entries' stored lines into the saved file instead of serialising them again", () => {
    const file = location();
    const cold = openCache(file, KEY);
    run(SOURCES, cold);
    cold.save();
    // Rewrite a.md's stored JSON with spaces, signed with the key: a copy keeps them, a new serialisation would not.
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const a = lines.findIndex((l) => l.includes('\t"a.md"\t'));
    const [hash, , name, body] = lines[a]!.split('\t') as [string, string, string, string];
    const spaced = JSON.stringify(JSON.parse(body), null, 1).replace(/\n/g, ' ');
    const mac = createHmac('sha256', fs.readFileSync(KEY_FILE)).update(hash).update('\t').update(name).update('\t').update(spaced).digest('hex');
    lines[a] = [hash, mac, name, spaced].join('\t');
    fs.writeFileSync(file, lines.join('\n'));

    const warm = openCache(file, KEY);
    run([SOURCES[0]!, { file: 'b.md', text: `${SOURCES[1]!.text}More text.\n` }, SOURCES[2]!], warm);
    expect([warm.stats(), warm.notes()]).toEqual([{ hits: 2, misses: 1 }, []]);
    warm.save();
    const saved = fs.readFileSync(file, 'utf8').split('\n');
    expect(saved.find((l) => l.includes('\t"a.md"\t'))).toBe(lines[a]);
    expect(saved.filter((l) => l.includes('\t"b.md"\t'))).toHaveLength(1);
    const again = openCache(file, KEY);
    run(SOURCES.slice(0, 1), again);
    expect([again.stats(), again.notes()]).toEqual([{ hits: 1, misses: 0 }, []]);
  });
});

describe('openCache with the newest claim fields', () => {
  it('a reading with a negated category value and an exclusive value is believed on the next run and gives the same claims', () => {
    const file = location();
    const sources = [{ file: 'fields.md', text: 'DeepSeek-V2 was not released under Apache 2.0.\n\nDeepSeek relies exclusively on Nvidia H800 GPUs.\n' }];
    const plain = run(sources);
    expect(plain.claims.map((c) => [c.attribute, c.value.kind === 'category' ? c.value.negated : undefined, c.exclusive])).toEqual([
      ['licence', true, undefined],
      ['compute.gpu', undefined, true],
    ]);
    expectBelievedNextRun(file, sources, plain);
  });

  it('a reading with a period length is believed on the next run and gives the same claims', () => {
    const file = location();
    const sources = [{ file: 'length.md', text: 'OpenAI made a quarterly investment of $6 billion in compute.\n' }];
    const plain = run(sources);
    expect(plain.claims.map((c) => [c.attribute, c.periodLength])).toEqual([['investment.amount', 'quarter']]);
    expectBelievedNextRun(file, sources, plain);
  });

  it('a reading with a stated product (its result and its expression) is believed on the next run and gives the same claims', () => {
    const file = location();
    const sources = [{ file: 'sum.md', text: 'The club paid €1.2 billion (6 x €160 million) for its stands.\n' }];
    const plain = run(sources);
    expect(plain.claims.filter((c) => c.arithmetic).map((c) => [c.quote, c.arithmetic!.role])).toEqual([
      ['€1.2 billion', 'result'],
      ['6 x €160 million', 'expression'],
    ]);
    expectBelievedNextRun(file, sources, plain);
  });
});
