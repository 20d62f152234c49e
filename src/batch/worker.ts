// A batch worker thread: runs the jobs it is sent, one at a time, and posts each result back.
import { parentPort } from 'node:worker_threads';
import { runTask, type TaskInput } from './task.js';

parentPort!.on('message', (input: TaskInput) => {
  void runTask(input).then((result) => parentPort!.postMessage(result));
});
