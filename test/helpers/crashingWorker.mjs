// Test fixture: a batch worker that dies (uncaught error) when it reaches a job named "crash",
// and otherwise runs jobs exactly as the real worker does. Used to check that a dying worker
// fails only its own job and that the jobs it held are run by its replacement.
import { parentPort } from 'node:worker_threads';
const { runTask } = await import('../../dist/src/batch/task.js');

let queue = Promise.resolve();
parentPort.on('message', ({ index, input }) => {
  queue = queue.then(async () => {
    if (input.job.name === 'crash') throw new Error('worker crashed on purpose');
    parentPort.postMessage({ index, result: await runTask(input) });
  });
});
