// The claim index on the command line: `claimcheck index build|update ARCHIVE --index FILE|URL`, and the gate's `--index`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Analysis } from '../check/index.js';
import { collectInputs } from '../input/collect.js';
import { findIgnoreFile } from '../input/ignore-rules.js';
import { readDocuments, type Concurrency } from '../input/read-documents.js';
import { escapeControl } from '../report/escape.js';
import { IndexError } from '../index/store.js';
import type { Io } from './index.js';
import type { Config } from './config.js';
import type { Lexicon } from '../packs/lexicon.js';
import type { Input, InputError } from '../input/collect.js';

/** What the index commands need from the CLI: set up once there, so that this module holds no copy of it. */
export interface IndexCli {
  io: Io;
  version: string;
  /** Config, lexicon and the inputs named by `paths` (as the check command reads them). */
  prepare(paths: string[], options: { config?: string; concurrency: Concurrency }): Promise<{ config: Config; lexicon: Lexicon; inputs: Input[]; errors: InputError[] }>;
  /** A progress line on a terminal's stderr, for long runs. */
  progress(total: number): { update(done: number): void; clear(): void } | undefined;
  /** Options for the commands that read articles (config, concurrency, debug). */
  inputOptionsOn(command: Command): Command;
}

const count = (n: number) => n.toLocaleString('en-US');
const counted = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/** An option's value given on the command line to this command or (commander reads them there) to a parent. */
function optionOf<T>(command: Command, key: string): T | undefined {
  for (let c: Command | null = command; c; c = c.parent) {
    if (c.getOptionValueSource(key) === 'cli') return c.opts()[key] as T;
  }
  return command.opts()[key] as T | undefined;
}

/** The folder the config's ignore patterns are relative to (and above which no ignore file is read), as a check run has it. */
const ignoreBaseOf = (config: Config) => (config.file ? path.dirname(config.file) : undefined);

/** Lists files, folders and globs as a check run does, with the config's ignore settings and extensions. */
const listerOf = (config: Config, cwd: string) => (paths: string[]) => collectInputs(paths, { cwd, ignore: config.ignore, ignoreBase: ignoreBaseOf(config), extensions: config.extensions });

/** What decides which files a listing finds: the config's extensions and ignore patterns and their folder, and the nearest ignore file and its text. */
function listingKeyOf(config: Config, cwd: string): string {
  const base = ignoreBaseOf(config);
  const file = findIgnoreFile(path.resolve(cwd), base && path.resolve(base));
  let ignoreFile = '';
  try {
    if (file) ignoreFile = readFileSync(file, 'utf8');
  } catch {
    // unreadable: the listing reports it; nothing ignored by it
  }
  return createHash('sha256').update(JSON.stringify([config.extensions ?? null, config.ignore, base ?? null, file ?? null, ignoreFile])).digest('hex');
}

async function hashPackOf(lexicon: Lexicon): Promise<string> {
  return (await import('../input/cache.js')).hashPack(lexicon.pack);
}

/** `claimcheck index build|update`: lists the archive, reads what changed, writes the index; exit 2 when a file could not be read. */
async function runUpdate(kind: 'build' | 'update', paths: string[], command: Command, cli: IndexCli): Promise<number> {
  const { io } = cli;
  const location = optionOf<string>(command, 'index');
  if (!location) throw new IndexError(`index ${kind} needs --index FILE (a SQLite file) or --index postgres://…`);
  const options = { config: optionOf<string>(command, 'config'), concurrency: optionOf<Concurrency>(command, 'concurrency') ?? 'auto' };
  const { openStore } = await import('../index/open.js');
  const { updateIndex } = await import('../index/update.js');
  const caching = optionOf<boolean>(command, 'cache') ? await import('../input/cache.js') : undefined;
  const store = await openStore(location, { cwd: io.cwd, create: true });
  try {
    let roots = paths;
    if (roots.length === 0) {
      roots = (await store.read((r) => r.meta()))?.roots ?? [];
      if (roots.length === 0) throw new IndexError(`index ${kind}: name the archive (files, folders or globs): the index ${store.location} records none yet`);
    }
    if (roots.includes('-')) throw new IndexError(`index ${kind} reads an archive of files and folders, not standard input ('-')`);
    // Config and packs only: the archive is listed by the update, whole or only where git says it changed.
    const prepared = await cli.prepare([], options);
    const cacheLocation = optionOf<string>(command, 'cacheLocation');
    const cacheName = cacheLocation ?? caching?.DEFAULT_CACHE_LOCATION;
    const cache = caching?.openCache(path.resolve(io.cwd, cacheName!), { version: cli.version, packHash: await hashPackOf(prepared.lexicon) }, { keyFile: caching.cacheKeyFile(io.env), name: cacheName });
    let progress: ReturnType<IndexCli['progress']>;
    let result;
    try {
      result = await updateIndex(store, {
        cwd: io.cwd,
        lexicon: prepared.lexicon,
        version: cli.version,
        packHash: await hashPackOf(prepared.lexicon),
        roots,
        list: listerOf(prepared.config, io.cwd),
        listingKey: listingKeyOf(prepared.config, io.cwd),
        rebuild: kind === 'build',
        concurrency: options.concurrency,
        cache,
        onProgress: (done, total) => (progress ??= cli.progress(total))?.update(done),
      });
    } finally {
      progress?.clear();
    }
    try {
      cache?.save();
    } catch (error) {
      io.stderr.write(`claimcheck: warning: ${escapeControl((error as Error).message)}\n`);
    }
    for (const note of cache?.notes() ?? []) io.stderr.write(`claimcheck: warning: ${escapeControl(note)}\n`);
    if (result.rebuilt) io.stderr.write(`claimcheck: rebuilt the whole index: ${escapeControl(result.rebuilt)}\n`);
    for (const e of result.errors) io.stderr.write(`claimcheck: ${escapeControl(e.file)}: ${escapeControl(e.error.message)}\n`);
    const how = result.viaGit ? `; changes since ${result.viaGit.slice(0, 12)} from git` : '';
    const changes = kind === 'build' ? `${count(result.read)} read` : `${count(result.read)} read, ${count(result.removed)} removed, ${count(result.same + result.touched)} unchanged${how}`;
    io.stdout.write(`claimcheck: ${escapeControl(store.location)}: ${counted(result.files, 'file', 'files')}, ${counted(result.claims, 'claim', 'claims')} (${changes})\n`);
    return result.errors.length > 0 ? 2 : 0;
  } finally {
    await store.close();
  }
}

/** Adds `claimcheck index build|update`. */
export function addIndexCommands(program: Command, cli: IndexCli, done: (code: number) => void): void {
  const index = program.command('index').description("keep the archive's claims in an index (a SQLite file or PostgreSQL) for a fast CI gate (--index)");
  const describe = { build: 'read the whole archive into a new index', update: 'read only the files changed since the index was built or updated' };
  for (const kind of ['build', 'update'] as const) {
    cli
      .inputOptionsOn(index.command(kind).description(describe[kind]).argument(kind === 'build' ? '<paths...>' : '[paths...]', 'the archive: files, folders or globs (update: default the recorded ones)'))
      .option('--index <file|url>', 'the index: a SQLite file, or postgres://user@host/database')
      .option('--cache', 'reuse (and keep) readings of unchanged files, as the check command does')
      .option('--cache-location <path>', 'cache file for --cache (default .claimcheckcache)')
      .action(async (paths: string[], _options: unknown, command: Command) => done(await runUpdate(kind, paths, command, cli)));
  }
}

/**
 * `claimcheck NEW… --index FILE|URL`: reads only the new articles and checks them against the index.
 * The report is the one `claimcheck ARCHIVE NEW… --new NEW…` gives; stderr says what it was checked against.
 */
export async function gateAnalysis(newPaths: string[], options: { index: string; config?: string; concurrency: Concurrency; quiet?: boolean; format: string }, cli: IndexCli): Promise<{ analysis: Analysis; newFiles: Set<string> }> {
  const { io } = cli;
  const prepared = await cli.prepare(newPaths, options);
  const newFiles = new Set([...prepared.inputs.map((i) => i.file), ...prepared.errors.map((e) => e.file)]);
  const readNew = async () => {
    const read = await readDocuments(prepared.inputs, { lexicon: prepared.lexicon, concurrency: options.concurrency });
    // As the full run prints them for these articles (an archived article's warnings are not kept in the index).
    for (const reading of read.readings) {
      for (const w of reading.warnings ?? []) io.stderr.write(`claimcheck: warning: ${escapeControl(`${reading.file}:${w.line}: ${w.message}`)}\n`);
    }
    return { readings: read.readings, errors: [...prepared.errors, ...read.errors] };
  };
  const { openStore } = await import('../index/open.js');
  const { checkAgainstIndex } = await import('../index/gate.js');
  const store = await openStore(options.index, { cwd: io.cwd, create: false });
  let result;
  try {
    result = await checkAgainstIndex(store, {
      cwd: io.cwd,
      lexicon: prepared.lexicon,
      rules: prepared.config.rules,
      version: cli.version,
      packHash: await hashPackOf(prepared.lexicon),
      newFiles,
      read: readNew,
      list: listerOf(prepared.config, io.cwd),
      listingKey: listingKeyOf(prepared.config, io.cwd),
      // Only the json report lists every file; the other formats, only files with errors.
      listFiles: options.format === 'json',
      concurrency: options.concurrency,
    });
  } finally {
    await store.close();
  }
  if (result.noGit && !options.quiet) io.stderr.write(`claimcheck: note: the archive was compared file by file, not through git: ${escapeControl(result.noGit)}\n`);
  if (result.behind) io.stderr.write(`claimcheck: warning: the index is behind the archive; read from disk instead: ${escapeControl(result.behind)} (run \`claimcheck index update --index ${escapeControl(store.location)}\`)\n`);
  if (!options.quiet) {
    io.stderr.write(
      `claimcheck: checked against ${counted(result.archive.files, 'archived article', 'archived articles')} (${counted(result.archive.claims, 'claim', 'claims')}) in ${escapeControl(store.location)}; ${counted(result.looked, 'claim', 'claims')} looked up, ${count(result.read)} read (one of each stated alike); ${result.viaGit ? `the archive compared through git with ${result.viaGit.slice(0, 12)}` : 'the archive compared file by file'}\n`,
    );
  }
  return { analysis: { report: result.report, claims: [] }, newFiles };
}
