// The fallback entry point of a fuzzing worker thread, used when the
// precompiled bundle cannot be built (see src/experiment/worker-entry.mjs):
// registers tsx, then loads the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
