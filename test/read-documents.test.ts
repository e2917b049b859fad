// readDocuments: inputs read one at a time, in order, each file's problem kept as its error; threadsFor: when threads pay.
// (Worker threads themselves run from the compiled code: see "worker threads" in test/cli.test.ts.)
import { describe, expect, it } from 'vitest';
import { readDocument, type DocumentCache, type DocumentReading } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks } from '../src/packs/load.js';
import type { Input } from '../src/input/collect.js';
import { readDocuments, threadsFor } from '../src/input/read-documents.js';
import type { SourceText } from '../src/types.js';

const lexicon = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH)]));

const texts: Record<string, string> = {
  'a.md': '# Notes\n\nThe DeepSeek-V3 repository has over 3,000 GitHub stars.\n',
  'b.md': '---\ntitle: [unclosed\n---\nBody.\n',
  'c.txt': 'A line of plain text.\nQwen2.5-72B is released under the Apache 2.0 licence.\n',
};

/** Inputs over `texts` that count how many reads are under way at once. */
function countingInputs(files: string[]): { inputs: Input[]; most: () => number } {
  let open = 0;
  let most = 0;
  const inputs = files.map((file) => ({
    file,
    read: async () => {
      most = Math.max(most, ++open);
      await new Promise((resolve) => setTimeout(resolve, 1));
      open--;
      return file in texts ? { text: texts[file]! } : { error: { code: 'not-found', message: 'no such file or folder' } };
    },
  }));
  return { inputs, most: () => most };
}

describe('readDocuments', () => {
  it('gives, in input order, the readings readDocument gives, and each unreadable input as an error', async () => {
    const { inputs } = countingInputs(['a.md', 'b.md', 'gone.md', 'c.txt']);
    const result = await readDocuments(inputs, { lexicon, concurrency: 'off' });
    expect(result.readings).toEqual(['a.md', 'b.md', 'c.txt'].map((file) => readDocument({ file, text: texts[file]! }, lexicon)));
    // Stated and derived claims (the licence of a family member speaks for its families too; "is released under" states a
    // licence, no release).
    expect(result.readings.map((r) => [r.file, r.claims.length, r.derived.length, r.errors.map((e) => e.code)])).toEqual([
      ['a.md', 1, 0, []],
      ['b.md', 0, 0, ['front-matter']],
      ['c.txt', 1, 2, []],
    ]);
    expect(result.errors).toEqual([{ file: 'gone.md', error: { code: 'not-found', message: 'no such file or folder' } }]);
  });

  it('holds only a few texts at a time, however many inputs there are', async () => {
    const files = Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? 'a.md' : 'c.txt'));
    const { inputs, most } = countingInputs(files);
    let progress = 0;
    const result = await readDocuments(inputs, { lexicon, concurrency: 'off', onProgress: (done) => (progress = done) });
    expect(result.readings).toHaveLength(300);
    expect(progress).toBe(300);
    expect(most()).toBeGreaterThan(1);
    expect(most()).toBeLessThanOrEqual(8);
  });

  it('takes a reading from the cache instead of reading the document again', async () => {
    const stored = new Map<string, DocumentReading>();
    const asked: string[] = [];
    const cache: DocumentCache = {
      get: (source: SourceText) => (asked.push(source.file), stored.get(source.text)),
      set: (source: SourceText, reading: DocumentReading) => void stored.set(source.text, reading),
    };
    const first = await readDocuments(countingInputs(['a.md', 'c.txt']).inputs, { lexicon, cache, concurrency: 'off' });
    const fake: DocumentReading = { file: 'a.md', claims: [], derived: [], errors: [] };
    stored.set(texts['a.md']!, fake);
    const second = await readDocuments(countingInputs(['a.md', 'c.txt']).inputs, { lexicon, cache, concurrency: 'off' });
    expect(asked).toEqual(['a.md', 'c.txt', 'a.md', 'c.txt']);
    expect(second.readings).toEqual([fake, first.readings[1]]);
  });
});

describe('threadsFor', () => {
  it('uses threads under auto only for many files, more than one core and a core idle, at most 4; a number is at most that many, never more than files or cores', () => {
    expect(threadsFor('off', 10_000, 8, 0)).toBe(0);
    expect(threadsFor('auto', 1999, 8, 0)).toBe(0);
    expect(threadsFor('auto', 2000, 1, 0)).toBe(0);
    expect(threadsFor('auto', 2000, 2, 0)).toBe(2);
    expect(threadsFor('auto', 10_000, 16, 0)).toBe(4);
    expect(threadsFor(3, 1, 1, 0)).toBe(1);
    expect(threadsFor(64, 2, 8, 0)).toBe(2);
    expect(threadsFor(64, 10_000, 2, 0)).toBe(2);
    expect(threadsFor(3, 10_000, 8, 0)).toBe(3);
    expect(threadsFor(4, 0, 8, 0)).toBe(0);
    // No core idle (the load average above cores - 1): one thread, which then runs faster than two.
    expect(threadsFor('auto', 10_000, 2, 1.5)).toBe(0);
    expect(threadsFor('auto', 10_000, 2, 1)).toBe(2);
    expect(threadsFor('auto', 10_000, 8, 13)).toBe(0);
    expect(threadsFor(2, 10_000, 2, 13)).toBe(2);
  });
});
