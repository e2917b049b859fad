// The demo corpus as a user meets it: the conflicts the foundation promises, and none of the traps.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTexts } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile } from '../src/packs/load.js';
import type { Conflict } from '../src/types.js';

const lexicon = compileLexicon(loadPackFile(BUILTIN_PACK_PATH));
const sources = readdirSync('seeds')
  .sort()
  .map((name) => ({ file: `seeds/${name}`, text: readFileSync(`seeds/${name}`, 'utf8') }));
const report = checkTexts(sources, { lexicon });

/** A conflict as (rule, entity, attribute) and the article numbers on each side. */
const find = (rule: string, entity: string, attribute: string): Conflict | undefined =>
  report.conflicts.find((c) => c.rule === rule && c.entity.id === entity && c.attribute === attribute);
const articles = (c: Conflict | undefined, pick: (value: Conflict['claims'][number]) => boolean) =>
  [...new Set(c?.claims.filter(pick).map((claim) => claim.place.file.slice(6, 9)))].sort();

describe('seeds/', () => {
  it('reports the GitHub stars of one repository given as over 8,000 and over 6,000', () => {
    const c = find('numeric-mismatch', 'deepseek-ai/deepseek-v2', 'github.stars');
    expect(c?.message).toBe('deepseek-ai/DeepSeek-V2 GitHub stars: over 8,000 vs over 6,000');
    expect(c?.claims.map((x) => [x.place.file, x.place.line, x.quote])).toEqual([
      ['seeds/001_76ea8863c0330c56.txt', 10, 'over 8,000 stars'],
      ['seeds/003_4329b778ac0f52e3.txt', 12, 'over 6,000 stars'],
    ]);
  });

  it('reports a model called MoE in prose whose own table gives total = active parameters', () => {
    const c = find('categorical-exclusive', 'qwen2.5-72b', 'architecture');
    expect(c?.claims.map((x) => [x.place.line, x.quote, x.derivation ?? null])).toEqual([
      [12, 'MoE in some variants (like Qwen2.5-72B)', null],
      [19, '72B (72B)', 'active = total parameters ⇒ dense'],
    ]);
  });

  it('reports talks that happened and failed against talks that never took place', () => {
    const c = find('event-polarity', 'alibaba+deepseek', 'event.investment-talks');
    const polarity = (p: string) => (x: Conflict['claims'][number]) => x.value.kind === 'event' && x.value.polarity === p;
    expect(articles(c, polarity('happened'))).toEqual(['000', '001']);
    expect(articles(c, polarity('not-happened'))).toEqual(['002', '003']);
    expect(c?.claims.every((x) => x.modality === 'asserted' || x.modality === 'hedged')).toBe(true);
  });

  it('reports H100s against an H800 cluster for one lab', () => {
    const c = find('categorical-exclusive', 'deepseek', 'compute.gpu');
    expect(c?.message).toBe('DeepSeek GPUs used: H100 vs H800');
    expect(articles(c, () => true)).toEqual(['001', '003']);
  });

  it('reports a proprietary series against open releases of the series (its members, some open and some proprietary, speak not for it)', () => {
    const c = find('categorical-exclusive', 'qwen', 'licence');
    const value = (v: string) => (x: Conflict['claims'][number]) => x.value.kind === 'category' && x.value.value === v;
    expect(articles(c, value('proprietary'))).toContain('002');
    expect(articles(c, value('Apache-2.0'))).toEqual([]);
    expect(articles(c, value('open'))).toEqual(['004']);
  });

  it('warns of one training budget credited to two models in one article', () => {
    const c = report.conflicts.find((x) => x.rule === 'attribution' && x.attribute === 'training.cost');
    expect(c?.message).toBe('$5.6 million training cost credited to DeepSeek-R1 and DeepSeek-V3 in one article');
    expect(c?.claims.map((x) => [x.place.file.slice(6, 9), x.place.line, x.entity.id])).toEqual([
      ['004', 14, 'deepseek-r1'],
      ['004', 38, 'deepseek-v3'],
    ]);
  });

  it('warns of the same investment figure placed in two different years', () => {
    const c = find('temporal-scope', 'nvidia', 'investment.amount');
    expect(c?.claims.map((x) => [x.place.line, x.time?.start, x.time?.end])).toEqual([
      [8, '2026-01-01', '2026-12-31'],
      [34, '2025-01-01', '2025-12-31'],
    ]);
  });

  it('does not judge a prediction by a later report: no article dates the DeepSeek-V3 release before the one that predicts it', () => {
    // 003 (May 2026) expects a DeepSeek-V3 release; 004 says V3 was trained, with no date. A prediction is
    // a finding only when another article dates the event before the prediction's own date.
    expect(find('temporal-scope', 'deepseek-v3', 'event.model-release')).toBeUndefined();
  });

  it('reports nothing else: traps that look like conflicts stay silent', () => {
    expect(report.conflicts.map((c) => `${c.rule} ${c.entity.id} ${c.attribute}`).sort()).toEqual([
      'attribution deepseek-r1 training.cost',
      'categorical-exclusive deepseek compute.gpu',
      'categorical-exclusive qwen licence',
      'categorical-exclusive qwen2.5-72b architecture',
      'event-polarity alibaba+deepseek event.investment-talks',
      'metric-label deepseek-v2 benchmark.mmlu',
      'numeric-mismatch deepseek-ai/deepseek-v2 github.stars',
      'temporal-scope nvidia investment.amount',
    ]);
  });

  it('stays silent on stated ratios that agree with the figures within their rounding', () => {
    expect(report.conflicts.some((c) => c.rule === 'derived-arithmetic')).toBe(false);
  });

  it('reads 236B total and 21B active as two attributes, and the same price twice as agreement', () => {
    const claims = report.conflicts.flatMap((c) => c.claims);
    expect(claims.some((c) => c.attribute.startsWith('params.'))).toBe(false);
    expect(claims.some((c) => c.attribute === 'price.per-million-tokens')).toBe(false);
  });

  it('gives every side of every conflict a place and the exact quoted text', () => {
    for (const conflict of report.conflicts) {
      expect(conflict.claims.length).toBeGreaterThanOrEqual(2);
      for (const claim of conflict.claims) {
        const text = sources.find((s) => s.file === claim.place.file)!.text;
        const line = text.split('\n')[claim.place.line - 1]!;
        if (claim.place.line === claim.place.endLine) {
          expect(line.slice(claim.place.column - 1, claim.place.endColumn - 1)).toBe(claim.quote);
        }
      }
    }
  });

  it('gives the same report whatever the order of the inputs', () => {
    const reversed = checkTexts([...sources].reverse(), { lexicon });
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(report));
  });
});
