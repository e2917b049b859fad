// The evaluation harness behind `npm run eval` and test/eval.test.ts: runs claimcheck over the annotated
// corpora in fixtures/corpora/ and scores the conflicts it reports against the annotations.
//
// A corpus is a folder holding articles (*.md, *.markdown, *.txt), an optional vocabulary pack and
// `annotations.json`:
//
//   { "field": "climate", "pack": "pack.yml",
//     "conflicts": [{ "rule": "numeric-mismatch", "entity": "<id>", "attribute": "<id>", "files": ["a.md", "c.md"], "note": "..." }],
//     "traps":     [{ "entity": "<id>", "attribute": "<id>", "note": "looks like a conflict but is not ..." }] }
//
// `pack` (or `packs`, a list) is merged over the built-in pack; without it the corpus is read with the
// built-in pack alone (the generic fallback). `"builtinPack": false` leaves the built-in pack out.
//
// Matching. A reported conflict matches an annotated conflict when the rule is the same, the annotated
// entity and attribute are among those of the conflict's claims (a conflict's claims may name several entities,
// as in attribution, or several attributes, as in metric-label; "ratio.X" counts as X and "X.date" as X),
// when the annotation lists files, every one of them holds a claim of the conflict, and when it gives a
// period ("2024", or "2024-01-01/2024-06-30"), a claim of the conflict is placed in that period.
// A reported conflict that matches no annotated conflict is wrong; if it also matches a trap (the same
// test; a trap's "rule" is optional, and without one a report of any rule counts), that trap was reported.
//
// The engine is passed in (`{ analyse, compileLexicon, loadPackFile, mergePacks, BUILTIN_PACK_PATH }`), so
// that the script can run the built code in dist/ and the test the TypeScript sources.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPORA = fileURLToPath(new URL('../fixtures/corpora/', import.meta.url));

export const RULES = ['numeric-mismatch', 'categorical-exclusive', 'event-polarity', 'derived-arithmetic', 'stated-arithmetic', 'temporal-scope', 'attribution', 'attribution-across', 'metric-label'];

/** What `npm run eval` requires of the whole evaluation. */
export const THRESHOLDS = { recall: 0.9, precision: 0.9, trapsReported: 0 };

const ARTICLE = /\.(?:md|markdown|txt)$/i;

export class AnnotationError extends Error {
  constructor(message) {
    super(message);
    this.name = 'AnnotationError';
  }
}

/** Every folder under `root` with an annotations.json, sorted by name. */
export function listCorpora(root = CORPORA) {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => statSync(path.join(root, name)).isDirectory() && existsSync(path.join(root, name, 'annotations.json')))
    .sort();
}

function readAnnotations(dir, articles) {
  const file = path.join(dir, 'annotations.json');
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AnnotationError(`${file}: ${error.message}`);
  }
  const fail = (where, message) => {
    throw new AnnotationError(`${file}: ${where}: ${message}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('(top level)', 'must be an object');
  const packs = data.packs ?? (data.pack === undefined ? [] : [data.pack]);
  if (!Array.isArray(packs) || packs.some((p) => typeof p !== 'string')) fail('pack', 'must be a file name (or "packs", a list of them)');
  for (const p of packs) if (!existsSync(path.join(dir, p))) fail('pack', `no such file: ${p}`);
  const entry = (kind) => (raw, i) => {
    const where = `${kind}[${i}]`;
    if (typeof raw !== 'object' || raw === null) fail(where, 'must be an object');
    for (const key of ['entity', 'attribute']) if (typeof raw[key] !== 'string' || raw[key] === '') fail(`${where}.${key}`, 'must be a non-empty string');
    if ((kind === 'conflicts' || raw.rule !== undefined) && !RULES.includes(raw.rule)) fail(`${where}.rule`, `must be one of ${RULES.join(', ')}`);
    const files = raw.files ?? [];
    if (!Array.isArray(files)) fail(`${where}.files`, 'must be a list of article names');
    for (const f of files) if (!articles.includes(f)) fail(`${where}.files`, `no article named ${f}`);
    if (raw.period !== undefined && (typeof raw.period !== 'string' || !PERIOD.test(raw.period))) fail(`${where}.period`, 'must be a year ("2024") or an ISO period ("2024-01-01/2024-06-30")');
    return { rule: raw.rule, entity: raw.entity.toLowerCase(), attribute: raw.attribute, files, period: raw.period, note: raw.note ?? '' };
  };
  return {
    field: typeof data.field === 'string' ? data.field : path.basename(dir),
    packs,
    builtinPack: data.builtinPack !== false,
    conflicts: (data.conflicts ?? []).map(entry('conflicts')),
    traps: (data.traps ?? []).map(entry('traps')),
  };
}

const PERIOD = /^(?:\d{4}|\d{4}-\d\d-\d\d\/\d{4}-\d\d-\d\d)$/;

/** A period as inclusive ISO dates: "2024" is the whole year. */
function periodOf(text) {
  return /^\d{4}$/.test(text) ? { start: `${text}-01-01`, end: `${text}-12-31` } : { start: text.slice(0, 10), end: text.slice(11) };
}

/** "ratio.price" and "event.launch.date" speak about "price" and "event.launch". */
const baseAttribute = (attribute) => attribute.replace(/^ratio\./, '').replace(/\.date$/, '');

/** Does a reported conflict fit an annotation? An annotation without a rule (a trap may have none) fits any rule. */
export function fits(conflict, annotation) {
  if (annotation.rule !== undefined && annotation.rule !== conflict.rule) return false;
  // The claims say what a conflict is about; the conflict's own entity and attribute name just one of them.
  const entities = new Set(conflict.claims.map((c) => c.entity.id));
  const attributes = new Set(conflict.claims.flatMap((c) => [c.attribute, baseAttribute(c.attribute)]));
  if (!entities.has(annotation.entity) || !attributes.has(annotation.attribute)) return false;
  const files = new Set(conflict.claims.map((c) => c.place.file));
  if (!annotation.files.every((f) => files.has(f))) return false;
  if (annotation.period === undefined) return true;
  // A period narrows the annotation to claims placed in it ("the 2024 figures disagree").
  const p = periodOf(annotation.period);
  return conflict.claims.some((c) => c.time && c.time.start <= p.end && p.start <= c.time.end);
}

/** Runs one corpus; returns what was annotated, what was reported and how they match. */
export function evaluateCorpus(engine, dir) {
  const articles = readdirSync(dir)
    .filter((name) => ARTICLE.test(name) && statSync(path.join(dir, name)).isFile())
    .sort();
  const annotations = readAnnotations(dir, articles);
  const packs = [
    ...(annotations.builtinPack ? [engine.loadPackFile(engine.BUILTIN_PACK_PATH)] : []),
    ...annotations.packs.map((p) => engine.loadPackFile(path.join(dir, p))),
  ];
  if (packs.length === 0) throw new AnnotationError(`${dir}: no pack at all (builtinPack is false and no pack is named)`);
  const lexicon = engine.compileLexicon(packs.length === 1 ? packs[0] : engine.mergePacks(packs));
  const sources = articles.map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
  const { report, claims } = engine.analyse(sources, { lexicon });

  const reported = report.conflicts.map((conflict) => {
    const matches = annotations.conflicts.filter((a) => fits(conflict, a));
    const traps = matches.length > 0 ? [] : annotations.traps.filter((t) => fits(conflict, t));
    return { conflict, correct: matches.length > 0, traps };
  });
  const conflicts = annotations.conflicts.map((annotation) => ({
    annotation,
    found: report.conflicts.some((c) => fits(c, annotation)),
  }));
  const traps = annotations.traps.map((annotation) => ({
    annotation,
    reportedBy: reported.filter((r) => r.traps.includes(annotation)).map((r) => r.conflict),
  }));
  return {
    name: path.basename(dir),
    field: annotations.field,
    articles,
    fileErrors: report.files.filter((f) => f.errors.length > 0),
    claims,
    conflicts,
    reported,
    traps,
  };
}

function tally(rows, rule) {
  const annotated = rows.conflicts.length;
  const found = rows.conflicts.filter((c) => c.found).length;
  const reported = rows.reported.length;
  const correct = rows.reported.filter((r) => r.correct).length;
  return {
    annotated,
    found,
    recall: annotated === 0 ? null : found / annotated,
    reported,
    correct,
    precision: reported === 0 ? null : correct / reported,
    traps: rows.traps.length,
    trapsReported: rows.traps.filter((t) => t.reportedBy.some((c) => rule === undefined || c.rule === rule)).length,
  };
}

/** The figures: per corpus, overall and per rule. */
export function score(results) {
  const all = {
    conflicts: results.flatMap((r) => r.conflicts),
    reported: results.flatMap((r) => r.reported),
    traps: results.flatMap((r) => r.traps),
  };
  const byRule = Object.fromEntries(
    RULES.map((rule) => [
      rule,
      tally(
        {
          conflicts: all.conflicts.filter((c) => c.annotation.rule === rule),
          reported: all.reported.filter((r) => r.conflict.rule === rule),
          // A trap counts under the rule it names (the rule it tempts), and under any rule that reported it.
          traps: all.traps.filter((t) => t.annotation.rule === rule || t.reportedBy.some((c) => c.rule === rule)),
        },
        rule,
      ),
    ]),
  );
  const overall = tally(all);
  const pass =
    (overall.recall ?? 1) >= THRESHOLDS.recall && (overall.precision ?? 1) >= THRESHOLDS.precision && overall.trapsReported <= THRESHOLDS.trapsReported;
  return {
    corpora: Object.fromEntries(results.map((r) => [r.name, { field: r.field, articles: r.articles.length, ...tally(r) }])),
    overall,
    byRule,
    thresholds: THRESHOLDS,
    pass,
  };
}

/** Evaluates every corpus under `root` (or only those named). */
export function evaluate(engine, { root = CORPORA, only } = {}) {
  const names = listCorpora(root).filter((n) => !only || only.length === 0 || only.includes(n));
  const results = names.map((name) => evaluateCorpus(engine, path.join(root, name)));
  return { results, figures: score(results) };
}

// ---------------------------------------------------------------------------------------------
// Printing

const pct = (x) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);

function table(title, rows) {
  const head = [title, 'annotated', 'found', 'recall', 'reported', 'correct', 'precision', 'traps', 'traps reported'];
  const body = rows.map(([name, t]) => [name, t.annotated, t.found, pct(t.recall), t.reported, t.correct, pct(t.precision), t.traps, t.trapsReported].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const place = (c) => `${c.place.file}:${c.place.line}:${c.place.column}`;
const claimLine = (c) =>
  `      ${place(c)}  "${c.quote}"  [${c.entity.id} · ${c.attribute}${c.time ? ` · ${c.time.text}` : ''}${c.modality !== 'asserted' ? ` · ${c.modality}` : ''}${c.derivation ? ` · derived: ${c.derivation}` : ''}]`;
const describeAnnotation = (a) =>
  `${a.rule ? `${a.rule} ` : ''}${a.entity} · ${a.attribute}${a.period ? ` · ${a.period}` : ''}${a.files.length ? ` (${a.files.join(', ')})` : ''}`;

/** The report `npm run eval` prints. */
export function formatReport({ results, figures }) {
  const out = [];
  out.push(
    table('corpus', [
      ...Object.entries(figures.corpora).map(([name, t]) => [name, t]),
      ['overall', figures.overall],
    ]),
  );
  out.push('');
  out.push(table('rule', Object.entries(figures.byRule)));
  out.push('');
  for (const r of results) {
    const misses = r.conflicts.filter((c) => !c.found);
    const wrong = r.reported.filter((x) => !x.correct);
    const trapHits = r.traps.filter((t) => t.reportedBy.length > 0);
    if (misses.length + wrong.length + trapHits.length + r.fileErrors.length === 0) continue;
    out.push(`${r.name}:`);
    for (const f of r.fileErrors) out.push(`  unreadable ${f.file}: ${f.errors.map((e) => e.message).join('; ')}`);
    for (const { annotation } of misses) {
      out.push(`  MISSED ${describeAnnotation(annotation)}`);
      if (annotation.note) out.push(`    note: ${annotation.note}`);
      const read = r.claims.filter((c) => c.entity.id === annotation.entity && baseAttribute(c.attribute) === annotation.attribute);
      out.push(read.length ? '    claims read for it:' : '    no claim was read for this entity and attribute');
      for (const c of read) out.push(claimLine(c));
    }
    for (const { conflict, traps } of wrong) {
      out.push(`  ${traps.length ? 'TRAP REPORTED' : 'WRONG'} ${conflict.rule}: ${conflict.message}  [${conflict.entity.id} · ${conflict.attribute}]`);
      for (const t of traps) if (t.note) out.push(`    trap: ${t.note}`);
      for (const c of conflict.claims) out.push(claimLine(c));
    }
    out.push('');
  }
  const o = figures.overall;
  out.push(
    `overall: recall ${pct(o.recall)} (needs ${pct(figures.thresholds.recall)}), precision ${pct(o.precision)} (needs ${pct(figures.thresholds.precision)}), traps reported ${o.trapsReported} (needs 0): ${figures.pass ? 'PASS' : 'FAIL'}`,
  );
  return out.join('\n');
}

/** The figures as plain data, with every miss, wrong report and trap hit, for `--json`. */
export function toJson({ results, figures }) {
  const brief = (c) => ({
    rule: c.rule,
    entity: c.entity.id,
    attribute: c.attribute,
    message: c.message,
    places: c.claims.map((x) => ({ file: x.place.file, line: x.place.line, column: x.place.column, quote: x.quote })),
  });
  return {
    ...figures,
    details: Object.fromEntries(
      results.map((r) => [
        r.name,
        {
          missed: r.conflicts.filter((c) => !c.found).map((c) => c.annotation),
          wrong: r.reported.filter((x) => !x.correct).map((x) => ({ ...brief(x.conflict), traps: x.traps.map((t) => t.note) })),
          trapsReported: r.traps.filter((t) => t.reportedBy.length > 0).map((t) => ({ ...t.annotation, by: t.reportedBy.map(brief) })),
        },
      ]),
    ),
  };
}
