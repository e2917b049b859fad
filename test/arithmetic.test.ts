// Stated arithmetic read in a sentence (src/extract/readers/arithmetic.ts): the shapes read, and those left alone.
import { describe, expect, it } from 'vitest';
import { statedArithmetic, statedComparisons } from '../src/extract/readers/arithmetic.js';

const read = (text: string) => statedArithmetic(text, {}).map((a) => [a.operation, a.result.quantity.text, a.value.text, a.value.min, a.value.max]);

describe('statedArithmetic', () => {
  it('reads a product, a sum, an "each" with its total and a share, with the values their rounding allows', () => {
    expect(read('The stands cost €1.2 billion (6 x €160 million) in all.')).toEqual([['product', '€1.2 billion', '6 x €160 million', 957e6, 963e6]]);
    expect(read('The round came to €600 million (€468 million + €132 million).')).toEqual([['sum', '€600 million', '€468 million + €132 million', 599e6, 601e6]]);
    expect(read('It was paid in four instalments of €5 million each, a total of €24 million.')).toEqual([['product', '€24 million', 'four instalments of €5 million each', 18e6, 22e6]]);
    const [share] = read('They kept €30 million, a quarter of the €80 million raised.');
    expect(share!.slice(0, 3)).toEqual(['share', '€30 million', 'a quarter of the €80 million']);
    expect(share![3]).toBeCloseTo(0.225 * 79.5e6);
    expect(share![4]).toBeCloseTo(0.275 * 80.5e6);
    expect(read('The bonus pool was €30 million (25% of the €80 million).').map((r) => r.slice(0, 3))).toEqual([['share', '€30 million', '25% of the €80 million']]);
  });

  it('leaves alone names glued from sizes, hedged shares, longer formulas, TeX and bare counts multiplied', () => {
    expect(read('The Kestrel 8x22B has 141B (8x22B) in total.')).toEqual([]);
    expect(read('They spent about a third of the €90 million, €40 million, on roads.')).toEqual([]);
    expect(read('So 1023 - 512 + 1 = 511 combinations remain.')).toEqual([]);
    expect(read('There are $ 2^{10} = 1024 $ subsets, and $ 3 \\times 4 = 12 $.')).toEqual([]);
    expect(read('The panel is 3840 (2 x 1920) pixels wide, or 4096 (4 x 1024).')).toEqual([]);
    expect(read('Half of the 20 clubs, 12 of them, voted yes.')).toEqual([]);
    expect(read('Acme took €30 million, a quarter of the €80 million went to Beta.')).toEqual([]);
  });
});

describe('statedComparisons', () => {
  const compare = (text: string) => statedComparisons(text, { mah: 'mAh', mp: 'MP' }).map((a) => [a.operation, a.result.quantity.text, a.value.text]);

  it('reads a comparative before a figure and the other name\'s figure after "than", "compared to" or "outshining"', () => {
    expect(compare("The Nova carries a larger 5000mAh cell compared to the Arc's 5000mAh.")).toEqual([['higher', '5000mAh', '5000mAh']]);
    expect(compare("It has a smaller 4,000mAh cell than the Arc's 4,500mAh.")).toEqual([['lower', '4,000mAh', '4,500mAh']]);
    expect(compare("A 108MP main sensor, outshining the Arc's 108MP main camera.")).toEqual([['higher', '108MP', '108MP']]);
  });

  it('leaves alone figures of other units, figures with no name\'s possessive, and figures with no comparison', () => {
    expect(compare("A larger 5000mAh battery than the Arc's 108MP.")).toEqual([]);
    expect(compare('A larger 5000mAh battery than 4,500mAh.')).toEqual([]);
    expect(compare("A 5000mAh battery and the Arc's 4,500mAh.")).toEqual([]);
  });
});
