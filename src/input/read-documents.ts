// Reads every input's claims, one file at a time (in worker threads when there are many): a run keeps claims, never all the texts.
import { availableParallelism, loadavg } from 'node:os';
import { readDocument, type DocumentCache, type DocumentReading } from '../check/index.js';
import { createCompactor } from './compact.js';
import type { Lexicon } from '../packs/lexicon.js';
import type { Input, InputError } from './collect.js';
import type { ReaderPool } from './threads/pool.js';

/** Worker threads: a number of them, `auto` (as many as pay, see `threadsFor`) or `off` (this thread only). */
export type Concurrency = number | 'auto' | 'off';

/** `auto` uses threads only for runs of at least this many files: measured (npm run bench, 2 cores), 10,000 files ran 1.4× faster in two threads, 1,000 no faster. */
export const AUTO_THREADS_FROM_FILES = 2000;
/** At most this many threads under `auto`: each holds its own copy of the pack and its own heap. */
const AUTO_MAX_THREADS = 4;
/** `auto` starts the threads once this many documents had to be read (not found in the cache). */
const AUTO_AFTER_MISSES = 16;
/** Documents read but not yet back, per thread (or in all, in this thread): what bounds the texts held at once. */
const IN_FLIGHT_PER_THREAD = 16;
const IN_FLIGHT_ALONE = 8;

export interface ReadDocumentsOptions {
  lexicon: Lexicon;
  cache?: DocumentCache;
  concurrency?: Concurrency;
  /** Called after each input, with how many are done. */
  onProgress?: (done: number, total: number) => void;
}

export interface ReadDocumentsResult {
  /** In input order; a file that could not be read has an error instead. */
  readings: DocumentReading[];
  errors: InputError[];
}

/**
 * How many threads a run over `files` inputs uses: 0 means this thread alone. Never more threads than
 * files or cores, whatever was asked: each thread costs a start-up and a copy of the pack. `auto` starts
 * them only while a core is idle (`load`, the last minute's load average, at most cores - 1), as
 * `make --load-average` does: measured (npm run bench, 2 cores, load average 13), two threads then ran
 * 0.84× as fast as one at 10,000 files and cost 1.3× the CPU.
 */
export function threadsFor(concurrency: Concurrency, files: number, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') return files >= AUTO_THREADS_FROM_FILES && cores >= 2 && load <= cores - 1 ? Math.min(cores, AUTO_MAX_THREADS) : 0;
  return Math.max(0, Math.min(concurrency, files, cores));
}

/**
 * Reads each input and its claims, in order, holding only a few texts at a time. Found in the cache
 * or read here or in a worker: the reading is the same. An input that cannot be read is an error
 * in the result, never an exception; an exception is a bug (and closes the threads).
 */
export async function readDocuments(inputs: readonly Input[], options: ReadDocumentsOptions): Promise<ReadDocumentsResult> {
  const concurrency = options.concurrency ?? 'auto';
  const threads = threadsFor(concurrency, inputs.length);
  const readings: (DocumentReading | undefined)[] = new Array(inputs.length);
  const failed: (InputError | undefined)[] = new Array(inputs.length);
  const compact = createCompactor();
  let misses = 0;
  let done = 0;

  const startPool = async (): Promise<ReaderPool> => {
    const { createReaderPool } = await import('./threads/pool.js');
    return createReaderPool(threads, options.lexicon.pack);
  };
  let starting: Promise<ReaderPool> | undefined;
  const poolIfWanted = async (): Promise<ReaderPool | undefined> => {
    if (threads === 0) return undefined;
    if (!starting && (concurrency !== 'auto' || misses >= AUTO_AFTER_MISSES)) starting = startPool();
    return starting;
  };

  const readOne = async (i: number): Promise<void> => {
    const input = inputs[i]!;
    const result = await input.read();
    if ('error' in result) {
      failed[i] = { file: input.file, error: result.error };
    } else {
      const source = { file: input.file, text: result.text };
      let reading = options.cache?.get(source);
      let fromText = false;
      if (!reading) {
        misses++;
        const workers = await poolIfWanted();
        fromText = !workers;
        reading = workers ? await workers.read(source) : readDocument(source, options.lexicon);
        options.cache?.set(source, reading);
      }
      readings[i] = compact(reading, fromText);
    }
    options.onProgress?.(++done, inputs.length);
  };

  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < inputs.length) await readOne(next++);
  };
  try {
    const lanes = threads > 0 ? threads * IN_FLIGHT_PER_THREAD : IN_FLIGHT_ALONE;
    await Promise.all(Array.from({ length: Math.min(lanes, inputs.length) }, lane));
  } finally {
    if (starting) await (await starting.catch(() => undefined))?.close();
  }
  return {
    readings: readings.filter((r): r is DocumentReading => r !== undefined),
    errors: failed.filter((e): e is InputError => e !== undefined),
  };
}
