// The command line: options → check → formatter → output; returns the exit code. Owns all printing.
import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { analyseReadings, ruleContext, type Analysis } from '../check/index.js';
import { BaselineError, createBaseline, formatBaseline, parseBaseline } from './baseline.js';
import { ConfigError, DEFAULT_CONFIG, discoverConfig, loadConfigFile, STARTER_CONFIG, type Config } from './config.js';
import { verdict, type FailOn, type Verdict } from './exit-code.js';
import { compileLexicon, type Lexicon } from '../packs/lexicon.js';
import { BUILTIN_PACK_PATH, loadPackFile, mergePacks, packNotes, PackError } from '../packs/load.js';
import { collectInputs, type Input, type InputError } from '../input/collect.js';
import { readDocuments, type Concurrency } from '../input/read-documents.js';
import { FileReadError, fileReadError, MAX_BYTES, readRegularText } from '../input/regular-file.js';
import { boundMessage, escapeControl, neutraliseCommands } from '../report/escape.js';
import { removeTempFiles, writeFileAtomic } from '../input/atomic-write.js';
import { explainConflict, findConflict } from '../check/explain.js';
import { changedInputs, changedSince, GitError } from './changed-files.js';
import { boundErrorMessages, hideBaselined, onlyInvolving, onlySeverities } from './post-process.js';
import { rules } from '../rules/index.js';
import { addIndexCommands, gateAnalysis, type IndexCli } from './claim-index.js';
import { IndexError } from '../index/store.js';
import type { Report, Severity } from '../types.js';

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin?: AsyncIterable<Buffer | string>;
  env: Record<string, string | undefined>;
  cwd: string;
}

export const FORMATS = ['pretty', 'json', 'jsonl', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
/** Runs over this many files show a progress line on a terminal's stderr. */
const PROGRESS_THRESHOLD = 300;

export interface CheckCommandOptions {
  format: Format;
  failOn: FailOn;
  maxWarnings?: number;
  quiet: boolean;
  output?: string;
  color?: boolean;
  config?: string;
  stdinFilename?: string;
  debug?: boolean;
  new?: string[];
  changedSince?: string;
  baseline?: string;
  writeBaseline?: string;
  cache?: boolean;
  cacheLocation?: string;
  concurrency: Concurrency;
  index?: string;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Colour: --color/--no-color, then NO_COLOR, then FORCE_COLOR, then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, env: Io['env'], isTTY: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  return isTTY === true;
}

/** A user's mistake: printed as one line, exit 2. */
class UsageError extends Error {}

/** One line on stderr: `claimcheck: ` and the message, cut and escaped (boundMessage), inert in a CI log. */
function say(io: Io, message: string): void {
  io.stderr.write(neutraliseCommands(`claimcheck: ${boundMessage(message)}\n`));
}

function loadConfig(options: { config?: string }, io: Io): Config {
  const file = options.config ? path.resolve(io.cwd, options.config) : discoverConfig(io.cwd);
  return file ? loadConfigFile(file) : DEFAULT_CONFIG;
}

function loadLexicon(config: Config): Lexicon {
  const files = [...(config.builtinPack ? [BUILTIN_PACK_PATH] : []), ...config.packs];
  if (files.length === 0) throw new ConfigError(`${config.file ?? 'config'}: builtinPack is false and no packs are given`);
  return compileLexicon(mergePacks(files.map(loadPackFile)));
}

async function readAll(stream: AsyncIterable<Buffer | string> | undefined): Promise<Buffer> {
  const chunks: Buffer[] = [];
  if (stream) for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

interface Prepared {
  config: Config;
  lexicon: Lexicon;
  inputs: Input[];
  errors: InputError[];
}

interface InputOptions {
  config?: string;
  stdinFilename?: string;
  concurrency: Concurrency;
}

/** The config's ignore patterns, relative to the config file's folder. */
function ignoreOptions(config: Config): { ignore: string[]; ignoreBase?: string } {
  return { ignore: config.ignore, ignoreBase: config.file ? path.dirname(config.file) : undefined };
}

async function prepare(paths: string[], options: InputOptions, io: Io): Promise<Prepared> {
  const config = loadConfig(options, io);
  const lexicon = loadLexicon(config);
  for (const note of packNotes(lexicon.pack)) say(io, `warning: ${note}`);
  if (paths.length === 0) throw new UsageError('no paths given: name the files, folders or globs to check (claimcheck <path>...), or see claimcheck --help');
  const { inputs, errors } = await collectInputs(paths, {
    cwd: io.cwd,
    ...ignoreOptions(config),
    extensions: config.extensions,
    readStdin: () => readAll(io.stdin),
    stdinFilename: options.stdinFilename,
  });
  return { config, lexicon, inputs, errors };
}

/** "checking files… 1200/10000" on a terminal's stderr, for runs long enough to watch; never in pipes or CI logs. */
function progressLine(io: Io, total: number): { update(done: number): void; clear(): void } | undefined {
  if (io.stderr.isTTY !== true || total < PROGRESS_THRESHOLD) return undefined;
  const step = Math.max(1, Math.floor(total / 100));
  const update = (done: number) => {
    if (done === 0 || done % step === 0) io.stderr.write(`\rclaimcheck: checking files… ${done}/${total}`);
  };
  update(0);
  return { update, clear: () => io.stderr.write('\r\u001b[K') };
}

/** Reads the inputs one at a time (in threads when they are many) and analyses their claims together. */
async function analyseInputs(
  paths: string[],
  options: InputOptions & { cache?: boolean; cacheLocation?: string },
  io: Io,
  beforeReading?: (prepared: Prepared) => void,
  /** A gate's new articles among the inputs (--new, --changed-since): the others are the archive. */
  newFilesOf?: (prepared: Prepared) => Promise<Set<string>>,
): Promise<{ analysis: Analysis; prepared: Prepared; newFiles?: Set<string> }> {
  const prepared = await prepare(paths, options, io);
  beforeReading?.(prepared);
  // --cache: readings kept by content, pack and version (src/input/cache.ts); a cache that cannot be written is only a warning.
  const caching = options.cache ? await import('../input/cache.js') : undefined;
  const cacheName = options.cacheLocation ?? caching?.DEFAULT_CACHE_LOCATION;
  const cache = caching?.openCache(path.resolve(io.cwd, cacheName!), { version: packageVersion(), packHash: caching.hashPack(prepared.lexicon.pack) }, { keyFile: caching.cacheKeyFile(io.env), name: cacheName });
  const progress = progressLine(io, prepared.inputs.length);
  let read;
  try {
    read = await readDocuments(prepared.inputs, { lexicon: prepared.lexicon, cache, concurrency: options.concurrency, onProgress: progress?.update });
  } finally {
    progress?.clear();
  }
  for (const reading of read.readings) {
    for (const w of reading.warnings ?? []) io.stderr.write(`claimcheck: warning: ${escapeControl(`${reading.file}:${w.line}: ${w.message}`)}\n`);
  }
  const newFiles = await newFilesOf?.(prepared);
  const analysis = analyseReadings(read.readings, { lexicon: prepared.lexicon, rules: prepared.config.rules, ...(newFiles ? { newFiles } : {}) }, [...prepared.errors, ...read.errors]);
  try {
    cache?.save();
  } catch (error) {
    say(io, `warning: ${(error as Error).message}`);
  }
  for (const note of cache?.notes() ?? []) say(io, `warning: ${note}`);
  return { analysis: { ...analysis, report: boundErrorMessages(analysis.report) }, prepared, ...(newFiles ? { newFiles } : {}) };
}

/** The inputs `paths` name (listed with the config's extensions and ignore rules, not read) that git says changed. */
async function changedListed(paths: string[], options: InputOptions, io: Io, changed: ReadonlySet<string>): Promise<string[]> {
  const config = loadConfig(options, io);
  const { inputs } = await collectInputs(paths, { cwd: io.cwd, ...ignoreOptions(config), extensions: config.extensions });
  return changedInputs(inputs, changed, io.cwd);
}

/** The whole corpus is analysed; with --new or --changed-since, the files whose conflicts are reported. */
async function analyseForCheck(paths: string[], options: CheckCommandOptions, io: Io): Promise<{ analysis: Analysis; newFiles?: Set<string> }> {
  // git first: a bad ref is a usage error before any file is read.
  const changedFiles = options.changedSince ? changedSince(options.changedSince, io.cwd) : undefined;
  if (options.index) {
    if (paths.length === 0 && !options.new) throw new UsageError(changedFiles ? 'no paths given: name the archive\'s files or folders; --changed-since takes the new articles among them' : 'no paths given: name the new articles to check against the index');
    // The paths are the new articles; with --changed-since, the files among them that changed since the ref
    // (none changed: no new article, and the gate reports none).
    const gatePaths = changedFiles ? [...(await changedListed(paths, options, io, changedFiles)), ...(options.new ?? [])] : [...paths, ...(options.new ?? [])];
    return gateAnalysis([...new Set(gatePaths)], { ...options, index: options.index }, indexCli(io));
  }
  const outputs = [
    { option: '-o', file: options.output },
    { option: '--write-baseline', file: options.writeBaseline },
  ];
  const gate = options.new !== undefined || changedFiles !== undefined;
  const { analysis, newFiles } = await analyseInputs(
    [...new Set([...paths, ...(options.new ?? [])])],
    options,
    io,
    (p) => refuseOverwritingInputs(outputs, p.inputs, io),
    gate ? newFilesOf(options.new, changedFiles, io) : undefined,
  );
  return newFiles ? { analysis, newFiles } : { analysis };
}

/** A gate's new articles among the prepared inputs: those `--new` names, and with --changed-since those git says changed. */
function newFilesOf(news: string[] | undefined, changedFiles: ReadonlySet<string> | undefined, io: Io): (prepared: Prepared) => Promise<Set<string>> {
  return async (prepared) => {
    // The names the reader gave the --new files, so that they match the claims' places. A --new path
    // that names nothing to check (missing, or a folder of ignored files) is already an input error.
    const named = news ? await collectInputs(news, { cwd: io.cwd, ...ignoreOptions(prepared.config), extensions: prepared.config.extensions }) : { inputs: [] };
    // --changed-since: among the inputs the paths name, those changed since the ref.
    const changed = changedFiles ? changedInputs(prepared.inputs, changedFiles, io.cwd) : [];
    return new Set([...named.inputs.map((input) => input.file), ...changed]);
  };
}

async function formatReport(report: Report, options: CheckCommandOptions, io: Io, gate: Verdict): Promise<Output> {
  const toTerminal = !options.output && io.stdout.isTTY === true;
  const color = options.output ? false : useColor(options.color, io.env, io.stdout.isTTY);
  switch (options.format) {
    case 'json':
      return (await import('../report/json.js')).formatJsonChunks(report);
    case 'jsonl':
      return (await import('../report/jsonl.js')).formatJsonlChunks(report);
    case 'sarif': {
      const { formatSarif } = await import('../report/sarif.js');
      return formatSarif(report, {
        version: packageVersion(),
        rules: rules.map((r) => ({ id: r.id, description: r.meta.description, severity: r.meta.severity, url: r.meta.url })),
      });
    }
    case 'github':
      return (await import('../report/github.js')).formatGithub(report);
    case 'markdown':
      return (await import('../report/markdown.js')).formatMarkdown(report, { verdict: gate });
    default:
      return (await import('../report/pretty.js')).formatPretty(report, {
        color,
        cwd: io.cwd,
        verdict: gate,
        userPacks: loadConfig(options, io).packs.length > 0,
        // (A gate's run, of new files against an archive or an index, leaves the archive's silent files unnamed.)
        silentFiles: options.new === undefined && options.changedSince === undefined && options.index === undefined,
        // A terminal's own width; a pipe or a file gets the default, so that the output is the same everywhere.
        ...(toTerminal && io.stdout.columns ? { width: io.stdout.columns } : {}),
      });
  }
}

/** --quiet keeps conflicts at or above the gate (errors when the gate is off), as ESLint keeps only errors. */
function quietSeverities(failOn: FailOn): Severity[] {
  return failOn === 'info' ? ['error', 'warning', 'info'] : failOn === 'warning' ? ['error', 'warning'] : ['error'];
}

/** A report as one string, or in chunks (the large machine formats: never one huge string). */
type Output = string | Iterable<string>;

function emit(output: Output, options: { output?: string }, io: Io): void {
  if (!options.output) {
    for (const chunk of typeof output === 'string' ? [output] : output) io.stdout.write(chunk);
    return;
  }
  writeOutput(options.output, output, io);
}

/**
 * Writes a file the user named, whole or not at all (a temporary file beside it, then a rename: the
 * old report or baseline survives a full disk or a signal); a failure is their path's problem, not a crash.
 */
function writeOutput(file: string, output: Output, io: Io): void {
  const target = path.resolve(io.cwd, file);
  if (existsSync(target) && statSync(target).isDirectory()) throw new UsageError(`cannot write ${file}: it is a folder`);
  try {
    writeFileAtomic(target, typeof output === 'string' ? [output] : output);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = {
      ENOENT: 'no such folder',
      EISDIR: 'it is a folder',
      EACCES: 'permission denied',
      ENOSPC: 'the disk is full',
      EFBIG: 'file too large for this system or its limits',
    };
    throw new UsageError(`cannot write ${file}: ${(code && reasons[code]) ?? code ?? (error as Error).message}${existsSync(target) ? ' (the file is unchanged)' : ''}`);
  }
}

/**
 * Refuses an output file (-o, --write-baseline) that is one of the articles being checked: writing
 * the report over an article would lose it. Compared by device and inode, so links count.
 */
function refuseOverwritingInputs(targets: { option: string; file: string | undefined }[], inputs: readonly Input[], io: Io): void {
  const existing = targets.flatMap(({ option, file }) => {
    if (file === undefined) return [];
    try {
      const st = statSync(path.resolve(io.cwd, file));
      return st.isFile() ? [{ option, file, id: `${st.dev}:${st.ino}` }] : [];
    } catch {
      return [];
    }
  });
  if (existing.length === 0) return;
  for (const input of inputs) {
    let id: string;
    try {
      const st = statSync(realpathSync(path.resolve(io.cwd, input.file)));
      id = `${st.dev}:${st.ino}`;
    } catch {
      continue; // stdin, or a file that is already gone: the reader reports it
    }
    const clash = existing.find((t) => t.id === id);
    if (clash) throw new UsageError(`${clash.option} ${clash.file}: that is one of the articles being checked (${input.file}); write the ${clash.option === '-o' ? 'report' : 'baseline'} elsewhere`);
  }
}

/**
 * One stderr line per file that could not be checked. Not when the pretty report itself goes to a
 * terminal: it lists them already, and stderr shows on the same screen.
 */
function reportInputErrors(report: Report, io: Io, shownInReport = false): void {
  if (shownInReport) return;
  for (const file of report.files) {
    for (const error of file.errors) say(io, `${file.file}: ${error.message}`);
  }
}

function readBaseline(file: string, io: Io) {
  const full = path.resolve(io.cwd, file);
  let text: string;
  try {
    text = readRegularText(full, MAX_BYTES.baseline);
  } catch (error) {
    if (error instanceof FileReadError && error.code === 'not-found') {
      // The first run of a CI gate: there is no baseline until one is written and committed.
      throw new BaselineError(`${file}: no such baseline; accept the conflicts found today with \`claimcheck <paths> --write-baseline ${file}\` and commit the file`);
    }
    throw new BaselineError(`${file}: cannot read baseline (${fileReadError(error).message})`);
  }
  return parseBaseline(text, file);
}

async function runCheck(paths: string[], options: CheckCommandOptions, io: Io): Promise<number> {
  if (options.cacheLocation !== undefined) options.cache = true; // naming a cache file asks for a cache
  // Read before the articles, so that a missing or broken baseline stops the run at once.
  const baseline = options.baseline && !options.writeBaseline ? readBaseline(options.baseline, io) : undefined;
  const { analysis, newFiles } = await analyseForCheck(paths, options, io);
  let report = analysis.report;
  if (newFiles) report = onlyInvolving(newFiles)(report);
  if (options.writeBaseline) {
    const written = createBaseline(report.conflicts);
    writeOutput(options.writeBaseline, formatBaseline(written), io);
    const n = written.conflicts.length;
    say(io, `wrote ${options.writeBaseline} (${n} ${n === 1 ? 'conflict' : 'conflicts'} accepted)`);
    report = hideBaselined(written, options.writeBaseline)(report);
  } else if (baseline) {
    report = hideBaselined(baseline, options.baseline!)(report);
  }
  // --quiet hides conflicts from the output only: the gate still sees every conflict, and says so.
  const gate = verdict(report, { failOn: options.failOn, maxWarnings: options.maxWarnings, quiet: options.quiet });
  if (options.quiet) report = onlySeverities(quietSeverities(options.failOn))(report);
  emit(await formatReport(report, options, io, gate), options, io);
  reportInputErrors(report, io, options.format === 'pretty' && !options.output && io.stdout.isTTY === true);
  return gate.code;
}

function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--concurrency takes auto, off or a number of threads from 1 to 64, got "${value}"`);
  return n;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-warnings needs a whole number >= 0, got "${value}"`);
  return n;
}

/** Options every command that reads articles takes. */
function inputOptionsOn(command: Command): Command {
  return command
    .option('-c, --config <file>', 'config file (default: .claimcheckrc.yml / claimcheck.config.json found upwards)')
    .option('--stdin-filename <name>', "name used for '-' (stdin) in the report")
    .option('--concurrency <n|auto|off>', 'threads that read the files: a number, auto (when there are many files) or off', parseConcurrency, 'auto' as Concurrency)
    .option('--debug', 'print stack traces of internal errors')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR and FORCE_COLOR are honoured too)');
}

function checkOptionsOn(command: Command): Command {
  return inputOptionsOn(command)
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('pretty'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a conflict at or above this severity is found').choices(FAIL_ON).default('error'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-q, --quiet', 'report only conflicts at or above --fail-on', false)
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--new <paths...>', 'report only conflicts with a side in these files, checked against all inputs')
    .option('--changed-since <ref>', 'like --new, for the files changed since a git ref')
    .option('--baseline <file>', 'hide the conflicts recorded in this baseline; fail only on new ones')
    .option('--write-baseline <file>', 'record the current conflicts as accepted')
    .option('--cache', 'reuse the readings of unchanged files from the last run (by content, not mtime)')
    .option('--cache-location <path>', 'cache file (default .claimcheckcache; implies --cache)')
    .option('--index <file|url>', 'check the paths as new articles against a claim index (see claimcheck index build) instead of the whole archive');
}

/** Options given to the check command (the top level) before a subcommand's name: they would be ignored silently. */
function refuseOptionsBeforeCommand(program: Command, name: string): void {
  const given = program.options.filter((o) => program.getOptionValueSource(o.attributeName()) === 'cli');
  if (given.length > 0) {
    const flags = given.map((o) => o.long ?? o.short).join(', ');
    throw new UsageError(`${flags}: options go after the command's name (claimcheck ${name} ... ${given[0]!.long ?? given[0]!.short} ...)`);
  }
}

/** Builds the program; each action reports its exit code through `done`. */
export function buildProgram(io: Io, done: (code: number) => void): Command {
  const program = new Command('claimcheck')
    .description('Check articles for facts that contradict each other, within and across articles.')
    .version(packageVersion(), '-v, --version')
    .argument('[paths...]', "files, folders or globs; '-' reads stdin")
    // The check command's options are read before a subcommand's name only, so that `claims --format json`
    // and `facts -c my.yml` reach the subcommand instead of the check command's options of the same names.
    .enablePositionalOptions()
    .showHelpAfterError('(run claimcheck --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(neutraliseCommands(s)), writeErr: (s) => io.stderr.write(neutraliseCommands(s)) })
    .exitOverride();
  checkOptionsOn(program).action(async (paths: string[], options: CheckCommandOptions) => done(await runCheck(paths, options, io)));

  const subcommand = (name: string, description: string) => {
    const command = program.command(name).description(description);
    command.hook('preAction', () => refuseOptionsBeforeCommand(program, name));
    return command;
  };

  inputOptionsOn(subcommand('claims', 'print the normalised claims').argument('[paths...]', "files, folders or globs; '-' reads stdin"))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'jsonl']).default('table'))
    .action(async (paths: string[], options: InputOptions & { format: 'table' | 'json' | 'jsonl' }) => {
      const { analysis, prepared } = await analyseInputs(paths, options, io);
      const { report, claims } = analysis;
      // Which user pack bound each attribute (the built-in pack's are left unmarked).
      // The merged pack is named after its packs in load order, the built-in one first (loadLexicon): no second read.
      const builtin = prepared.config.builtinPack ? prepared.lexicon.pack.name.split('+')[0] : undefined;
      const packOf = (attribute: string) => {
        const pack = prepared.lexicon.attributes.get(attribute)?.pack;
        return pack && pack !== builtin ? pack : undefined;
      };
      io.stdout.write((await import('../report/claims.js')).formatClaims(claims, options.format, packOf));
      reportInputErrors(report, io);
      done(verdict(report, { failOn: 'none' }).code);
    });

  inputOptionsOn(subcommand('facts', 'print a fact sheet: entity × attribute, values, sources with their periods, conflict or not').argument('[paths...]', "files, folders or globs; '-' reads stdin"))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'markdown', 'json']).default('pretty'))
    .action(async (paths: string[], options: InputOptions & { format: 'pretty' | 'markdown' | 'json' }) => {
      const { report, claims } = (await analyseInputs(paths, options, io)).analysis;
      const { buildFacts, formatFacts } = await import('../report/facts.js');
      io.stdout.write(formatFacts(buildFacts(claims, report.conflicts), options.format));
      reportInputErrors(report, io);
      done(verdict(report, { failOn: 'none' }).code);
    });

  inputOptionsOn(
    subcommand('explain', 'show how a conflict was found: claims, readings, derivations, rule')
      .argument('<id>', "conflict id (or a unique prefix), or @N for the report's Nth conflict")
      .argument('[paths...]', "files, folders or globs; '-' reads stdin"),
  )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--new <paths...>', "a gate's conflict: these files are new, the archive's claims stated alike shown once, as the gate shows them")
    .action(async (id: string, paths: string[], options: InputOptions & { format: 'text' | 'json'; new?: string[] }) => {
      const { analysis: { report, claims }, prepared } = await analyseInputs([...new Set([...paths, ...(options.new ?? [])])], options, io, undefined, options.new ? newFilesOf(options.new, undefined, io) : undefined);
      const found = findConflict(report.conflicts, id);
      if (found.length !== 1) {
        reportInputErrors(report, io);
        throw new UsageError(found.length === 0 ? `no conflict with id ${id} in these files` : `${found.length} conflicts start with ${id}; give more of the id`);
      }
      const { formatExplanation } = await import('../report/explain.js');
      io.stdout.write(formatExplanation(explainConflict(found[0]!, claims, ruleContext(claims, prepared.lexicon).context), options.format));
      reportInputErrors(report, io);
      done(verdict(report, { failOn: 'none' }).code);
    });

  subcommand('vocabulary', 'print what the packs in use know: entity types, attributes and events, by the ids a pack of yours can name or override')
    .option('-c, --config <file>', 'config file (default: .claimcheckrc.yml / claimcheck.config.json found upwards)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--all', 'list every entity, and every trigger and header (json lists them always)')
    .action(async (options: { config?: string; format: 'text' | 'json'; all?: boolean }) => {
      const lexicon = loadLexicon(loadConfig(options, io));
      for (const note of packNotes(lexicon.pack)) say(io, `warning: ${note}`);
      const { buildVocabulary, formatVocabulary } = await import('../report/vocabulary.js');
      io.stdout.write(formatVocabulary(buildVocabulary(lexicon.pack), options.format, options.all === true));
      done(0);
    });

  addIndexCommands(program, indexCli(io), done);

  subcommand('init', 'write a starter .claimcheckrc.yml in the current folder')
    .option('--force', 'overwrite an existing file')
    .action((options: { force?: boolean }) => {
      const file = path.join(io.cwd, '.claimcheckrc.yml');
      if (existsSync(file) && !options.force) throw new UsageError(`${file} exists already (use --force to overwrite)`);
      writeFileSync(file, STARTER_CONFIG);
      io.stdout.write(`wrote ${path.relative(io.cwd, file) || file}\n`);
      done(0);
    });
  return program;
}

/** Signals that stop a run: temporary files are removed first, then the signal takes its course. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** What the claim index's commands (src/cli/claim-index.ts) use of this module. */
function indexCli(io: Io): IndexCli {
  const none = (options: InputOptions) => {
    const config = loadConfig(options, io);
    const lexicon = loadLexicon(config);
    for (const note of packNotes(lexicon.pack)) say(io, `warning: ${note}`);
    return { config, lexicon, inputs: [], errors: [] };
  };
  return {
    io,
    version: packageVersion(),
    prepare: async (paths, options) => (paths.length > 0 ? prepare(paths, options, io) : none(options)),
    progress: (total) => progressLine(io, total),
    inputOptionsOn,
  };
}

/** Runs the command line; resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  const onSignal = (signal: NodeJS.Signals) => {
    removeTempFiles();
    for (const s of STOP_SIGNALS) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  };
  for (const s of STOP_SIGNALS) process.on(s, onSignal);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof PackError || error instanceof BaselineError || error instanceof GitError || error instanceof IndexError) {
      say(io, error.message);
      return 2;
    }
    throw error;
  } finally {
    for (const s of STOP_SIGNALS) process.removeListener(s, onSignal);
  }
}
