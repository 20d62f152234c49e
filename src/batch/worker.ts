// A batch worker thread: runs the jobs it is sent strictly one after another (the pool sends the
// next before this one ends, so the thread never waits for the main thread) and answers each.
import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './runBatch.js';
import { runTask } from './task.js';

let queue: Promise<unknown> = Promise.resolve();

parentPort!.on('message', ({ index, input }: WorkerRequest) => {
  queue = queue.then(() => runTask(input).then((result) => parentPort!.postMessage({ index, result } satisfies WorkerReply)));
});
