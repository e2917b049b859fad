// Configuration files: discovery upwards from the working directory, validation with errors that name the file and key.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { RuleSetting } from '../check/index.js';
import { rules } from '../rules/index.js';
import { FileReadError, fileReadError, MAX_BYTES, readRegularText } from '../input/regular-file.js';

export const CONFIG_NAMES = ['.claimcheckrc.yml', '.claimcheckrc.yaml', '.claimcheckrc.json', 'claimcheck.config.json'] as const;

export interface Config {
  /** The file it was read from; undefined for the defaults. */
  file?: string;
  /** Pack files, absolute. */
  packs: string[];
  /** Whether to load the built-in pack (default true). */
  builtinPack: boolean;
  rules: Record<string, RuleSetting>;
  /** gitignore-syntax patterns, relative to the config file's folder. */
  ignore: string[];
  extensions?: string[];
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_CONFIG: Config = { packs: [], builtinPack: true, rules: {}, ignore: [] };

const SETTINGS: readonly string[] = ['error', 'warning', 'info', 'off'];

/** Validates parsed config data; `file` names it in errors. */
export function validateConfig(data: unknown, file: string): Config {
  const fail = (key: string, message: string): never => {
    throw new ConfigError(`${file}: ${key}: ${message}`);
  };
  if (data === null || data === undefined) return { ...DEFAULT_CONFIG, file };
  if (typeof data !== 'object' || Array.isArray(data)) fail('(top level)', 'must be a mapping of options');
  const raw = data as Record<string, unknown>;
  const known = ['packs', 'builtinPack', 'rules', 'ignore', 'extensions'];
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) fail(key, `unknown option (expected one of: ${known.join(', ')})`);
  }
  const strings = (key: string): string[] => {
    const value = raw[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) fail(key, 'must be a list of non-empty strings');
    return value as string[];
  };
  const dir = path.dirname(file);
  const config: Config = {
    file,
    packs: strings('packs').map((p) => path.resolve(dir, p)),
    builtinPack: raw.builtinPack === undefined ? true : raw.builtinPack === true,
    rules: {},
    ignore: strings('ignore'),
  };
  if (raw.builtinPack !== undefined && typeof raw.builtinPack !== 'boolean') fail('builtinPack', 'must be true or false');
  if (raw.extensions !== undefined) {
    config.extensions = strings('extensions').map((e) => (e.startsWith('.') ? e : `.${e}`));
  }
  if (raw.rules !== undefined) {
    if (typeof raw.rules !== 'object' || raw.rules === null || Array.isArray(raw.rules)) fail('rules', 'must be a mapping of rule id to severity');
    const ids = rules.map((r) => r.id);
    for (const [id, setting] of Object.entries(raw.rules as Record<string, unknown>)) {
      if (!ids.includes(id)) fail(`rules.${id}`, `unknown rule (known rules: ${ids.join(', ')})`);
      if (typeof setting !== 'string' || !SETTINGS.includes(setting)) fail(`rules.${id}`, `must be one of ${SETTINGS.join(', ')}`);
      config.rules[id] = setting as RuleSetting;
    }
  }
  for (const pack of config.packs) {
    if (!existsSync(pack)) fail('packs', `pack file not found: ${pack}`);
  }
  return config;
}

export function loadConfigFile(file: string): Config {
  let text: string;
  try {
    text = readRegularText(file, MAX_BYTES.config);
  } catch (error) {
    const reason = error instanceof FileReadError && error.code === 'not-found' ? 'file not found' : fileReadError(error).message;
    throw new ConfigError(`${file}: cannot read config (${reason})`);
  }
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigError(`${file}: invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`);
  }
  return validateConfig(data, file);
}

/** The nearest config file in `cwd` or a folder above it. */
export function discoverConfig(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

export const STARTER_CONFIG = `# claimcheck configuration (https://github.com/claimcheck/claimcheck#configuration)
# Discovered in this folder or any folder above it; pass --config FILE to use another.

# Vocabulary packs to load after the built-in AI-industry pack (paths relative to this file).
# A pack's entities, attributes and events override the built-in ones with the same id.
packs: []
#  - ./claimcheck/my-field.yml

# Set to false to use only your own packs.
builtinPack: true

# Severity per rule: error | warning | info | off.
rules: {}
#  numeric-mismatch: error
#  categorical-exclusive: error
#  event-polarity: error

# Files to skip, in .gitignore syntax (also read from .claimcheckignore).
ignore: []
#  - drafts/

# Extensions picked up when walking folders.
# extensions: [.md, .markdown, .mdx, .txt]
`;
