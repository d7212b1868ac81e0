// The worker-thread side of the extraction pool (loaded by piscina from dist/src/pool/worker.js).
// It builds its own registry: descriptors hold functions and cannot be sent to a thread.
import { workerData } from 'piscina';
import { defaultRegistry } from '../../extractors/index.js';
import { processDocument } from './process.js';
import { encodeResults, type ExtractTask, type ExtractTaskResult, type WorkerData } from './protocol.js';

const expected = (workerData as WorkerData | undefined)?.registryVersion;
if (expected !== undefined && expected !== defaultRegistry.version) {
  throw new Error(`worker extractors (${defaultRegistry.version}) differ from the main thread's (${expected})`);
}

export default function extractBatch(task: ExtractTask): ExtractTaskResult {
  const progress = new Int32Array(task.progress);
  return encodeResults(
    task.docs.map((raw, i) => {
      Atomics.store(progress, 0, i + 1);
      return processDocument(raw, defaultRegistry);
    }),
  );
}
