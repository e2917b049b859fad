// How precise a stated figure is: "$0.14" stands for 0.135–0.145, "35x" for 34.5–35.5, "roughly 6x" for ±10%.
import type { Quantity } from '../types.js';

/** The share of a figure that "about", "~" and "roughly" allow. */
export const APPROX_SHARE = 0.1;

/** Half a unit of the last digit written, in the quantity's own scale ("236B": ±0.5B). */
export function halfUnit(q: Quantity): number {
  const value = q.min ?? q.max ?? 0;
  const literal = /(\d[\d,]*)(?:\.(\d+))?/.exec(q.text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  if (!literal) return 0;
  const written = Number(`${literal[1]!.replace(/,/g, '')}${literal[2] ? `.${literal[2]}` : ''}`);
  const decimals = literal[2]?.length ?? 0;
  const scale = written === 0 ? 1 : Math.abs(value / written);
  return 0.5 * Math.pow(10, -decimals) * scale;
}

/** The values a stated point figure allows, given its rounding and hedges. */
export function statedRange(q: Quantity): [number, number] {
  const lo = q.min ?? q.max ?? 0;
  const hi = q.max ?? q.min ?? 0;
  const slack = Math.max(halfUnit(q), q.approx ? Math.abs(lo) * APPROX_SHARE : 0);
  return [lo - slack, hi + slack];
}
