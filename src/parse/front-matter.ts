// Front matter: gray-matter with YAML only (its JavaScript engines are off) and no cache.
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The text after the front matter. */
  body: string;
  /** Where `body` starts in the original text. */
  bodyOffset: number;
}

export class FrontMatterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrontMatterError';
  }
}

const refuse = (language: string) => () => {
  throw new FrontMatterError(`front matter in ${language} is not allowed (it would run code); use YAML`);
};

const yamlEngine = (text: string): object => {
  try {
    // Warnings (an unknown tag such as `!x`) would go to stderr through process.emitWarning, article text and all.
    const data: unknown = parseYaml(text, { logLevel: 'error' });
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {};
  } catch (error) {
    throw new FrontMatterError(`broken YAML front matter: ${(error as Error).message.split('\n')[0]}`);
  }
};

const OPTIONS = {
  engines: {
    yaml: yamlEngine,
    yml: yamlEngine,
    js: refuse('JavaScript'),
    javascript: refuse('JavaScript'),
    coffee: refuse('CoffeeScript'),
    coffeescript: refuse('CoffeeScript'),
    cson: refuse('CSON'),
  },
};

/** Splits front matter from the body. Throws FrontMatterError for broken or executable front matter. */
export function parseFrontMatter(text: string): FrontMatter {
  if (!text.startsWith('---')) return { data: {}, body: text, bodyOffset: 0 };
  // Passing options also turns off gray-matter's module-level cache.
  let file: { data: Record<string, unknown>; content: string };
  try {
    file = matter(text, OPTIONS) as unknown as typeof file;
  } catch (error) {
    if (error instanceof FrontMatterError) throw error;
    throw new FrontMatterError(`broken front matter: ${(error as Error).message.split('\n')[0]}`);
  }
  const body = file.content;
  const bodyOffset = text.endsWith(body) ? text.length - body.length : 0;
  return { data: file.data ?? {}, body: text.slice(bodyOffset), bodyOffset };
}
