/**
 * A worker thread that draws social images (src/lib/social-image-pool.ts): the main thread goes
 * on rendering pages while the other cores paint. Runs as plain Node TypeScript, outside Vite.
 */
import { parentPort } from 'node:worker_threads';
import { cachedSocialImage } from './social-image.ts';

parentPort?.on('message', async (job: { id: number; title: string; label: string; cacheDir: string }) => {
  try {
    const png = await cachedSocialImage(job.title, job.label, job.cacheDir);
    parentPort?.postMessage({ id: job.id, png }, [png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: (error as Error).message });
  }
});
