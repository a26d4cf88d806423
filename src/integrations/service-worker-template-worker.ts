/**
 * A worker thread that bundles the service worker's template (service-worker-template.ts) while
 * the main thread goes on with the build. Runs as plain Node TypeScript, outside Vite.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { workerTemplate } from './service-worker-template.ts';

parentPort?.postMessage(await workerTemplate((workerData as { cacheDir: string }).cacheDir));
