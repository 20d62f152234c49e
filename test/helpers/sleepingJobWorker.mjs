// Test fixture: a job-pool worker (piscina) that does no work but sleeps: a job whose body is
// heavy sleeps 1,500 ms, any other 20 ms, then answers when it started and ended. Used to check the
// pool's heavy lane without the timing of real comparisons.
import { parentPort } from 'node:worker_threads';

const HEAVY_INPUT = 256 * 1024;

export default async function run({ id, job }) {
  parentPort.postMessage({ started: id });
  const start = Date.now();
  const ms = job.body.byteLength > HEAVY_INPUT ? 1500 : 20;
  await new Promise((resolve) => setTimeout(resolve, ms));
  return { ok: true, result: { start, end: Date.now() } };
}
