import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashPack, openCache } from '../src/input/cache.js';
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

  it('ignores a corrupt or unreadable cache file', () => {
    for (const content of ['', 'not json at all\n', '{"format":"claimcheck-cache/1"\n', '\u0000\u0001\u0002', '[]\n']) {
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
    // A folder where the file should be: unreadable, so empty.
    const dir = location();
    fs.mkdirSync(dir, { recursive: true });
    const cache = openCache(dir, KEY);
    expect(run(SOURCES, cache)).toEqual(run(SOURCES));
    expect(cache.stats()).toEqual({ hits: 0, misses: 3 });
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
    const dir = location();
    fs.mkdirSync(dir, { recursive: true }); // a folder in the way of the file
    const cache = openCache(dir, KEY);
    run(SOURCES, cache);
    expect(() => cache.save()).toThrow(/cannot write cache/);
    expect(fs.readdirSync(path.dirname(dir))).toEqual([path.basename(dir)]);
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

describe('openCache on a warm run with one change', () => {
  it("copies the other entries' stored bytes into the saved file instead of serialising them again", () => {
    const file = location();
    const cold = openCache(file, KEY);
    run(SOURCES, cold);
    cold.save();
    // Rewrite a.md's stored JSON with spaces: a copy keeps them, a new serialisation would not.
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const a = lines.findIndex((l) => l.includes('\t"a.md"\t'));
    const [hash, name, body] = lines[a]!.split('\t');
    const spaced = JSON.stringify(JSON.parse(body!), null, 1).replace(/\n/g, ' ');
    lines[a] = [hash, name, spaced].join('\t');
    fs.writeFileSync(file, lines.join('\n'));

    const warm = openCache(file, KEY);
    run([SOURCES[0]!, { file: 'b.md', text: `${SOURCES[1]!.text}More text.\n` }, SOURCES[2]!], warm);
    expect(warm.stats()).toEqual({ hits: 2, misses: 1 });
    warm.save();
    const saved = fs.readFileSync(file, 'utf8').split('\n');
    expect(saved.find((l) => l.includes('\t"a.md"\t'))).toBe(lines[a]);
    expect(saved.filter((l) => l.includes('\t"b.md"\t'))).toHaveLength(1);
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
