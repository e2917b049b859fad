// The README cannot drift from the command: every example output block (marked
// `<!-- output: claimcheck … -->`) is what the real command prints, cut the same way `npm run readme`
// cuts it (scripts/readme-blocks.js), and the Usage block names exactly the options of --help.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cut, expected, findBlocks, ROOT } from '../scripts/readme-blocks.js';
import { cli } from './helpers/cli.js';

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  const blocks = findBlocks(README);

  it('has output blocks for the quick start, explain, github, markdown, the worked pack, the vocabulary and an extending pack', () => {
    expect(blocks.map((b) => b.args.join(' '))).toEqual(['seeds/', 'explain @1 seeds/', 'seeds/ --format github', 'seeds/ --format markdown', 'claims fixtures/guide/articles --config fixtures/guide/.claimcheckrc.yml', 'fixtures/guide/articles --config fixtures/guide/.claimcheckrc.yml', 'vocabulary', 'vocabulary --all', 'claims fixtures/cli/pack-extends/ -c fixtures/cli/pack-extends/.claimcheckrc.yml']);
  });

  for (const block of blocks) {
    it(`shows what \`claimcheck ${block.args.join(' ')}\` prints (${block.keep}); npm run readme rewrites it`, () => {
      expect(block.content).toBe(expected(block));
    });
  }

  it('cuts outputs the same way every time', () => {
    const output = 'a\nb\n\nc\nd\n\ne\n\nsummary\n';
    expect(cut(output, 'all')).toBe(output);
    expect(cut(output, 'first 2 lines')).toBe('a\nb\n');
    expect(cut(output, 'first 2 blocks and the summary')).toBe('a\nb\n\nc\nd\n\nsummary\n');
    expect(cut(output, 'first 9 blocks and the summary')).toBe('a\nb\n\nc\nd\n\ne\n\nsummary\n');
    expect(() => cut(output, 'some lines')).toThrow('unknown keep');
  });

  it('gives the built-in pack\'s size as the loader counts it', async () => {
    const { BUILTIN_PACK_PATH, loadPackFile, packSize } = await import('../src/packs/load.js');
    const stated = /The built-in pack holds ([\d,]+) phrases\./.exec(README)?.[1];
    expect(stated?.replace(/,/g, '')).toBe(String(packSize(loadPackFile(BUILTIN_PACK_PATH)).phrases));
  });

  it('shows the worked pack as fixtures/guide/pack.yml holds it, which the loader accepts', async () => {
    const shown = /### A pack in ten minutes\n[\s\S]*?```yaml\n([\s\S]*?)```/.exec(README)?.[1];
    const file = path.join(ROOT, 'fixtures', 'guide', 'pack.yml');
    expect(parseYaml(shown ?? '')).toEqual(parseYaml(readFileSync(file, 'utf8')));
    const { loadPackFile } = await import('../src/packs/load.js');
    expect(loadPackFile(file).attributes.map((a) => a.id)).toEqual(['stores', 'revenue', 'selling.space']);
  });

  it('the minimal pack for another field reads a member its memberPrefixes promise, glued or spaced, and a longer number as another', () => {
    const shown = /a minimal pack for another field:\n\n```yaml\n([\s\S]*?)```/.exec(README)?.[1];
    expect(shown).toContain('memberPrefixes: [acme-x]');
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-readme-pack-'));
    writeFileSync(path.join(dir, 'pack.yml'), shown ?? '');
    writeFileSync(path.join(dir, '.claimcheckrc.yml'), 'packs: [./pack.yml]\n');
    writeFileSync(path.join(dir, 'a.md'), 'The Acme X3 Pro has a 5,000 mAh battery.\n');
    writeFileSync(path.join(dir, 'b.md'), 'The Acme X30 Pro has a 5,200 mAh battery.\n');
    const run = cli(['claims', '.', '--format', 'jsonl'], { cwd: dir });
    const claims = run.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(claims.map((c) => [c.entity.name, c.entity.type, c.value.min])).toEqual([
      ['Acme X3 Pro', 'phone', 5000],
      ['Acme X30 Pro', 'phone', 5200],
    ]);
  });

  it('the Usage block names exactly the options of claimcheck --help', () => {
    const usage = /## Usage\n\n```\n([\s\S]*?)```/.exec(README)![1]!;
    const help = cli(['--help']).stdout;
    const options = (text: string) => new Set([...text.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0]));
    const fromHelp = options(help.slice(help.indexOf('Options:'), help.indexOf('Commands:')));
    for (const standard of ['--help', '--version']) fromHelp.delete(standard);
    expect([...options(usage)].sort()).toEqual([...fromHelp].sort());
  });
});
