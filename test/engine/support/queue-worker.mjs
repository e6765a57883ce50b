// A worker thread that runs replications of the bench queue model, so the
// queueing tests can use both cores. It loads the TypeScript sources through
// tsx, as bin/omsim.js does.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runQueueModel } = await import('../../../src/bench/queue-model.ts');

parentPort.on('message', ({ id, options }) => {
  try {
    const r = runQueueModel(options);
    parentPort.postMessage({
      id,
      summary: {
        wq: r.wq.mean,
        w: r.w.mean,
        measured: r.wq.count,
        wqByClass: r.wqByClass.map((t) => t.mean),
        lq: r.lq,
        l: r.l,
        utilisation: r.utilisation,
        measuredTime: r.measuredTime,
        arrivals: r.arrivals,
        departures: r.departures,
        inSystemAtEnd: r.inSystemAtEnd,
        inServiceAtEnd: r.inServiceAtEnd,
        inQueueAtEnd: r.inQueueAtEnd,
      },
    });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
