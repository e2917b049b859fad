import { describe, expect, it } from 'vitest';
import { TextMemo } from '../src/normalise/memo.js';

/** A memo and a reading that counts its calls and returns a fresh list of plain objects. */
function counted() {
  const memo = new TextMemo<{ start: number; text: string }[]>(4);
  let reads = 0;
  const ask = (context: string, text: string) =>
    memo.get(context, text, () => {
      reads++;
      return [{ start: 0, text }];
    });
  return { ask, reads: () => reads };
}

describe('TextMemo', () => {
  it('hands a text asked once its own reading, uncopied, and keeps no value for it', () => {
    const memo = new TextMemo<{ n: number }[]>(4);
    const reading = [{ n: 1 }];
    expect(memo.get('a', 'Velora X2 weighs 180 g.', () => reading)).toBe(reading);
  });

  it('reads a text again at its second asking and keeps that value; later askings read nothing', () => {
    const { ask, reads } = counted();
    ask('a', 'Ardenia has 4 ports.');
    ask('a', 'Ardenia has 4 ports.');
    ask('a', 'Ardenia has 4 ports.');
    ask('a', 'Ardenia has 4 ports.');
    expect(reads()).toBe(2);
  });

  it('gives each asking its own copy: changing one changes no later one', () => {
    const { ask } = counted();
    const first = ask('a', 'Tomas Brenner was 41.');
    const second = ask('a', 'Tomas Brenner was 41.');
    second[0]!.start = 99;
    const third = ask('a', 'Tomas Brenner was 41.');
    expect(first).toEqual([{ start: 0, text: 'Tomas Brenner was 41.' }]);
    expect(third).toEqual([{ start: 0, text: 'Tomas Brenner was 41.' }]);
    expect(third).not.toBe(second);
    expect(third[0]).not.toBe(second[0]);
  });

  it('tells the same text apart under two contexts', () => {
    const { ask, reads } = counted();
    ask('a', 'Velora X2 costs $499.');
    ask('b', 'Velora X2 costs $499.');
    ask('b', 'Velora X2 costs $499.');
    ask('b', 'Velora X2 costs $499.');
    expect(reads()).toBe(3);
  });

  it('keeps at most two generations of texts: an old text is read anew', () => {
    const { ask, reads } = counted();
    ask('a', 'one');
    ask('a', 'one');
    for (const text of ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9']) ask('a', text);
    const before = reads();
    ask('a', 'one');
    expect(reads() - before).toBe(1);
  });

  it('keeps an object that a reading reaches twice one object in each copy', () => {
    const memo = new TextMemo<{ a: { n: number }; b: { n: number } }>(4);
    const read = () => {
      const shared = { n: 1 };
      return { a: shared, b: shared };
    };
    memo.get('a', 'Ardenia', read);
    memo.get('a', 'Ardenia', read);
    const copy = memo.get('a', 'Ardenia', read);
    expect(copy.a).toBe(copy.b);
    expect(copy).toEqual({ a: { n: 1 }, b: { n: 1 } });
  });
});
