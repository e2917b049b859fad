import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileGlob, globProblem, readInputs } from '../src/input/collect.js';
import { decodeText } from '../src/input/decode.js';

const roots: string[] = [];

/** A fresh temp folder holding `files` (path → content); returns its absolute path. */
function fixture(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-read-'));
  roots.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return dir;
}

/** Files whose permissions a test removed, restored before clean-up. */
const locked: string[] = [];

afterAll(() => {
  for (const file of locked) fs.chmodSync(file, 0o644);
  // rmSync removes symbolic links without following them, so loops are safe here.
  for (const dir of roots) fs.rmSync(dir, { recursive: true, force: true });
});

const files = (r: { sources: { file: string }[] }): string[] => r.sources.map((s) => s.file);

const NO_FILES = 'no .md, .markdown, .mdx or .txt files found';

describe('decodeText', () => {
  it('decodes plain UTF-8', () => {
    expect(decodeText(Buffer.from('Café – 2025\n'))).toEqual({ text: 'Café – 2025\n' });
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('hello')]))).toEqual({ text: 'hello' });
  });

  it('decodes UTF-16 LE with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Über 😀\n', 'utf16le')]);
    expect(decodeText(bytes)).toEqual({ text: 'Über 😀\n' });
  });

  it('decodes UTF-16 BE with a BOM', () => {
    const body = Buffer.from('Über 😀\n', 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), body]))).toEqual({ text: 'Über 😀\n' });
  });

  it('rejects UTF-16 with an odd number of bytes', () => {
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toEqual({
      error: { code: 'invalid-utf16', message: 'not valid UTF-16 LE text (odd number of bytes)' },
    });
  });

  it('calls a NUL byte in the first 8 KiB binary', () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({
      error: { code: 'binary', message: 'binary file skipped (it contains NUL bytes)' },
    });
  });

  it('does not look for NUL bytes past the first 8 KiB', () => {
    const bytes = Buffer.concat([Buffer.alloc(8192, 'a'), Buffer.from([0])]);
    expect(decodeText(bytes)).toEqual({ text: 'a'.repeat(8192) + '\0' });
  });

  it('rejects invalid UTF-8 and says where', () => {
    const bytes = Buffer.concat([Buffer.from('ok\nstill ok\nbad '), Buffer.from([0xc3, 0x28])]);
    expect(decodeText(bytes)).toEqual({
      error: { code: 'invalid-utf8', message: 'not valid UTF-8 text (line 3, byte 16); save the file as UTF-8' },
    });
  });

  it('rejects a UTF-8 sequence truncated at the end', () => {
    expect(decodeText(Buffer.from([0x61, 0xe2, 0x82]))).toEqual({
      error: { code: 'invalid-utf8', message: 'not valid UTF-8 text (line 1, byte 1); save the file as UTF-8' },
    });
  });

  it('counts the UTF-8 BOM in the offset of a bad byte', () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff]))).toEqual({
      error: { code: 'invalid-utf8', message: 'not valid UTF-8 text (line 1, byte 4); save the file as UTF-8' },
    });
  });

  it('decodes an empty buffer to empty text', () => {
    expect(decodeText(Buffer.alloc(0))).toEqual({ text: '' });
  });
});

describe('compileGlob', () => {
  it('matches *, **, ? and braces', () => {
    expect(compileGlob('*.md')('a.md')).toBe(true);
    expect(compileGlob('*.md')('sub/a.md')).toBe(false);
    expect(compileGlob('**/*.md')('a.md')).toBe(true);
    expect(compileGlob('**/*.md')('x/y/a.md')).toBe(true);
    expect(compileGlob('a?.txt')('ab.txt')).toBe(true);
    expect(compileGlob('a?.txt')('a/.txt')).toBe(false);
    expect(compileGlob('{one,two}/*.{md,txt}')('two/x.txt')).toBe(true);
    expect(compileGlob('{one,two}/*.{md,txt}')('three/x.txt')).toBe(false);
    expect(compileGlob('docs/**')('docs/a/b.md')).toBe(true);
  });

  it('treats regex characters and unbalanced braces literally', () => {
    expect(compileGlob('a+(b).md')('a+(b).md')).toBe(true);
    expect(compileGlob('a+(b).md')('aa(b)xmd')).toBe(false);
    expect(compileGlob('{a.md')('{a.md')).toBe(true);
    expect(compileGlob('\\*.md')('*.md')).toBe(true);
    expect(compileGlob('\\*.md')('x.md')).toBe(false);
  });

  it('matches nested braces, character classes and names beyond the BMP', () => {
    expect(compileGlob('{a,b{c,d}}.md')('bd.md')).toBe(true);
    expect(compileGlob('{a,b{c,d}}.md')('b.md')).toBe(false);
    expect(compileGlob('00[0-2]*.txt')('001_x.txt')).toBe(true);
    expect(compileGlob('00[0-2]*.txt')('003_x.txt')).toBe(false);
    expect(compileGlob('[^a]*.md')('b.md')).toBe(true);
    // picomatch reads UTF-16 code units: a character beyond the BMP is two of them for `?`.
    expect(compileGlob('??.md')('😀.md')).toBe(true);
    expect(compileGlob('😀*.md')('😀x.md')).toBe(true);
  });

  it('refuses a pattern that would make the matcher backtrack: more than three wildcards in one name', () => {
    // picomatch compiles to a backtracking RegExp: "*a" 30 times against a long name would never end.
    expect(() => compileGlob('*a'.repeat(30) + '*b' + '{x,*a*a*a}'.repeat(10))).toThrow(/^glob too complex: 61 wildcards in /);
    expect(globProblem('docs/**/*draft*[0-9].md')).toBeNull();
    expect(globProblem('docs/*a*b*c*.md')).toBe('glob too complex: 4 wildcards in "*a*b*c*.md" (at most 3 in one folder or file name)');
    expect(globProblem('\\*\\*\\*\\*.md')).toBeNull();
  });
});

describe('readInputs', () => {
  it('reads files sorted by path whatever the argument order', async () => {
    const cwd = fixture({ 'b.md': 'B', 'a.txt': 'A', 'sub/c.md': 'C', 'a-b.md': 'AB' });
    const one = await readInputs(['sub/c.md', 'b.md', 'a.txt', 'a-b.md'], { cwd });
    const two = await readInputs(['a-b.md', 'a.txt', 'b.md', 'sub/c.md'], { cwd });
    expect(one).toEqual({
      sources: [
        { file: 'a-b.md', text: 'AB' },
        { file: 'a.txt', text: 'A' },
        { file: 'b.md', text: 'B' },
        { file: 'sub/c.md', text: 'C' },
      ],
      errors: [],
    });
    expect(two).toEqual(one);
  });

  it('reads a file reached twice once', async () => {
    const cwd = fixture({ 'docs/a.md': 'A', 'docs/b.md': 'B' });
    fs.symlinkSync(path.join(cwd, 'docs', 'a.md'), path.join(cwd, 'docs', 'link.md'));
    const r = await readInputs(['docs/a.md', 'docs', './docs/a.md', 'docs/*.md'], { cwd });
    expect(r).toEqual({
      sources: [
        { file: 'docs/a.md', text: 'A' },
        { file: 'docs/b.md', text: 'B' },
      ],
      errors: [],
    });
  });

  it('walks folders for the default extensions, skipping node_modules, .git and dot-folders', async () => {
    const cwd = fixture({
      'site/a.md': 'a',
      'site/b.markdown': 'b',
      'site/c.mdx': 'c',
      'site/d.txt': 'd',
      'site/E.MD': 'e',
      'site/f.js': 'f',
      'site/g.html': 'g',
      'site/.hidden.md': 'h',
      'site/sub/deep/x.md': 'x',
      'site/node_modules/pkg/readme.md': 'n',
      'site/.git/notes.md': 'g',
      'site/.drafts/draft.md': 'd',
    });
    const r = await readInputs(['site'], { cwd });
    expect(files(r)).toEqual([
      'site/.hidden.md',
      'site/E.MD',
      'site/a.md',
      'site/b.markdown',
      'site/c.mdx',
      'site/d.txt',
      'site/sub/deep/x.md',
    ]);
    expect(r.errors).toEqual([]);
  });

  it('walks the current folder with "."', async () => {
    const cwd = fixture({ 'a.md': 'a', 'sub/b.txt': 'b', 'c.js': 'c' });
    expect(files(await readInputs(['.'], { cwd }))).toEqual(['a.md', 'sub/b.txt']);
  });

  it('uses the extensions option when walking', async () => {
    const cwd = fixture({ 'a.md': 'a', 'b.rst': 'b', 'c.adoc': 'c' });
    const r = await readInputs(['.'], { cwd, extensions: ['.rst', 'adoc'] });
    expect(files(r)).toEqual(['b.rst', 'c.adoc']);
    expect(await readInputs(['.'], { cwd: fixture({ 'x.md': 'x' }), extensions: ['.rst', '.adoc'] })).toEqual({
      sources: [],
      errors: [{ file: '.', error: { code: 'no-files', message: 'no .rst or .adoc files found' } }],
    });
  });

  it('reads an explicitly named file whatever its extension', async () => {
    const cwd = fixture({ 'page.html': '<p>Hi</p>', 'notes': 'no extension' });
    expect(await readInputs(['page.html', 'notes'], { cwd })).toEqual({
      sources: [
        { file: 'notes', text: 'no extension' },
        { file: 'page.html', text: '<p>Hi</p>' },
      ],
      errors: [],
    });
  });

  it('expands globs', async () => {
    const cwd = fixture({
      'dir/a.md': 'a',
      'dir/b.txt': 'b',
      'dir/c.js': 'c',
      'dir/sub/d.md': 'd',
      'dir/sub/e.txt': 'e',
      'dir/sub/deeper/f.md': 'f',
      'dir/node_modules/g.md': 'g',
    });
    expect(files(await readInputs(['dir/**/*.md'], { cwd }))).toEqual(['dir/a.md', 'dir/sub/d.md', 'dir/sub/deeper/f.md']);
    expect(files(await readInputs(['dir/*.txt'], { cwd }))).toEqual(['dir/b.txt']);
    expect(files(await readInputs(['dir/*/?.{md,txt}'], { cwd }))).toEqual(['dir/sub/d.md', 'dir/sub/e.txt']);
    expect(files(await readInputs(['./dir/*'], { cwd }))).toEqual(['dir/a.md', 'dir/b.txt']);
    expect(files(await readInputs(['**/f.md'], { cwd }))).toEqual(['dir/sub/deeper/f.md']);
  });

  it('reports a glob that matches nothing, or only other extensions', async () => {
    const cwd = fixture({ 'dir/c.js': 'c' });
    expect(await readInputs(['dir/*.js', 'missing/**/*.md'], { cwd })).toEqual({
      sources: [],
      errors: [
        { file: 'dir/*.js', error: { code: 'no-files', message: NO_FILES } },
        { file: 'missing/**/*.md', error: { code: 'no-files', message: NO_FILES } },
      ],
    });
  });

  it('reads a file whose name looks like a glob as a file', async () => {
    const cwd = fixture({ 'what?.md': 'literal', 'whatx.md': 'other' });
    expect(files(await readInputs(['what?.md'], { cwd }))).toEqual(['what?.md']);
  });

  it('applies .claimcheckignore and the ignore option to walked and globbed files only', async () => {
    const cwd = fixture({
      '.claimcheckignore': '# comments are fine\ndrafts/\n*.txt\n!keep.txt\n',
      'docs/a.md': 'a',
      'docs/b.txt': 'b',
      'docs/keep.txt': 'k',
      'docs/old.md': 'o',
      'docs/drafts/d.md': 'd',
    });
    const r = await readInputs(['docs'], { cwd, ignore: ['docs/old.md'] });
    expect(files(r)).toEqual(['docs/a.md', 'docs/keep.txt']);
    expect(files(await readInputs(['docs/**/*'], { cwd, ignore: ['docs/old.md'] }))).toEqual(['docs/a.md', 'docs/keep.txt']);
    const explicit = await readInputs(['docs/b.txt', 'docs/drafts/d.md', 'docs/old.md'], { cwd, ignore: ['docs/old.md'] });
    expect(files(explicit)).toEqual(['docs/b.txt', 'docs/drafts/d.md', 'docs/old.md']);
  });

  it('says when ignore rules excluded every match', async () => {
    const cwd = fixture({ 'notes/a.md': 'a' });
    expect(await readInputs(['notes'], { cwd, ignore: ['*.md'] })).toEqual({
      sources: [],
      errors: [
        {
          file: 'notes',
          error: { code: 'no-files', message: `${NO_FILES} (matching files are excluded by .claimcheckignore or ignore settings)` },
        },
      ],
    });
  });

  it('reports a missing path and goes on with the rest', async () => {
    const cwd = fixture({ 'a.md': 'A' });
    expect(await readInputs(['nope.md', 'a.md', 'gone/x.md'], { cwd })).toEqual({
      sources: [{ file: 'a.md', text: 'A' }],
      errors: [
        { file: 'gone/x.md', error: { code: 'not-found', message: 'no such file or folder' } },
        { file: 'nope.md', error: { code: 'not-found', message: 'no such file or folder' } },
      ],
    });
  });

  it('reports a folder with no matching files', async () => {
    const cwd = fixture({ 'code/x.js': 'x', 'code/node_modules/y.md': 'y' });
    fs.mkdirSync(path.join(cwd, 'empty'));
    expect(await readInputs(['code', 'empty'], { cwd })).toEqual({
      sources: [],
      errors: [
        { file: 'code', error: { code: 'no-files', message: NO_FILES } },
        { file: 'empty', error: { code: 'no-files', message: NO_FILES } },
      ],
    });
  });

  it('reports a symbolic link loop and finishes the walk', async () => {
    const cwd = fixture({ 'dir/a.md': 'A', 'dir/sub/b.md': 'B', 'dir/z.md': 'Z' });
    const dir = path.join(cwd, 'dir');
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    fs.symlinkSync(dir, path.join(dir, 'sub', 'up'));
    expect(await readInputs(['dir'], { cwd })).toEqual({
      sources: [
        { file: 'dir/a.md', text: 'A' },
        { file: 'dir/sub/b.md', text: 'B' },
        { file: 'dir/z.md', text: 'Z' },
      ],
      errors: [
        { file: 'dir/loop', error: { code: 'symlink-loop', message: 'symbolic link loop: leads back to dir; not followed' } },
        { file: 'dir/sub/up', error: { code: 'symlink-loop', message: 'symbolic link loop: leads back to dir; not followed' } },
      ],
    });
  });

  it('reports a symbolic link to itself', async () => {
    const cwd = fixture();
    fs.symlinkSync(path.join(cwd, 'self.md'), path.join(cwd, 'self.md'));
    expect(await readInputs(['self.md'], { cwd })).toEqual({
      sources: [],
      errors: [
        { file: 'self.md', error: { code: 'symlink-loop', message: 'symbolic link loop (too many levels of symbolic links)' } },
      ],
    });
  });

  it('skips binary files and invalid UTF-8 with an error each', async () => {
    const cwd = fixture({
      'docs/good.md': 'fine',
      'docs/logo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'docs/latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
    });
    expect(await readInputs(['docs'], { cwd })).toEqual({
      sources: [{ file: 'docs/good.md', text: 'fine' }],
      errors: [
        {
          file: 'docs/latin1.txt',
          error: { code: 'invalid-utf8', message: 'not valid UTF-8 text (line 1, byte 3); save the file as UTF-8' },
        },
        { file: 'docs/logo.md', error: { code: 'binary', message: 'binary file skipped (it contains NUL bytes)' } },
      ],
    });
  });

  it('decodes UTF-16 files and strips a UTF-8 BOM', async () => {
    const cwd = fixture({
      'le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('little endian', 'utf16le')]),
      'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('big endian', 'utf16le').swap16()]),
      'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Title')]),
    });
    expect(await readInputs(['.'], { cwd })).toEqual({
      sources: [
        { file: 'be.txt', text: 'big endian' },
        { file: 'bom.md', text: '# Title' },
        { file: 'le.txt', text: 'little endian' },
      ],
      errors: [],
    });
  });

  it('reads an empty file as empty text', async () => {
    const cwd = fixture({ 'empty.md': '' });
    expect(await readInputs(['empty.md'], { cwd })).toEqual({ sources: [{ file: 'empty.md', text: '' }], errors: [] });
  });

  it('rejects a file over maxFileBytes', async () => {
    const cwd = fixture({ 'big.md': 'x'.repeat(3 * 1024 * 1024), 'small.md': 's' });
    expect(await readInputs(['.'], { cwd, maxFileBytes: 1024 * 1024 })).toEqual({
      sources: [{ file: 'small.md', text: 's' }],
      errors: [{ file: 'big.md', error: { code: 'too-large', message: 'file too large (3 MB; the limit is 1 MB)' } }],
    });
  });

  it('rejects a 50 MB single-line file with the default limit', async () => {
    const cwd = fixture();
    const big = path.join(cwd, 'huge.txt');
    fs.writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
    try {
      expect(await readInputs(['huge.txt'], { cwd })).toEqual({
        sources: [],
        errors: [{ file: 'huge.txt', error: { code: 'too-large', message: 'file too large (50 MB; the limit is 10 MB)' } }],
      });
    } finally {
      fs.rmSync(big, { force: true });
    }
  });

  it.runIf(process.getuid?.() !== 0)('reports a file without read permission', async () => {
    const cwd = fixture({ 'secret.md': 'hidden', 'open.md': 'open' });
    fs.chmodSync(path.join(cwd, 'secret.md'), 0o000);
    locked.push(path.join(cwd, 'secret.md'));
    expect(await readInputs(['.'], { cwd })).toEqual({
      sources: [{ file: 'open.md', text: 'open' }],
      errors: [{ file: 'secret.md', error: { code: 'unreadable', message: 'permission denied' } }],
    });
  });

  it('names files outside cwd by their absolute path', async () => {
    const outside = fixture({ 'far.md': 'far' });
    const cwd = fixture();
    expect(await readInputs([path.join(outside, 'far.md')], { cwd })).toEqual({
      sources: [{ file: path.join(outside, 'far.md'), text: 'far' }],
      errors: [],
    });
    const rel = path.relative(cwd, path.join(outside, 'far.md'));
    expect(files(await readInputs([rel], { cwd }))).toEqual([path.join(outside, 'far.md')]);
  });

  it("reads '-' from stdin under stdinFilename, sorted with the files", async () => {
    const cwd = fixture({ 'b.md': 'B' });
    let calls = 0;
    const readStdin = async (): Promise<Buffer> => {
      calls++;
      return Buffer.from('from stdin');
    };
    expect(await readInputs(['b.md', '-', '-'], { cwd, readStdin, stdinFilename: 'a-piped.md' })).toEqual({
      sources: [
        { file: 'a-piped.md', text: 'from stdin' },
        { file: 'b.md', text: 'B' },
      ],
      errors: [],
    });
    expect(calls).toBe(1);
    expect(await readInputs(['-'], { cwd, readStdin })).toEqual({ sources: [{ file: '<stdin>', text: 'from stdin' }], errors: [] });
  });

  it('reports binary or failing stdin', async () => {
    const cwd = fixture();
    expect(await readInputs(['-'], { cwd, readStdin: async () => Buffer.from([1, 0, 2]) })).toEqual({
      sources: [],
      errors: [{ file: '<stdin>', error: { code: 'binary', message: 'binary file skipped (it contains NUL bytes)' } }],
    });
    const failing = async (): Promise<Buffer> => {
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    };
    expect(await readInputs(['-'], { cwd, readStdin: failing })).toEqual({
      sources: [],
      errors: [{ file: '<stdin>', error: { code: 'unreadable', message: 'could not read standard input: i/o error' } }],
    });
  });

  it('returns nothing for no paths', async () => {
    expect(await readInputs([], { cwd: fixture() })).toEqual({ sources: [], errors: [] });
  });
});
