// Owns running the command as a user does in the end-to-end tests: spawns `node bin/claimcheck.js`
// (the compiled CLI; `npm test` builds first) with FORCE_COLOR=0 unless told otherwise, and checks
// that stderr never holds a stack trace or an internal error. Also temp folders and the JSON schemas.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS; under NodeNext its default import is typed as the module object.
const addFormats = require('ajv-formats') as FormatsPlugin;

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The command under test; CLAIMCHECK_TEST_BIN runs the tests against another build (to see a test fail before its fix). */
export const BIN = process.env.CLAIMCHECK_TEST_BIN ?? path.join(ROOT, 'bin', 'claimcheck.js');
/** The working folder of most runs; its .claimcheckrc.yml (all defaults) stops config discovery here. */
export const FIX = path.join(ROOT, 'fixtures', 'cli');
export const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a run: no colour unless a test asks for it. */
export function env(overrides: Record<string, string | undefined> = { FORCE_COLOR: '0' }): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env };
  delete out.NO_COLOR;
  delete out.FORCE_COLOR;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** Runs the command; every run is a user's run, so stderr never holds a stack trace or an internal error. */
export function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? FIX,
    env: options.env ?? env(),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  expect(result.stderr).not.toContain('    at ');
  expect(result.stderr).not.toContain('internal error');
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temps: string[] = [];
/** A fresh folder under the system temp folder (real path: the CLI sees process.cwd() resolved); removed after its test file (test/helpers/setup.ts). */
export function tempDir(): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'claimcheck-cli-')));
  temps.push(dir);
  return dir;
}
/** Removes the folders tempDir made; called after each test file by test/helpers/setup.ts. */
export function removeTempDirs(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function copyFixture(name: string, to: string): void {
  cpSync(path.join(FIX, name), to, { recursive: true });
}

/** A validator compiled on first use: compiling the SARIF schema costs a test file most of a second. */
function lazy(make: () => ValidateFunction): ValidateFunction {
  let validate: ValidateFunction | undefined;
  const f = ((data: unknown) => (validate ??= make())(data)) as ValidateFunction;
  Object.defineProperty(f, 'errors', { get: () => validate?.errors });
  return f;
}

let reportAjv: Ajv | undefined;
function reportSchemas(): Ajv {
  if (reportAjv) return reportAjv;
  const reportSchema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8')) as AnySchemaObject;
  reportAjv = new Ajv({ allErrors: true, strict: true });
  addFormats(reportAjv);
  reportAjv.addSchema(reportSchema, 'report');
  return reportAjv;
}
export const validateReport = lazy(() => reportSchemas().getSchema('report')!);
export const validateConflict = lazy(() => reportSchemas().getSchema('report#/definitions/conflict')!);

/** The official SARIF 2.1.0 schema (draft-04, vendored in test/schemas): `id` becomes `$id`, loose mode. */
export const validateSarif = lazy(() => {
  const sarifAjv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(sarifAjv);
  const { $schema: _draft04, id: sarifId, ...sarifRest } = JSON.parse(
    readFileSync(path.join(ROOT, 'test', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'),
  ) as Record<string, unknown>;
  return sarifAjv.compile({ $id: sarifId as string, ...sarifRest });
});

export function expectValid(validate: ValidateFunction, data: unknown): void {
  const ok = validate(data);
  expect(ok ? [] : validate.errors).toEqual([]);
}

export interface JsonClaim {
  file: string;
  line: number;
  column: number;
  quote: string;
  alike?: number;
}
export interface JsonReport {
  version: number;
  files: { file: string; claims: number; errors: { code: string; message: string }[] }[];
  conflicts: { id: string; rule: string; severity: string; entity: { id: string; name: string; type: string }; attribute: string; message: string; claims: JsonClaim[] }[];
  summary: Record<string, number>;
  baseline?: { file: string; matched: number; fixed: unknown[]; grown?: { fingerprint: string; conflict: string; newClaims: { file: string; line: number; column: number }[] }[] };
  omitted?: { outsideNew?: number; quiet?: number };
}

/** Writes `content` at `rel` under `dir`, making its folders; returns the file's path. */
export function writeIn(dir: string, rel: string, content: string | Buffer): string {
  const abs = path.join(dir, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}
