// The evaluation harness (scripts/eval-lib.js, `npm run eval`) over the annotated corpora in fixtures/corpora/:
// the corpora are well formed, the matching does what the harness promises, and claimcheck keeps the thresholds
// (at least 90% of annotated conflicts found, at least 90% of reported conflicts correct, no trap reported).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks } from '../src/packs/load.js';
import { rules } from '../src/rules/index.js';
import { CORPORA, RULES, THRESHOLDS, evaluate, fits, formatReport, listCorpora } from '../scripts/eval-lib.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const engine = { analyse, compileLexicon, loadPackFile, mergePacks, BUILTIN_PACK_PATH };

interface Annotation {
  rule?: string;
  entity: string;
  attribute: string;
  files?: string[];
  note?: string;
}

const corpora: string[] = listCorpora();
const annotationsOf = (name: string) =>
  JSON.parse(readFileSync(path.join(CORPORA, name, 'annotations.json'), 'utf8')) as {
    field: string;
    pack?: string;
    conflicts: Annotation[];
    traps: Annotation[];
  };
const articlesOf = (name: string) => readdirSync(path.join(CORPORA, name)).filter((f) => /\.(?:md|markdown|txt)$/i.test(f));

describe('evaluation corpora', () => {
  it('are at least four, each on its own field, with 5–8 articles and its annotations', () => {
    expect(corpora.length).toBeGreaterThanOrEqual(4);
    const fields = corpora.map((name) => annotationsOf(name).field);
    expect(new Set(fields).size).toBe(corpora.length);
    for (const name of corpora) {
      const articles = articlesOf(name);
      expect(articles.length, `${name}: articles`).toBeGreaterThanOrEqual(5);
      expect(articles.length, `${name}: articles`).toBeLessThanOrEqual(8);
      const a = annotationsOf(name);
      if (a.pack) expect(existsSync(path.join(CORPORA, name, a.pack)), `${name}: ${a.pack}`).toBe(true);
      expect(a.conflicts.length, `${name}: annotated conflicts`).toBeGreaterThanOrEqual(5);
      expect(a.traps.length, `${name}: annotated traps`).toBeGreaterThanOrEqual(5);
      for (const c of [...a.conflicts, ...a.traps]) expect(c.note, `${name}: every annotation says why`).toBeTruthy();
    }
  });

  it('annotate every rule at least twice', () => {
    expect([...RULES].sort()).toEqual(rules.map((r) => r.id).sort());
    const counts = new Map<string, number>();
    for (const name of corpora) for (const c of annotationsOf(name).conflicts) counts.set(c.rule!, (counts.get(c.rule!) ?? 0) + 1);
    for (const rule of RULES as string[]) expect(counts.get(rule) ?? 0, rule).toBeGreaterThanOrEqual(2);
  });
});

describe('matching', () => {
  const claim = (entity: string, attribute: string, file: string, time?: { start: string; end: string }) => ({
    entity: { id: entity },
    attribute,
    place: { file },
    ...(time ? { time: { ...time, text: '' } } : {}),
  });
  const conflict = {
    rule: 'attribution',
    entity: { id: 'a' },
    attribute: 'weight',
    claims: [claim('a', 'price', 'x.md', { start: '2024-01-01', end: '2024-12-31' }), claim('b', 'ratio.price', 'y.md')],
  };

  it('matches by rule, by any entity and attribute of the claims (ratio.X as X), and by files and period', () => {
    expect(fits(conflict, { rule: 'attribution', entity: 'b', attribute: 'price', files: [] })).toBe(true);
    expect(fits(conflict, { rule: 'attribution', entity: 'a', attribute: 'price', files: ['x.md', 'y.md'], period: '2024' })).toBe(true);
    expect(fits(conflict, { rule: 'numeric-mismatch', entity: 'a', attribute: 'price', files: [] })).toBe(false);
    expect(fits(conflict, { rule: 'attribution', entity: 'c', attribute: 'price', files: [] })).toBe(false);
    expect(fits(conflict, { rule: 'attribution', entity: 'a', attribute: 'price', files: ['z.md'] })).toBe(false);
    expect(fits(conflict, { rule: 'attribution', entity: 'a', attribute: 'price', files: [], period: '2023' })).toBe(false);
    // The conflict's own attribute is not enough: its claims must hold the annotated one.
    expect(fits(conflict, { rule: 'attribution', entity: 'a', attribute: 'weight', files: [] })).toBe(false);
  });

  it('lets a trap without a rule match a report of any rule', () => {
    expect(fits(conflict, { entity: 'a', attribute: 'price', files: [] })).toBe(true);
  });
});

describe('claimcheck on the evaluation corpora', () => {
  const evaluation = evaluate(engine);
  const { overall } = evaluation.figures;

  it(`finds at least ${THRESHOLDS.recall * 100}% of the annotated conflicts, is right in at least ${THRESHOLDS.precision * 100}% of its reports, and reports no trap`, () => {
    const report = formatReport(evaluation);
    expect(overall.recall, report).toBeGreaterThanOrEqual(THRESHOLDS.recall);
    expect(overall.precision ?? 1, report).toBeGreaterThanOrEqual(THRESHOLDS.precision);
    expect(overall.trapsReported, report).toBe(0);
  });

  it('prints the same figures from the built code with `node scripts/eval.js --json --own`, and exits 1 exactly when they fail', () => {
    if (!existsSync(path.join(ROOT, 'dist', 'check', 'index.js'))) return;
    const run = spawnSync(process.execPath, ['scripts/eval.js', '--json', '--own'], { cwd: ROOT, encoding: 'utf8' });
    expect([0, 1], `exit ${run.status}: ${run.stderr}`).toContain(run.status);
    const json = JSON.parse(run.stdout) as { overall: { annotated: number }; byRule: Record<string, unknown>; pass: boolean };
    expect(Object.keys(json.byRule)).toEqual(RULES);
    expect(json.overall.annotated).toBe(overall.annotated);
    expect(run.status).toBe(json.pass ? 0 : 1);
  });
});
