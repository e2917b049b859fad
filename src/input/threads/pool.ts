// Owns the worker threads that read documents: a fixed pool, each document sent to the least busy worker.
import { Worker } from 'node:worker_threads';
import type { DocumentReading } from '../../check/index.js';
import type { Pack } from '../../packs/types.js';
import type { SourceText } from '../../types.js';

export interface ReaderRequest {
  id: number;
  file: string;
  text: string;
}

export type ReaderReply = { id: number; reading: DocumentReading } | { id: number; failure: { message: string; stack?: string } };

export interface ReaderPool {
  /** Reads one document in a worker; the same reading `readDocument` gives in this thread. */
  read(source: SourceText): Promise<DocumentReading>;
  close(): Promise<void>;
}

interface Pending {
  resolve(reading: DocumentReading): void;
  reject(error: Error): void;
}

/** An error thrown in a worker, rethrown here with the worker's stack (shown with --debug). */
class WorkerFailure extends Error {
  constructor(message: string, stack: string | undefined) {
    super(message);
    if (stack) this.stack = stack;
  }
}

/** Starts `size` workers that read documents with the lexicon compiled from `pack` (plain data, cloned to each). */
export function createReaderPool(size: number, pack: Pack): ReaderPool {
  const workerFile = new URL('./reader-worker.js', import.meta.url);
  const pending = new Map<number, Pending>();
  let nextId = 0;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(workerFile, { workerData: { pack } });
    const mine = new Set<number>();
    worker.on('message', (reply: ReaderReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      mine.delete(reply.id);
      if (!waiting) return;
      if ('reading' in reply) waiting.resolve(reply.reading);
      else waiting.reject(new WorkerFailure(reply.failure.message, reply.failure.stack));
    });
    // A worker that dies takes its documents with it: each is an internal error.
    const fail = (error: Error) => {
      for (const id of mine) {
        pending.get(id)?.reject(error);
        pending.delete(id);
      }
      mine.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a reader thread stopped (exit code ${code})`)));
    return { worker, mine };
  });

  return {
    read(source) {
      const target = workers.reduce((a, b) => (b.mine.size < a.mine.size ? b : a));
      const id = nextId++;
      return new Promise<DocumentReading>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        target.mine.add(id);
        target.worker.postMessage({ id, file: source.file, text: source.text } satisfies ReaderRequest);
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
