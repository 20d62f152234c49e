// A batch worker thread: runs the jobs it is sent strictly one after another (the pool sends the
// next before this one ends, so the thread never waits for the main thread) and posts each result.
import { parentPort } from 'node:worker_threads';
import { runTask, type TaskInput } from './task.js';

let queue: Promise<unknown> = Promise.resolve();

parentPort!.on('message', (input: TaskInput) => {
  queue = queue.then(() => runTask(input).then((result) => parentPort!.postMessage(result)));
});
