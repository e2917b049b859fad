// End-to-end tests of the subcommands (claims, facts, explain): each option reaches the subcommand
// that it is given to, in any position, and each format's actual output is checked.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, FIX } from './helpers/cli.js';

/** What `claims` says of fixtures/cli/conflict, as JSON. */
const CONFLICT_CLAIMS = [
  { file: 'conflict/a.md', line: 3, column: 34, quote: 'over 3,000 GitHub stars', attribute: 'github.stars', min: 3000 },
  { file: 'conflict/b.md', line: 3, column: 42, quote: 'over 9,000 stars', attribute: 'github.stars', min: 9000 },
];

interface ClaimOut {
  file: string;
  line: number;
  column: number;
  quote: string;
  attribute: string;
  entity: { id: string };
  value: { min: number };
}
const brief = (claims: ClaimOut[]) => claims.map((c) => ({ file: c.file, line: c.line, column: c.column, quote: c.quote, attribute: c.attribute, min: c.value.min }));

/** The id of the one conflict the check command finds with these arguments. */
function conflictId(args: string[]): string {
  const r = cli([...args, '--format', 'json']);
  return (JSON.parse(r.stdout) as { conflicts: { id: string }[] }).conflicts[0]!.id;
}

/** The conflict of fixtures/cli/conflict, and the one only pack/.claimcheckrc.yml's pack finds. */
let ids: { conflict: string; pack: string };
beforeAll(() => {
  ids = { conflict: conflictId(['conflict']), pack: conflictId(['pack/articles', '-c', 'pack/.claimcheckrc.yml']) };
});

describe('claims', () => {
  it('takes --format json after the paths or before them, as -f json or --format=json', () => {
    const outputs = [
      ['claims', 'conflict', '--format', 'json'],
      ['claims', '-f', 'json', 'conflict'],
      ['claims', 'conflict', '--format=json'],
    ].map((args) => cli(args));
    for (const r of outputs) {
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toBe(outputs[0]!.stdout);
    }
    expect(brief(JSON.parse(outputs[0]!.stdout) as ClaimOut[])).toEqual(CONFLICT_CLAIMS);
  });

  it('prints JSON Lines with --format jsonl and a table by default', () => {
    const jsonl = cli(['claims', 'conflict', '--format', 'jsonl']);
    expect(jsonl.status).toBe(0);
    expect(brief(jsonl.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as ClaimOut))).toEqual(CONFLICT_CLAIMS);

    expect(cli(['claims', 'conflict'])).toEqual({
      status: 0,
      stdout: [
        'place               entity       attribute     value       scope  notes  quote',
        'conflict/a.md:3:34  acme/widget  github.stars  over 3,000         prose  “over 3,000 GitHub stars”',
        'conflict/b.md:3:42  acme/widget  github.stars  over 9,000         prose  “over 9,000 stars”',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it("shows in the table's scope column when a claim holds, as its reading says", () => {
    const input = '---\ndate: 2025-03-01\n---\n# Widget notes\n\nThe repository `acme/widget` had over 3,000 GitHub stars in 2024.\n';
    expect(cli(['claims', '-', '--stdin-filename', 'q.md'], { input }).stdout).toBe(
      ['place      entity       attribute     value       scope  notes  quote', 'q.md:6:34  acme/widget  github.stars  over 3,000  2024   prose  “over 3,000 GitHub stars”', ''].join('\n'),
    );
  });

  it('reads the config given with -c: its pack finds claims the defaults do not', () => {
    expect(cli(['claims', 'pack/articles', '--format', 'json']).stdout).toBe('[]\n');
    const r = cli(['claims', '-c', 'pack/.claimcheckrc.yml', 'pack/articles', '--format', 'json']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect((JSON.parse(r.stdout) as ClaimOut[]).map((c) => `${c.file}:${c.line} ${c.entity.id} ${c.attribute} ${c.value.min}`)).toEqual([
      'pack/articles/a.md:3 zorblax rocket.height 70',
      'pack/articles/b.md:3 zorblax rocket.height 95',
    ]);
  });

  it("names, in the table's notes, the user's pack that bound each claim", () => {
    const r = cli(['claims', '-c', 'pack/.claimcheckrc.yml', 'pack/articles']);
    expect(r.status).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toContain('rocket.height');
    for (const row of rows) expect(row).toContain('pack: rockets');
  });

  it("names '-' by --stdin-filename", () => {
    const input = readFileSync(path.join(FIX, 'conflict', 'b.md'), 'utf8');
    const r = cli(['claims', '-', '--stdin-filename', 'piped.md', '--format', 'json'], { input });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect((JSON.parse(r.stdout) as ClaimOut[]).map((c) => `${c.file}:${c.line}:${c.column}`)).toEqual(['piped.md:3:42']);
  });

  it('refuses the check command’s options before its name instead of ignoring them', () => {
    const r = cli(['--format', 'json', 'claims', 'conflict']);
    expect(r).toEqual({ status: 2, stdout: '', stderr: "claimcheck: --format: options go after the command's name (claimcheck claims ... --format ...)\n" });
  });
});

describe('facts', () => {
  it('prints the fact sheet as JSON (--format json) and Markdown (-f markdown)', () => {
    const id = ids.conflict;
    const json = cli(['facts', 'conflict', '--format', 'json']);
    expect(json.status).toBe(0);
    const source = (file: string, line: number, column: number) => ({ file, line, column, source: 'prose', modality: 'asserted', derived: false });
    expect(JSON.parse(json.stdout)).toEqual({
      version: 1,
      facts: [
        {
          entity: { id: 'acme/widget', name: 'acme/widget', type: 'repository' },
          attribute: 'github.stars',
          status: 'conflict',
          conflicts: [`numeric-mismatch:${id}`],
          values: [
            { value: 'over 3,000', conflict: true, sources: [source('conflict/a.md', 3, 34)] },
            { value: 'over 9,000', conflict: true, sources: [source('conflict/b.md', 3, 42)] },
          ],
        },
      ],
    });

    expect(cli(['facts', '-f', 'markdown', 'conflict'])).toEqual({
      status: 0,
      stdout: [
        '# claimcheck fact sheet',
        '',
        '| entity | attribute | value | sources | status |',
        '|---|---|---|---|---|',
        '| acme/widget | github.stars | over 3,000 | conflict/a.md:3:34 | **conflict** (numeric-mismatch) |',
        '|  |  | over 9,000 | conflict/b.md:3:42 | **conflict** (numeric-mismatch) |',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it("keeps a relational figure's parties apart, and marks both sides of one deal told from either party", () => {
    const json = cli(['facts', 'deals', '-c', 'deals/.claimcheckrc.yml', '--format', 'json']);
    expect(json.status).toBe(0);
    const facts = (JSON.parse(json.stdout) as { facts: { entity: { id: string }; attribute: string; counterpart?: { id: string }; status: string; values: { value: string }[] }[] }).facts;
    expect(facts.map((f) => [f.entity.id, f.attribute, f.counterpart?.id ?? null, f.status, f.values.map((v) => v.value)])).toEqual([
      ['corvane', 'deal.value', 'halden-systems', 'conflict', ['$61 billion']],
      ['corvane', 'stake', 'orbis-partners', 'agree', ['12%']],
      ['halden-systems', 'deal.value', 'corvane', 'conflict', ['$69 billion']],
    ]);
    expect(cli(['facts', 'deals', '-c', 'deals/.claimcheckrc.yml']).stdout.split('\n')[1]).toBe(
      '  deal.value (with Halden Systems) $61 billion      deals/closing.md:3:30  ✖ conflict (numeric-mismatch)',
    );
  });

  it('refuses a format it does not have with its own choices', () => {
    const r = cli(['facts', 'conflict', '--format', 'table']);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain("error: option '-f, --format <format>' argument 'table' is invalid. Allowed choices are pretty, markdown, json.");
  });
});

describe('explain', () => {
  it('prints one conflict as text, and as JSON with --format json', () => {
    const id = ids.conflict;
    const text = cli(['explain', id.slice(0, 8), 'conflict']);
    expect([text.status, text.stderr]).toEqual([0, '']);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([`error numeric-mismatch ${id}`, '  acme/widget GitHub stars: over 3,000 vs over 9,000']);
    expect(text.stdout).toContain('\nclaim 2:\n  at:        conflict/b.md:3:42 (prose, asserted)\n  quote:     “over 9,000 stars”\n');

    const json = cli(['explain', id, 'conflict', '--format', 'json']);
    expect([json.status, json.stderr]).toEqual([0, '']);
    const explained = JSON.parse(json.stdout) as { conflict: { id: string; rule: string }; claims: { claim: ClaimOut; reading: string }[] };
    expect([explained.conflict.id, explained.conflict.rule]).toEqual([id, 'numeric-mismatch']);
    expect(explained.claims.map((c) => [c.claim.file, c.reading])).toEqual([
      ['conflict/a.md', 'compared as 3,000 to 4,000'],
      ['conflict/b.md', 'compared as 9,000 to 10,000'],
    ]);
  });

  it('finds a conflict that only the config given with -c makes', () => {
    const id = ids.pack;
    const r = cli(['explain', id, '-c', 'pack/.claimcheckrc.yml', 'pack/articles']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')[0]).toBe(`error numeric-mismatch ${id}`);
    expect(cli(['explain', id, 'pack/articles'])).toEqual({ status: 2, stdout: '', stderr: `claimcheck: no conflict with id ${id} in these files\n` });
  });

  it('takes @N for the report\'s Nth conflict, in the order the report lists them', () => {
    const first = cli(['explain', '@1', 'conflict']);
    expect([first.status, first.stderr, first.stdout.split('\n')[0]]).toEqual([0, '', `error numeric-mismatch ${ids.conflict}`]);
    expect(cli(['explain', '@2', 'conflict'])).toEqual({ status: 2, stdout: '', stderr: 'claimcheck: no conflict with id @2 in these files\n' });
  });
});

describe('vocabulary', () => {
  interface Vocab {
    packs: string[];
    entityTypes: { type: string; entities: number }[];
    attributes: { id: string; kind: string; unit?: string; subjects: string[]; pack?: string; values?: { id: string; synonyms: string[]; broader?: string[] }[] }[];
    events: { id: string; claimAttribute: string; participantTypes: string[] }[];
  }
  const vocab = (args: string[]) => {
    const r = cli(['vocabulary', ...args, '--format', 'json']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    return JSON.parse(r.stdout) as Vocab;
  };

  it("lists the built-in pack's entity types, attributes and events by the ids a pack names", () => {
    const v = vocab([]);
    expect(v.packs).toEqual(['ai-industry']);
    expect(v.entityTypes.map((t) => t.type)).toEqual(['model', 'organization', 'family', 'repository']);
    expect(v.attributes.find((a) => a.id === 'team.size')).toMatchObject({ kind: 'quantity', subjects: ['organization'] });
    expect(v.events.find((e) => e.id === 'funding-round')).toMatchObject({ claimAttribute: 'event.funding-round', participantTypes: ['organization', 'unknown'] });
    // Each category value with its synonyms (and group, makers, broader values): all a pack needs to extend it or copy it.
    expect(v.attributes.find((a) => a.id === 'licence')!.values![0]).toEqual({ id: 'MIT', synonyms: ['MIT License', 'MIT licence', 'MIT license', 'MIT'], broader: ['open'] });
  });

  it("lists the built-in pack's entities (json always, text with --all), and with --all every trigger and header", () => {
    const v = vocab([]) as Vocab & { entities: { id: string; name: string; type: string; aliases: string[]; family?: string }[] };
    expect(v.entities.find((e) => e.id === 'qwen2.5-72b')).toEqual({ id: 'qwen2.5-72b', name: 'Qwen2.5-72B', type: 'model', aliases: ['Qwen2.5-72B', 'Qwen2.5 72B'], family: 'qwen2.5' });
    expect(v.entities.filter((e) => e.type === 'organization').length).toBe(v.entityTypes.find((t) => t.type === 'organization')!.entities);
    const text = cli(['vocabulary', '--all']).stdout.split('\n');
    expect(text).toContain('    Qwen2.5-72B (qwen2.5-72b); aliases: Qwen2.5-72B, Qwen2.5 72B; member of qwen2.5');
    expect(text).toContain('    OpenAI (openai); aliases: OpenAI');
    expect(text.find((l) => l.includes('triggers: total parameters,'))).not.toMatch(/in all/u);
    expect(cli(['vocabulary']).stdout).not.toContain('(openai)');
  });

  it("adds the config's packs (-c), naming the pack each attribute comes from", () => {
    const v = vocab(['-c', 'pack/.claimcheckrc.yml']);
    expect(v.packs).toEqual(['ai-industry', 'rockets']);
    expect(v.entityTypes.find((t) => t.type === 'rocket')).toEqual({ type: 'rocket', headers: [], entities: 1 });
    expect(v.attributes.find((a) => a.id === 'rocket.height')).toMatchObject({ kind: 'quantity', unit: 'metre', subjects: ['rocket'], pack: 'rockets' });
    const text = cli(['vocabulary', '-c', 'pack/.claimcheckrc.yml']);
    expect(text.stdout.split('\n')).toContain('  rocket        1 entity; headers: —');
    expect(text.stdout).toMatch(/\n {2}rocket\.height +quantity in metre; describes rocket; from rockets\n +triggers: tall, height; headers: height\n/u);
  });
});
