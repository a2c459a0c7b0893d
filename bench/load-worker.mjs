// Runs autocannon in a worker thread for lib.mjs loadTest(): a warm-up, then the measured run.
import autocannon from 'autocannon';
import { parentPort, workerData } from 'node:worker_threads';

const { request, seconds, warmupSeconds, connections } = workerData;
const options = { ...request, connections };
if (warmupSeconds > 0) await autocannon({ ...options, duration: warmupSeconds });
const result = await autocannon({ ...options, duration: seconds });
parentPort.postMessage({
  // (inside a worker thread autocannon returns its raw counters, not the aggregated summary)
  requestsPerSecond: (result.totalCompletedRequests ?? result.requests.total) / result.duration,
  non2xx: result.non2xx,
  errors: result.errors,
});
