// The fallback entry point of a replication worker thread, used when the
// precompiled bundle (worker-bundle.ts) cannot be built. Workers do not
// inherit the TypeScript loader of the thread that starts them (and Node 20
// ignores `--import` in a worker's execArgv), so this registers tsx itself,
// as bin/omsim.js does, before loading the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
