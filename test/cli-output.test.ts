// End-to-end tests of what the command prints from hostile articles and file names: nothing acts on
// a terminal (no control, bidi or invisible character raw, in any format), on a GitHub Actions log
// (no workflow command in any stream, except the github format's own, whose data round-trips), or
// on a pull request (no mention, reference or bare link in the Markdown report); messages are cut.
// Also the pretty report's layout: lines fit 120 columns, quotes cut around their figure.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, expectValid, tempDir, validateReport, validateSarif, type JsonReport, type Run } from './helpers/cli.js';
import { workflowCommands } from './helpers/workflow-commands.js';

/**
 * Entity names and an attribute label with bidi, C1, marks, zero-width characters, workflow
 * commands, mentions, references and links, given by a pack (a checkout's config can name one), so
 * that they reach every message whatever the extraction makes of names in prose.
 */
const NAMES = [
  'Zeta\u202e\u2067X-1',
  '##[error]Qx-2',
  '@octocat-3',
  'Mu\u009b\u0085K-4',
  'Rho\u200e\u200f\u061cN-7',
  'Chi\u200b\ufeffQ-10',
  'Https://evil.example/S-12',
  'Www.evil.example-13',
  '#123-14',
  '@acme/team-15',
  '::warning::W-16',
];
const LABEL = 'height ##[error]h @octocat https://evil.example www.evil.example #99 \u202e \u009b';
/** Text around the figures, which `explain` shows in its sentence lines. */
const NOTE = '##[error]q ::error::q \u202e @octocat https://evil.example www.evil.example #99 \u009b';
/** File names that stand at the start of report lines and in stderr messages. */
const FILES = { first: '::error file=README.md,line=1::pwn.md', second: '##[group]g.md', binary: '\u00a0::warning::bin.md' };

/** Characters that must never reach the output raw: C1, bidi, marks, zero-width, separators, the BOM. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0080-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

let dir: string;
beforeAll(() => {
  dir = tempDir();
  const alias = (i: number) => `Rocket${String.fromCharCode(97 + i)}x`;
  const entities = [...NAMES, 'Plain-12'].map((name, i) => `  - {id: r${i}, name: ${JSON.stringify(name)}, type: rocket, aliases: [${alias(i)}]}`);
  writeFileSync(
    path.join(dir, 'hostile.yml'),
    [
      'name: hostile',
      'entities:',
      ...entities,
      'attributes:',
      `  - {id: rocket.height, label: ${JSON.stringify(LABEL)}, kind: quantity, unit: metre, unitWords: [metres], triggers: [tall], headers: [height], subjects: [rocket]}`,
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(dir, '.claimcheckrc.yml'), 'packs: [./hostile.yml]\n');
  for (const [file, height] of [['a.md', 70], ['b.md', 95]] as const) {
    writeFileSync(path.join(dir, file), `${NAMES.map((_, i) => `The ${alias(i)} stands ${height} metres tall (${NOTE}).`).join('\n\n')}\n`);
  }
  writeFileSync(path.join(dir, FILES.first), `The ${alias(NAMES.length)} stands 10 metres tall.\n`);
  writeFileSync(path.join(dir, FILES.second), `The ${alias(NAMES.length)} stands 20 metres tall.\n`);
  writeFileSync(path.join(dir, FILES.binary), Buffer.from([0, 1, 2]));
});

/** Every stream of a run holds no raw unsafe character and no workflow command. */
function expectInert(r: Run, allowCommandsOnStdout = false): void {
  for (const [stream, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
    expect({ stream, unsafe: UNSAFE.exec(text)?.[0] }).toEqual({ stream, unsafe: undefined });
    if (stream === 'stdout' && allowCommandsOnStdout) continue;
    expect({ stream, commands: workflowCommands(text).map((c) => c.line) }).toEqual({ stream, commands: [] });
  }
}

describe('hostile articles and file names', () => {
  it('reach no terminal or CI log as controls or workflow commands, in the pretty report and on stderr', () => {
    const r = cli(['.'], { cwd: dir });
    expect(r.status).toBe(2);
    expectInert(r);
    // The data is still there, shown escaped.
    const label = 'height ##\\x5berror]h @octocat https://evil.example www.evil.example #99 \\u202e \\u009b';
    expect(r.stdout).toContain(`error  numeric-mismatch  Zeta\\u202e\\u2067X-1 ${label}: 70 m vs 95 m\n`);
    expect(r.stdout).toContain(`error  numeric-mismatch  ##\\x5berror]Qx-2 ${label}: 70 m vs 95 m\n`);
    expect(r.stdout).toContain('\n  \\x3a:error file=README.md,line=1::pwn.md:1:21  “10 metres tall”  (prose)\n');
    expect(r.stderr).toBe('claimcheck: \u00a0::warning::bin.md: binary file skipped (it contains NUL bytes)\n');
  });

  it('JSON, JSONL and SARIF escape C1, bidi and invisible characters and ##[ as \\u escapes: still valid, the same values', () => {
    const json = cli(['.', '--format', 'json'], { cwd: dir });
    expectInert(json);
    const report = JSON.parse(json.stdout) as JsonReport;
    expectValid(validateReport, report);
    const names = new Set(report.conflicts.map((c) => c.entity.name));
    for (const name of NAMES) expect(names.has(name)).toBe(true);
    expect(report.files.map((f) => f.file)).toContain(FILES.first);
    expect(json.stdout).toContain('"name": "Zeta\\u202e\\u2067X-1"');
    expect(json.stdout).toContain('"name": "\\u0023#[error]Qx-2"');

    const jsonl = cli(['.', '--format', 'jsonl'], { cwd: dir });
    expectInert(jsonl);
    expect(jsonl.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { message: string }).message)).toEqual(report.conflicts.map((c) => c.message));

    const sarif = cli(['.', '--format', 'sarif'], { cwd: dir });
    expectInert(sarif);
    const log = JSON.parse(sarif.stdout) as { runs: { results: { message: { text: string } }[] }[] };
    expectValid(validateSarif, log);
    expect(log.runs[0]!.results.map((x) => x.message.text)).toEqual(report.conflicts.map((c) => c.message));
  });

  it('the github format prints exactly one command per conflict and file error, and its escaped data round-trips', () => {
    const r = cli(['.', '--format', 'github'], { cwd: dir });
    expectInert(r, true);
    const report = JSON.parse(cli(['.', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
    const commands = workflowCommands(r.stdout);
    // Each line is one `::` command; a `##[` inside one is data (the runner parses the line as `::` first).
    const lines = r.stdout.trimEnd().split('\n');
    expect(commands.filter((c) => c.syntax === '::').map((c) => c.line)).toEqual(lines);
    expect(commands.filter((c) => c.syntax === '::').map((c) => [c.name, c.properties.file, c.data.split('\n')[0]])).toEqual([
      ...report.conflicts.map((c) => [c.severity === 'info' ? 'notice' : c.severity, c.claims[0]!.file, c.message.replace(/[\u0080-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)]),
      ['error', FILES.binary, 'binary file skipped (it contains NUL bytes)'],
    ]);
  });

  it('the Markdown report breaks mentions, references and bare links, and keeps the text readable', () => {
    const r = cli(['.', '--format', 'markdown'], { cwd: dir });
    expectInert(r);
    // Outside code spans: no @name, no #123, no scheme:// and no www. left whole.
    const prose = r.stdout.replace(/`[^`]*`/g, '').replaceAll('&#8203;', '¦');
    expect(prose.match(/@\w|#\d|:\/\/|\bwww\./gi)).toBeNull();
    expect(r.stdout).toContain('\n\n@&#8203;acme/team-15 height ##\\[error\\]h @&#8203;octocat https:&#8203;//evil.example www&#8203;.evil.example #&#8203;99 \\\\u202e \\\\u009b: 70 m vs 95 m\n');
  });

  it('claims, facts and explain output is inert too', () => {
    for (const args of [['claims'], ['claims', '-f', 'jsonl'], ['facts', '-f', 'markdown']]) {
      expectInert(cli([...args, '.'], { cwd: dir }));
    }
    const id = (JSON.parse(cli(['.', '--format', 'json'], { cwd: dir }).stdout) as JsonReport).conflicts.find((c) => c.message.startsWith('##[error]'))!.id;
    const r = cli(['explain', id, '.'], { cwd: dir });
    expect(r.status).toBe(2); // the binary file
    expectInert(r);
    expect(r.stdout).toContain('(##\\x5berror]q ::error::q \\u202e @octocat https://evil.example www.evil.example #99 \\u009b)');
  });

  it('messages are cut: a 200 KB config key gives one short stderr line', () => {
    const conf = tempDir();
    writeFileSync(path.join(conf, 'big.json'), `{"${'k'.repeat(200_000)}": 1}\n`);
    writeFileSync(path.join(conf, 'a.md'), 'Text.\n');
    const r = cli(['a.md', '--config', 'big.json'], { cwd: conf });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr.length).toBeLessThan(1000);
    expect(r.stderr).toMatch(/^claimcheck: .*big\.json: k+…k+: unknown option \(expected one of: packs, builtinPack, rules, ignore, extensions\)\n$/);
  });
});

describe('the pretty report fits a 120-column terminal', () => {
  it('does not pad every location to the longest path, and cuts a long quote to fit', () => {
    const corpus = tempDir();
    writeFileSync(path.join(corpus, '.claimcheckrc.yml'), '# defaults\n');
    const note = 'a note that runs on for a long while about the model and its training '.repeat(3);
    writeFileSync(path.join(corpus, 'g.md'), `| Model | Total parameters | Note | Active parameters |\n| --- | --- | --- | --- |\n| Acme-Gadget-7B | 7B | ${note} | 7B |\n`);
    const far = path.join('archive', '2024', 'very', 'deep', 'folder', 'of', 'articles');
    mkdirSync(path.join(corpus, far), { recursive: true });
    writeFileSync(path.join(corpus, far, 'b.md'), '# Gadget\n\nThe Acme-Gadget-7B model uses a Mixture-of-Experts architecture.\n');
    const r = cli(['.'], { cwd: corpus });
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => [...l].length > 120)).toEqual([]);
    expect(lines.slice(0, 3)).toEqual([
      'error  categorical-exclusive  Acme-Gadget-7B architecture: moe vs dense',
      '  archive/2024/very/deep/folder/of/articles/b.md:3:33  “Mixture-of-Experts”  (prose)',
      // A derived claim's figure ("dense") is not in its quote: the quote is cut in the middle.
      '  g.md:3:20  “7B | a note that runs on …el and its training  | 7B”  (table)  derived (active = total parameters ⇒ dense)',
    ]);
  });
});
