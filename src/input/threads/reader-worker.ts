// A worker thread's entry: compiles the pack it is given once, then reads each document it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { readDocument } from '../../check/index.js';
import { compileLexicon } from '../../packs/lexicon.js';
import type { Pack } from '../../packs/types.js';
import type { ReaderReply, ReaderRequest } from './pool.js';

const lexicon = compileLexicon((workerData as { pack: Pack }).pack);

parentPort!.on('message', ({ id, file, text }: ReaderRequest) => {
  let reply: ReaderReply;
  try {
    reply = { id, reading: readDocument({ file, text }, lexicon) };
  } catch (error) {
    // An internal error: the main thread reports it as a crash, as it would its own.
    reply = { id, failure: { message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack } };
  }
  parentPort!.postMessage(reply);
});
