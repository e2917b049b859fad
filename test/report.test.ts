// Tests the report formatters (pretty, json, jsonl, sarif, github, markdown), escapeControl and schema/report.schema.json.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv, type AnySchemaObject } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Claim, Conflict, Report } from '../src/types.js';
import { boundMessage, escapeControl, escapeJsonText, neutraliseCommands } from '../src/report/escape.js';
import { cutQuote, formatPretty } from '../src/report/pretty.js';
import { formatJson, formatJsonChunks, projectClaim, projectReport } from '../src/report/json.js';
import { describeFigure } from '../src/rules/describe.js';
import { formatJsonl, formatJsonlChunks } from '../src/report/jsonl.js';
import { formatSarif, toUri, type SarifRule } from '../src/report/sarif.js';
import { formatGithub } from '../src/report/github.js';
import { escapeMarkdown, formatMarkdown } from '../src/report/markdown.js';
import { buildFacts, formatFacts } from '../src/report/facts.js';
import { analyse } from '../src/check/index.js';
import { compileLexicon } from '../src/packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks, parsePack } from '../src/packs/load.js';

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS; under NodeNext its default import is typed as the module object.
const addFormats = require('ajv-formats') as FormatsPlugin;
const reportSchema = JSON.parse(
  readFileSync(fileURLToPath(new URL('../schema/report.schema.json', import.meta.url)), 'utf8'),
) as AnySchemaObject;

/** The official SARIF 2.1.0 (rtm.5) schema, vendored from @microsoft/jest-sarif (MIT); it is draft-04, so `id` becomes `$id`. */
function sarifSchema(): AnySchemaObject {
  const file = fileURLToPath(new URL('./schemas/sarif-2.1.0-rtm.5.json', import.meta.url));
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const { $schema: _draft04, id, ...rest } = raw;
  expect(_draft04).toBe('http://json-schema.org/draft-04/schema#');
  return { $id: id as string, ...rest };
}

/**
 * `strict: false` and `unicodeRegExp: false` are for the SARIF schema only: it is draft-04 and one
 * of its patterns (`language`) is not a valid regular expression with the `u` flag.
 */
function newAjv(strict: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, strict, unicodeRegExp: strict });
  addFormats(ajv);
  return ajv;
}

// ---------------------------------------------------------------------------------------------
// A hand-built report

const qwen = { id: 'qwen2.5-72b', name: 'Qwen2.5-72B', type: 'model' };

const statedActive: Claim = {
  id: 'seeds/002_qwen.md:140:params.active',
  entity: { ...qwen, mention: 'Qwen2.5-72B', known: true },
  attribute: 'params.active',
  value: { kind: 'quantity', min: 37e9, max: 37e9, unit: 'parameter', approx: false, text: '37B' },
  time: { start: '2024-01-01', end: '2024-12-31', text: 'in 2024' },
  modality: 'hedged',
  source: 'prose',
  place: { file: 'seeds/002_qwen.md', line: 5, column: 10, endLine: 5, endColumn: 34 },
  quote: '37B activated parameters',
  sentence: 'Qwen2.5-72B reportedly uses 37B activated parameters in 2024.',
  confidence: 0.9,
};

const derivedActive: Claim = {
  id: 'seeds/002_qwen.md:2210:params.active',
  entity: { ...qwen, mention: 'Qwen2.5-72B', known: true },
  attribute: 'params.active',
  value: { kind: 'quantity', min: 72e9, max: 72e9, unit: 'parameter', approx: false, text: '72B' },
  modality: 'asserted',
  source: 'table',
  place: { file: 'seeds/002_qwen.md', line: 40, column: 13, endLine: 40, endColumn: 40 },
  quote: '| Qwen2.5-72B | 72B | dense |',
  sentence: '| Qwen2.5-72B | 72B | dense |',
  confidence: 0.8,
  derivedFrom: ['seeds/002_qwen.md:2210:params.total', 'seeds/002_qwen.md:2224:architecture'],
  derivation: 'dense ⇒ active = total parameters',
};

const talksHappened: Claim = {
  id: 'seeds/004_talks.txt:0:event.investment-talks',
  entity: { id: 'alibaba', name: 'Alibaba', type: 'company', mention: 'Alibaba', known: true },
  attribute: 'event.investment-talks',
  value: {
    kind: 'event',
    event: 'investment-talks',
    participants: ['alibaba', 'deepseek'],
    polarity: 'happened',
    text: 'held investment talks',
  },
  modality: 'asserted',
  source: 'prose',
  place: { file: 'seeds/004_talks.txt', line: 3, column: 1, endLine: 3, endColumn: 44 },
  quote: 'Alibaba held investment talks with DeepSeek',
  sentence: 'Alibaba held investment talks with DeepSeek, which failed.',
  confidence: 0.85,
};

/** Its quote carries an ANSI colour sequence and a newline. */
const talksDenied: Claim = {
  id: 'seeds/005_rumour.txt:321:event.investment-talks',
  entity: { id: 'alibaba', name: 'Alibaba', type: 'company', mention: 'Alibaba', known: true },
  attribute: 'event.investment-talks',
  value: {
    kind: 'event',
    event: 'investment-talks',
    participants: ['alibaba', 'deepseek'],
    polarity: 'not-happened',
    text: 'no talks ever took place',
  },
  modality: 'asserted',
  source: 'prose',
  place: { file: 'seeds/005_rumour.txt', line: 7, column: 5, endLine: 8, endColumn: 13 },
  quote: 'no talks ever \u001b[31mtook place\nbetween | them',
  sentence: 'Alibaba says no talks ever took place between them.',
  confidence: 0.85,
};

const numericConflict: Conflict = {
  id: 'c0ffee01',
  rule: 'numeric-mismatch',
  severity: 'error',
  entity: qwen,
  attribute: 'params.active',
  message: 'Qwen2.5-72B active parameters: 37B vs 72B',
  claims: [statedActive, derivedActive],
};

const eventConflict: Conflict = {
  id: 'c0ffee02',
  rule: 'event-polarity',
  severity: 'warning',
  entity: { id: 'alibaba', name: 'Alibaba', type: 'company' },
  attribute: 'event.investment-talks',
  message: 'Alibaba investment talks: happened vs not happened',
  claims: [talksHappened, talksDenied],
};

const report: Report = {
  version: 1,
  files: [
    { file: 'seeds/002_qwen.md', claims: 12, errors: [] },
    { file: 'seeds/004_talks.txt', claims: 7, errors: [] },
    { file: 'seeds/005_rumour.txt', claims: 4, errors: [] },
    { file: 'seeds/bad.txt', claims: 0, errors: [{ code: 'binary', message: 'binary file skipped' }] },
  ],
  conflicts: [numericConflict, eventConflict],
  summary: { files: 4, claims: 23, conflicts: 2, error: 1, warning: 1, info: 0 },
};

const oneConflict: Report = {
  version: 1,
  files: [{ file: 'seeds/002_qwen.md', claims: 12, errors: [] }],
  conflicts: [numericConflict],
  summary: { files: 1, claims: 12, conflicts: 1, error: 1, warning: 0, info: 0 },
};

const empty: Report = {
  version: 1,
  files: [{ file: 'seeds/002_qwen.md', claims: 12, errors: [] }],
  conflicts: [],
  summary: { files: 1, claims: 12, conflicts: 0, error: 0, warning: 0, info: 0 },
};

const rules: SarifRule[] = [
  { id: 'numeric-mismatch', description: 'Quantities whose intervals do not overlap', severity: 'error', url: 'https://example.org/rules/numeric-mismatch' },
  { id: 'event-polarity', description: 'An event said to have happened and not to have happened', severity: 'error' },
  { id: 'metric-label', description: 'One value under two metric names', severity: 'info' },
  { id: 'event-polarity', description: 'duplicate entry, ignored', severity: 'warning' },
];

// ---------------------------------------------------------------------------------------------

describe('escapeControl', () => {
  it('escapes C0, DEL, C1 and bidi characters and keeps everything else', () => {
    expect(escapeControl('a\tb\nc\rd')).toBe('a\\tb\\nc\\rd');
    expect(escapeControl('\u001b[31mred\u001b[0m')).toBe('\\x1b[31mred\\x1b[0m');
    expect(escapeControl('\u0000\u0007\u007f')).toBe('\\x00\\x07\\x7f');
    expect(escapeControl('\u009b31m\u0085')).toBe('\\u009b31m\\u0085');
    expect(escapeControl('x\u202ey\u2066z\u2069\u202a')).toBe('x\\u202ey\\u2066z\\u2069\\u202a');
    expect(escapeControl('Qwen2.5 “72B” 400億美元 ⇒ ok\\x')).toBe('Qwen2.5 “72B” 400億美元 ⇒ ok\\x');
  });

  it('escapes format characters too: bidi marks, U+061C, zero-width characters, the BOM, separators, tags', () => {
    expect(escapeControl('a\u200eb\u200fc\u061cd\u200be\u200cf\u200dg\ufeffh\u2028i\u{e0041}j')).toBe(
      'a\\u200eb\\u200fc\\u061cd\\u200be\\u200cf\\u200dg\\ufeffh\\u2028i\\u{e0041}j',
    );
  });

  it('neutraliseCommands makes :: at a line start and ##[ anywhere inert, and nothing else changes', () => {
    expect(neutraliseCommands('::error::a\n  ::x\n\u00a0::y\nb ::c ##[group] d')).toBe('\\x3a:error::a\n  \\x3a:x\n\u00a0\\x3a:y\nb ::c ##\\x5bgroup] d');
    expect(neutraliseCommands('\u001b[4m::e\u001b[24m')).toBe('\u001b[4m\\x3a:e\u001b[24m');
  });

  it('escapeJsonText writes C1, bidi, invisible characters and ##[ as \\u escapes: valid JSON, the same value', () => {
    const value = { s: 'a\u009bb\u0085c\u202ed\u2067e\u200bf\u{e0041}g ##[error] \u2028' };
    const text = escapeJsonText(JSON.stringify(value, null, 2));
    expect(text).toBe('{\n  "s": "a\\u009bb\\u0085c\\u202ed\\u2067e\\u200bf\\udb40\\udc41g \\u0023#[error] \\u2028"\n}');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('boundMessage cuts a message to 400 characters and escapes it', () => {
    const cut = boundMessage(`start ${'x'.repeat(10_000)} end\u001b`);
    expect(Array.from(cut)).toHaveLength(403); // 400, and the escaped ESC takes three more
    expect(cut.startsWith('start xxx')).toBe(true);
    expect(cut.endsWith('xx end\\x1b')).toBe(true);
  });

  it('cutQuote keeps the figure in view with context on both sides, counts wide characters as two columns', () => {
    expect(cutQuote(`${'a'.repeat(50)} 37B ${'b'.repeat(50)}`, '37B', 21)).toBe(`…${'a'.repeat(7)} 37B ${'b'.repeat(7)}…`);
    expect(cutQuote(`37B ${'b'.repeat(50)}`, '37B', 21)).toBe(`37B ${'b'.repeat(16)}…`);
    expect(cutQuote('x'.repeat(30), undefined, 11)).toBe(`${'x'.repeat(5)}…${'x'.repeat(5)}`);
    // 400億美元 is 7 columns wide; 億 and 美 and 元 take two each.
    expect(cutQuote('据报道投资总额达到400億美元左右的规模', '400億美元', 15)).toBe('…到400億美元左…');
    expect(cutQuote('short', 'short', 40)).toBe('short');
  });
});

describe('formatPretty', () => {
  it('prints one exact block for a one-conflict report', () => {
    expect(formatPretty(oneConflict, { color: false })).toBe(
      [
        'error  numeric-mismatch  Qwen2.5-72B active parameters: 37B vs 72B',
        '  seeds/002_qwen.md:5:10   “37B activated parameters”  (prose, in 2024) [hedged]',
        '  seeds/002_qwen.md:40:13  “| Qwen2.5-72B | 72B | dense |”  (table)  derived (dense ⇒ active = total parameters)',
        '',
        '✖ 1 conflict (1 error, 0 warnings, 0 info) in 1 file, 12 claims',
        '',
      ].join('\n'),
    );
  });

  it('prints the whole report without any escape character when colour is off', () => {
    const out = formatPretty(report, { color: false });
    expect(out).not.toContain('\u001b');
    expect(out).toContain('“no talks ever \\x1b[31mtook place\\nbetween | them”');
    expect(out.split('\n')).toEqual([
      'error  numeric-mismatch  Qwen2.5-72B active parameters: 37B vs 72B',
      '  seeds/002_qwen.md:5:10   “37B activated parameters”  (prose, in 2024) [hedged]',
      '  seeds/002_qwen.md:40:13  “| Qwen2.5-72B | 72B | dense |”  (table)  derived (dense ⇒ active = total parameters)',
      '',
      'warning  event-polarity  Alibaba investment talks: happened vs not happened',
      '  seeds/004_talks.txt:3:1   “Alibaba held investment talks with DeepSeek”  (prose)',
      '  seeds/005_rumour.txt:7:5  “no talks ever \\x1b[31mtook place\\nbetween | them”  (prose)',
      '',
      'seeds/bad.txt: error: binary file skipped',
      '',
      '✖ 2 conflicts (1 error, 1 warning, 0 info) in 4 files, 23 claims',
      '',
    ]);
  });

  it('uses ANSI colours when colour is on, but never from the article text', () => {
    const out = formatPretty(report, { color: true });
    expect(out).toContain('\u001b[31merror\u001b[39m');
    expect(out).toContain('\u001b[33mwarning\u001b[39m');
    expect(out).toContain('\u001b[4mseeds/002_qwen.md\u001b[24m');
    expect(out).toContain('\\x1b[31mtook place');
    expect(out).not.toContain('\u001b[31mtook place');
    // Stripping the colour codes gives the plain output back.
    // eslint-disable-next-line no-control-regex
    expect(out.replace(/\u001b\[\d+m/g, '')).toBe(formatPretty(report, { color: false }));
  });

  it('says so when there are no conflicts, and shortens relative paths from cwd', () => {
    expect(formatPretty(empty, { color: false })).toBe('✔ no conflicts in 1 file, 12 claims\n');
    const abs: Report = {
      ...oneConflict,
      conflicts: [
        {
          ...numericConflict,
          claims: numericConflict.claims.map((c) => ({ ...c, place: { ...c.place, file: `/repo/${c.place.file}` } })),
        },
      ],
    };
    expect(formatPretty(abs, { color: false, cwd: '/repo' })).toBe(formatPretty(oneConflict, { color: false }));
  });

  it('cuts a long quote around its figure so that the line fits in 120 columns, or in the width given', () => {
    const quote = `${'a'.repeat(150)} 37B ${'b'.repeat(150)}`;
    const long: Report = {
      ...oneConflict,
      conflicts: [{ ...numericConflict, claims: [{ ...statedActive, quote }, derivedActive] }],
    };
    const line = (width?: number) => formatPretty(long, { color: false, ...(width ? { width } : {}) }).split('\n')[1]!;
    // "  seeds/002_qwen.md:5:10   “" is 28 columns, "”  (prose, in 2024) [hedged]" 28: 64 left for the quote.
    expect(line()).toBe(`  seeds/002_qwen.md:5:10   “…${'a'.repeat(28)} 37B ${'b'.repeat(29)}…”  (prose, in 2024) [hedged]`);
    expect(line().length).toBe(120);
    expect(line(100)).toBe(`  seeds/002_qwen.md:5:10   “…${'a'.repeat(18)} 37B ${'b'.repeat(19)}…”  (prose, in 2024) [hedged]`);
    // Never below 40 columns of quote, however narrow the terminal.
    expect(line(20)).toBe(`  seeds/002_qwen.md:5:10   “…${'a'.repeat(16)} 37B ${'b'.repeat(17)}…”  (prose, in 2024) [hedged]`);
  });

  it('aligns locations only when that pads none of them much, so that a long path does not push every line', () => {
    const far = { ...derivedActive, place: { ...derivedActive.place, file: 'archive/2024/very/deep/folder/of/articles/qwen.md' } };
    const out = formatPretty({ ...oneConflict, conflicts: [{ ...numericConflict, claims: [statedActive, far] }] }, { color: false });
    expect(out.split('\n').slice(1, 3)).toEqual([
      '  seeds/002_qwen.md:5:10  “37B activated parameters”  (prose, in 2024) [hedged]',
      '  archive/2024/very/deep/folder/of/articles/qwen.md:40:13  “| Qwen2.5-72B | 72B | dense |”  (table)  derived (dense ⇒ active = total parameters)',
    ]);
  });
});

describe('formatJson', () => {
  const ajv = newAjv(true);
  const validate = ajv.compile(reportSchema);

  it('validates against schema/report.schema.json and round-trips', () => {
    const text = formatJson(report);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "version": 1,\n  "files": [\n')).toBe(true);
    const parsed: unknown = JSON.parse(text);
    expect(validate(parsed), ajv.errorsText(validate.errors)).toBe(true);
    expect(parsed).toEqual(projectReport(report));
    expect(`${JSON.stringify(parsed, null, 2)}\n`).toBe(text);
  });

  it('projects claims with keys in a fixed order', () => {
    expect(projectClaim(derivedActive)).toEqual({
      file: 'seeds/002_qwen.md',
      line: 40,
      column: 13,
      endLine: 40,
      endColumn: 40,
      quote: '| Qwen2.5-72B | 72B | dense |',
      source: 'table',
      modality: 'asserted',
      entity: { id: 'qwen2.5-72b', name: 'Qwen2.5-72B', type: 'model', mention: 'Qwen2.5-72B' },
      attribute: 'params.active',
      value: { kind: 'quantity', min: 72e9, max: 72e9, unit: 'parameter', approx: false, text: '72B' },
      derivedFrom: ['seeds/002_qwen.md:2210:params.total', 'seeds/002_qwen.md:2224:architecture'],
      derivation: 'dense ⇒ active = total parameters',
    });
    expect(Object.keys(projectClaim(statedActive))).toEqual([
      'file', 'line', 'column', 'endLine', 'endColumn', 'quote', 'source', 'modality',
      'entity', 'attribute', 'value', 'time',
    ]);
    expect(projectClaim(talksDenied).value).toEqual({
      kind: 'event',
      event: 'investment-talks',
      participants: ['alibaba', 'deepseek'],
      polarity: 'not-happened',
      text: 'no talks ever took place',
    });
    const parsed = JSON.parse(formatJson(report)) as { conflicts: Record<string, unknown>[]; summary: object };
    expect(Object.keys(parsed.conflicts[0]!)).toEqual(['id', 'rule', 'severity', 'entity', 'attribute', 'message', 'claims']);
    expect(Object.keys(parsed.summary)).toEqual(['files', 'claims', 'conflicts', 'error', 'warning', 'info']);
  });

  it('the schema rejects what the report never holds', () => {
    const good = projectReport(report);
    const oneClaim = structuredClone(good);
    oneClaim.conflicts[0]!.claims.pop();
    expect(validate(oneClaim)).toBe(false);
    const extra = structuredClone(good) as unknown as { conflicts: Record<string, unknown>[] };
    extra.conflicts[0]!.confidence = 1;
    expect(validate(extra)).toBe(false);
    const badSeverity = structuredClone(good) as unknown as { conflicts: Record<string, unknown>[] };
    badSeverity.conflicts[0]!.severity = 'fatal';
    expect(validate(badSeverity)).toBe(false);
    const badVersion = { ...good, version: 2 };
    expect(validate(badVersion)).toBe(false);
    expect(validate(projectReport(empty))).toBe(true);
  });
});

describe('the JSON and JSONL reports in chunks', () => {
  const big: Report = { ...report, conflicts: Array.from({ length: 400 }, (_, i) => report.conflicts[i % report.conflicts.length]!) };
  const withBaseline: Report = { ...report, baseline: { file: 'baseline.json', matched: 1, fixed: [] } };

  it('are the bytes of one JSON.stringify, cut into chunks of about 64 KiB', () => {
    for (const r of [big, report, empty, withBaseline]) {
      const chunks = [...formatJsonChunks(r)];
      expect(chunks.join('')).toBe(`${JSON.stringify(projectReport(r), null, 2)}\n`);
      expect(chunks.join('')).toBe(formatJson(r));
    }
    const chunks = [...formatJsonChunks(big)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(2 * 65536);
  });

  it('JSONL chunks hold whole lines', () => {
    const chunks = [...formatJsonlChunks(big)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.every((c) => c.endsWith('}\n'))).toBe(true);
    expect(chunks.join('')).toBe(formatJsonl(big));
    expect([...formatJsonlChunks(empty)]).toEqual([]);
  });
});

describe('formatJsonl', () => {
  it('prints one parseable line per conflict and nothing else', () => {
    const text = formatJsonl(report);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(2);
    const ajv = newAjv(true);
    ajv.addSchema(reportSchema, 'report');
    const validateConflict = ajv.getSchema('report#/definitions/conflict')!;
    const expected = projectReport(report).conflicts;
    lines.forEach((line, i) => {
      const parsed: unknown = JSON.parse(line);
      expect(validateConflict(parsed), ajv.errorsText(validateConflict.errors)).toBe(true);
      expect(parsed).toEqual(expected[i]);
    });
    expect(formatJsonl(empty)).toBe('');
  });
});

describe('formatSarif', () => {
  const ajv = newAjv(false);
  const validate = ajv.compile(sarifSchema());

  it('validates against the official SARIF 2.1.0 schema', () => {
    const log: unknown = JSON.parse(formatSarif(report, { version: '0.1.0', rules }));
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate(JSON.parse(formatSarif(empty, { version: '0.1.0', rules: [] })))).toBe(true);
    // The schema is strict enough to catch a stray property.
    const bad = JSON.parse(formatSarif(report, { version: '0.1.0', rules })) as { runs: Record<string, unknown>[] };
    bad.runs[0]!.conflicts = [];
    expect(validate(bad)).toBe(false);
  });

  it('lists each rule once, sorted, and points results at them', () => {
    const log = JSON.parse(formatSarif(report, { version: '0.1.0', rules, informationUri: 'https://example.org/claimcheck' }));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver).toEqual({
      name: 'claimcheck',
      version: '0.1.0',
      informationUri: 'https://example.org/claimcheck',
      rules: [
        {
          id: 'event-polarity',
          shortDescription: { text: 'An event said to have happened and not to have happened' },
          defaultConfiguration: { level: 'error' },
        },
        {
          id: 'metric-label',
          shortDescription: { text: 'One value under two metric names' },
          defaultConfiguration: { level: 'note' },
        },
        {
          id: 'numeric-mismatch',
          shortDescription: { text: 'Quantities whose intervals do not overlap' },
          defaultConfiguration: { level: 'error' },
          helpUri: 'https://example.org/rules/numeric-mismatch',
        },
      ],
    });
    expect(run.results).toEqual([
      {
        ruleId: 'numeric-mismatch',
        ruleIndex: 2,
        level: 'error',
        message: { text: 'Qwen2.5-72B active parameters: 37B vs 72B' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'seeds/002_qwen.md' },
              region: { startLine: 5, startColumn: 10, endLine: 5, endColumn: 34, snippet: { text: '37B activated parameters' } },
            },
          },
        ],
        relatedLocations: [
          {
            id: 1,
            physicalLocation: {
              artifactLocation: { uri: 'seeds/002_qwen.md' },
              region: { startLine: 40, startColumn: 13, endLine: 40, endColumn: 40, snippet: { text: '| Qwen2.5-72B | 72B | dense |' } },
            },
            message: { text: '| Qwen2.5-72B | 72B | dense |' },
          },
        ],
        partialFingerprints: { 'claimcheckConflict/v1': 'c0ffee01' },
      },
      {
        ruleId: 'event-polarity',
        ruleIndex: 0,
        level: 'warning',
        message: { text: 'Alibaba investment talks: happened vs not happened' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'seeds/004_talks.txt' },
              region: {
                startLine: 3,
                startColumn: 1,
                endLine: 3,
                endColumn: 44,
                snippet: { text: 'Alibaba held investment talks with DeepSeek' },
              },
            },
          },
        ],
        relatedLocations: [
          {
            id: 1,
            physicalLocation: {
              artifactLocation: { uri: 'seeds/005_rumour.txt' },
              region: {
                startLine: 7,
                startColumn: 5,
                endLine: 8,
                endColumn: 13,
                snippet: { text: 'no talks ever \u001b[31mtook place\nbetween | them' },
              },
            },
            message: { text: 'no talks ever \u001b[31mtook place\nbetween | them' },
          },
        ],
        partialFingerprints: { 'claimcheckConflict/v1': 'c0ffee02' },
      },
    ]);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'seeds/bad.txt: binary file skipped' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'seeds/bad.txt' } } }],
            descriptor: { id: 'binary' },
          },
        ],
      },
    ]);
  });

  it('adds a rule that a conflict names but the list lacks', () => {
    const log = JSON.parse(formatSarif(oneConflict, { version: '1.2.3', rules: [] }));
    expect(log.runs[0].tool.driver.rules).toEqual([
      { id: 'numeric-mismatch', shortDescription: { text: 'numeric-mismatch' }, defaultConfiguration: { level: 'error' } },
    ]);
    expect(log.runs[0].results[0].ruleIndex).toBe(0);
    expect(log.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('writes relative URIs with forward slashes', () => {
    expect(toUri('seeds\\sub\\a b#1.txt')).toBe('seeds/sub/a%20b%231.txt');
    expect(toUri('./seeds/x.md')).toBe('seeds/x.md');
    expect(toUri('/abs/x.md')).toBe('file:///abs/x.md');
    expect(toUri('C:\\docs\\x.md')).toBe('file:///C:/docs/x.md');
  });
});

describe('formatGithub', () => {
  it('prints one annotation per conflict and file error', () => {
    expect(formatGithub(report)).toBe(
      [
        '::error file=seeds/002_qwen.md,line=5,col=10,endLine=5,endColumn=34,title=numeric-mismatch::' +
          'Qwen2.5-72B active parameters: 37B vs 72B%0Aseeds/002_qwen.md:40:13 “| Qwen2.5-72B | 72B | dense |”',
        '::warning file=seeds/004_talks.txt,line=3,col=1,endLine=3,endColumn=44,title=event-polarity::' +
          'Alibaba investment talks: happened vs not happened%0Aseeds/005_rumour.txt:7:5 “no talks ever \\x1b[31mtook place\\nbetween | them”',
        '::error file=seeds/bad.txt::binary file skipped',
        '',
      ].join('\n'),
    );
    expect(formatGithub(empty)).toBe('');
  });

  it('escapes %, newlines, : and , as the Actions toolkit does', () => {
    const tricky: Report = {
      version: 1,
      files: [{ file: 'docs/a,b:c.md', claims: 0, errors: [{ code: 'invalid-utf8', message: '100% broken,\r\nsorry: bad' }] }],
      conflicts: [
        {
          ...numericConflict,
          rule: 'rule:x,y',
          severity: 'info',
          message: 'share: 50% vs 60%, per report',
          claims: [
            { ...statedActive, place: { ...statedActive.place, file: 'docs/a,b:c.md' } },
            { ...derivedActive, quote: '60%, a:b', place: { ...derivedActive.place, file: 'docs/z%.md' } },
          ],
        },
      ],
      summary: { files: 1, claims: 2, conflicts: 1, error: 0, warning: 0, info: 1 },
    };
    expect(formatGithub(tricky)).toBe(
      '::notice file=docs/a%2Cb%3Ac.md,line=5,col=10,endLine=5,endColumn=34,title=rule%3Ax%2Cy::' +
        'share: 50%25 vs 60%25, per report%0Adocs/z%25.md:40:13 “60%25, a:b”\n' +
        '::error file=docs/a%2Cb%3Ac.md::100%25 broken,\\r\\nsorry: bad\n',
    );
  });
});

describe('formatMarkdown', () => {
  it('prints a readable report with |, ` and < escaped', () => {
    const md = formatMarkdown(report);
    expect(md).toBe(
      [
        '## claimcheck report',
        '',
        '✖ 2 conflicts (1 error, 1 warning, 0 info) in 4 files, 23 claims',
        '',
        '### 1. 🔴 error: numeric-mismatch',
        '',
        'Qwen2.5-72B active parameters: 37B vs 72B',
        '',
        '| Location | Quote | Origin |',
        '| --- | --- | --- |',
        '| `seeds/002_qwen.md:5:10` | “37B activated parameters” | prose, in 2024, hedged |',
        '| `seeds/002_qwen.md:40:13` | “\\| Qwen2.5-72B \\| 72B \\| dense \\|” | table, derived (dense ⇒ active = total parameters) |',
        '',
        '### 2. 🟡 warning: event-polarity',
        '',
        'Alibaba investment talks: happened vs not happened',
        '',
        '| Location | Quote | Origin |',
        '| --- | --- | --- |',
        '| `seeds/004_talks.txt:3:1` | “Alibaba held investment talks with DeepSeek” | prose |',
        '| `seeds/005_rumour.txt:7:5` | “no talks ever \\\\x1b\\[31mtook place\\\\nbetween \\| them” | prose |',
        '',
        '### Files not checked',
        '',
        '- `seeds/bad.txt`: binary file skipped (binary)',
        '',
      ].join('\n'),
    );
  });

  it('escapes markdown and HTML in article text', () => {
    expect(escapeMarkdown('a|b `c` <script> & *x*')).toBe('a\\|b \\`c\\` &lt;script&gt; &amp; \\*x\\*');
    const md = formatMarkdown({
      ...oneConflict,
      conflicts: [{ ...numericConflict, claims: [{ ...statedActive, place: { ...statedActive.place, file: 'we`ird|.md' } }, derivedActive] }],
    });
    expect(md).toContain('| `` we`ird\\|.md:5:10 `` |');
    expect(formatMarkdown(empty)).toBe('## claimcheck report\n\n✔ no conflicts in 1 file, 12 claims\n');
  });
});

describe('determinism', () => {
  it('every formatter gives identical output on two calls and on a copy of the report', () => {
    const copy = structuredClone(report);
    const formatters: ((r: Report) => string)[] = [
      (r) => formatPretty(r, { color: false }),
      (r) => formatPretty(r, { color: true }),
      formatJson,
      formatJsonl,
      (r) => formatSarif(r, { version: '0.1.0', rules }),
      formatGithub,
      formatMarkdown,
    ];
    for (const format of formatters) {
      const first = format(report);
      expect(format(report)).toBe(first);
      expect(format(copy)).toBe(first);
    }
    expect(copy).toEqual(report);
  });
});

describe('a figure in a message', () => {
  const figure = (min: number, unit: string, text: string, approx = false) => describeFigure({ kind: 'quantity', min, max: min, unit, approx, text });
  it('names its unit of measurement, and shows the figure as written where that reads otherwise', () => {
    expect(figure(300, 's', 'nearly five minutes', true)).toBe('~300 s (nearly five minutes)');
    expect(figure(131.064, 'metre', '430 feet')).toBe('131.1 m (430 feet)');
    expect(figure(183600, 'CNY', '18.36万元')).toBe('CNY 183,600 (18.36万元)');
    expect(figure(12, 'GB', '12GB')).toBe('12 GB');
    expect(figure(8000, 'star', '8,000 stars')).toBe('8,000');
    expect(figure(1199, 'USD', '$1,199')).toBe('$1,199');
    // Money with its currency, in words of scale as news writes it.
    expect(figure(4.3e9, 'EUR', '4,3 Mrd. Euro')).toBe('€4.3 billion');
    expect(figure(96.5e6, 'USD', '$96.5 million')).toBe('$96.5 million');
    expect(figure(2.1e12, 'JPY', '2.1兆円')).toBe('JPY 2.1 trillion');
  });
});

describe('the fact sheet', () => {
  const lexicon = compileLexicon(mergePacks([loadPackFile(BUILTIN_PACK_PATH), parsePack(
    [
      'name: fleets',
      'entityTypes:',
      '  - {type: airline, headers: [airline]}',
      'entities:',
      '  - {id: orbis-air, name: Orbis Air, type: airline, aliases: [Orbis Air]}',
      'attributes:',
      '  - {id: fleet, label: fleet size, kind: quantity, unit: aircraft, unitWords: [aircraft], triggers: [fleet], subjects: [airline], measure: stock}',
    ].join('\n'),
    'fleets.yml',
  )]));
  it('gives each source its period, and says "no conflict" of values that differ without one, not that they agree', () => {
    const { claims, report } = analyse([{ file: 'a.md', text: '# Notes\n\nIn 2019, Orbis Air had a fleet of 10 aircraft. In 2024, Orbis Air had a fleet of 25 aircraft.\n' }], { lexicon });
    expect(report.conflicts).toEqual([]);
    expect(formatFacts(buildFacts(claims, report.conflicts), 'pretty').split('\n').slice(0, 3)).toEqual([
      'Orbis Air (airline)',
      '  fleet                      10               a.md:3:26 (2019)  ✔ no conflict',
      '                             25               a.md:3:73 (2024)',
    ]);
  });
  it('marks as a conflict only the values that are its sides', () => {
    const text = '# Notes\n\nIn 2019, Orbis Air had a fleet of 10 aircraft. In 2024, Orbis Air had a fleet of 25 aircraft.\n\nIn 2024, Orbis Air had a fleet of 40 aircraft.\n';
    const { claims, report } = analyse([{ file: 'a.md', text }], { lexicon });
    expect(report.conflicts.map((c) => c.rule)).toEqual(['numeric-mismatch']);
    expect(formatFacts(buildFacts(claims, report.conflicts), 'pretty').split('\n').slice(0, 4)).toEqual([
      'Orbis Air (airline)',
      '  fleet                      10               a.md:3:26 (2019)',
      '                             25               a.md:3:73 (2024)  ✖ conflict (numeric-mismatch)',
      '                             40               a.md:5:26 (2024)  ✖ conflict (numeric-mismatch)',
    ]);
  });
});
