// End-to-end tests of the files the command writes (-o, --write-baseline, the cache): never over an
// article being checked, and whole or not at all (a temporary file beside the target, then a rename),
// so that a full disk, a file size limit or a signal leaves the previous file as it was.
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, env, tempDir } from './helpers/cli.js';

/** Ten repositories whose star counts disagree: ten conflicts, a JSON report of several KB. */
function corpus(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, '.claimcheckrc.yml'), '# defaults\n');
  const names = Array.from({ length: 10 }, (_, i) => `tool${i}`);
  writeFileSync(path.join(dir, 'a.md'), names.map((n) => `The repository \`acme/${n}\` has over 3,000 GitHub stars.\n`).join('\n'));
  writeFileSync(path.join(dir, 'b.md'), names.map((n) => `Since launch, \`acme/${n}\` has garnered over 9,000 stars.\n`).join('\n'));
  return dir;
}

const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('output files', () => {
  it('-o or --write-baseline naming an article being checked is refused (exit 2), the article untouched', () => {
    const dir = corpus();
    const article = readFileSync(path.join(dir, 'a.md'), 'utf8');
    symlinkSync('b.md', path.join(dir, 'link.json'));
    const cases: [string[], string][] = [
      [['-o', 'a.md'], "claimcheck: -o a.md: that is one of the articles being checked (a.md); write the report elsewhere\n"],
      [['--write-baseline', 'a.md'], 'claimcheck: --write-baseline a.md: that is one of the articles being checked (a.md); write the baseline elsewhere\n'],
      [['--output', 'link.json', '--format', 'json'], 'claimcheck: -o link.json: that is one of the articles being checked (b.md); write the report elsewhere\n'],
    ];
    for (const [args, stderr] of cases) {
      expect(cli(['.', ...args], { cwd: dir })).toEqual({ status: 2, stdout: '', stderr });
    }
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(article);
    expect(readFileSync(path.join(dir, 'b.md'), 'utf8')).toContain('over 9,000 stars');
  });

  it('a write that fails half-way (a file size limit) leaves the previous report and baseline whole, and no temporary file', () => {
    const dir = corpus();
    writeFileSync(path.join(dir, 'report.json'), '{"previous": true}\n');
    writeFileSync(path.join(dir, 'baseline.json'), '{"version": 1, "conflicts": []}\n');
    // ulimit -f 1: no file may grow past 1 KB; Node ignores SIGXFSZ, so the write fails with EFBIG.
    const limited = (args: string) =>
      spawnSync('bash', ['-c', `ulimit -f 1 && exec "${process.execPath}" "${BIN}" . ${args}`], { cwd: dir, env: env(), encoding: 'utf8', timeout: 60_000 });
    for (const [args, file, before] of [
      ['--format json -o report.json', 'report.json', '{"previous": true}\n'],
      ['--write-baseline baseline.json', 'baseline.json', '{"version": 1, "conflicts": []}\n'],
    ] as const) {
      const r = limited(args);
      expect([r.status, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toBe(`claimcheck: cannot write ${file}: file too large for this system or its limits (the file is unchanged)\n`);
      expect(readFileSync(path.join(dir, file), 'utf8')).toBe(before);
      expect(temporaries(dir)).toEqual([]);
    }
    // Without the limit, the same runs write whole files.
    expect(cli(['.', '--format', 'json', '-o', 'report.json'], { cwd: dir }).status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).conflicts).toHaveLength(10);
  });

  it('-o naming a pipe or a device (-o /dev/null) writes into it and leaves it what it was; -o naming a link writes the file it points at', async () => {
    const dir = corpus();
    const fifo = path.join(dir, 'report.pipe');
    spawnSync('mkfifo', [fifo]);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const reader = spawn('sh', ['-c', 'cat report.pipe > received.json'], { cwd: dir, stdio: 'ignore' });
    const read = new Promise((resolve) => reader.on('exit', resolve));
    // Spawned, not run in this process's thread: the reader and the writer meet at the pipe.
    const writer = spawn(process.execPath, [BIN, '.', '--format', 'json', '-o', 'report.pipe'], { cwd: dir, env: env(), stdio: 'ignore' });
    const code = await new Promise((resolve) => writer.on('exit', resolve));
    // A pipe replaced by a file would leave the reader waiting for a writer that never comes.
    const stillPipe = lstatSync(fifo).isFIFO();
    if (!stillPipe) reader.kill();
    await read;
    expect(code).toBe(1);
    expect(stillPipe).toBe(true);
    expect((JSON.parse(readFileSync(path.join(dir, 'received.json'), 'utf8')) as { conflicts: unknown[] }).conflicts.length).toBe(10);
    expect(temporaries(dir)).toEqual([]);

    writeFileSync(path.join(dir, 'kept.json'), '{}\n');
    symlinkSync('kept.json', path.join(dir, 'latest.json'));
    expect(cli(['.', '--format', 'json', '-o', 'latest.json'], { cwd: dir }).status).toBe(1);
    expect(lstatSync(path.join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect((JSON.parse(readFileSync(path.join(dir, 'kept.json'), 'utf8')) as { conflicts: unknown[] }).conflicts.length).toBe(10);
  });

  it('a SIGTERM at any moment leaves the report either as it was or whole, and no temporary file', async () => {
    const dir = corpus();
    writeFileSync(path.join(dir, 'report.json'), '{"previous": true}\n');
    for (const delay of [50, 400, 800]) {
      const child = spawn(process.execPath, [BIN, '.', '--format', 'json', '-o', 'report.json', '--cache'], { cwd: dir, env: env(), stdio: 'ignore' });
      const stopped = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGTERM');
      const end = await stopped;
      // Stopped by the signal, or done before it came.
      expect(end.signal === 'SIGTERM' || end.code === 1).toBe(true);
      const text = readFileSync(path.join(dir, 'report.json'), 'utf8');
      expect(text === '{"previous": true}\n' || (JSON.parse(text) as { conflicts: unknown[] }).conflicts.length === 10).toBe(true);
      expect(temporaries(dir)).toEqual([]);
    }
  });
});
