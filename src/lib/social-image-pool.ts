/**
 * Social images drawn on the machine's other cores. Drawing one takes about 25 ms, and a cold
 * build draws one per page. The build asks for all of them as soon as it starts
 * (src/integrations/social-images.ts), so the workers paint while Vite bundles and the main thread
 * renders the HTML pages, and each image's own request (src/pages/og/) only waits for what is not
 * done yet.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cachedSocialImage, keptSocialImage, SOCIAL_IMAGE_CACHE } from './social-image.ts';

interface Job {
  id: number;
  title: string;
  label: string;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

const key = (title: string, label: string) => JSON.stringify([title, label]);

export class SocialImagePool {
  private readonly queue: Job[] = [];
  /** Each worker with the jobs it holds, by id. */
  private readonly workers = new Map<Worker, Map<number, Job>>();
  private readonly promises = new Map<string, Promise<Uint8Array>>();
  private nextId = 0;
  private failed = false;
  private readonly size: number;
  private readonly cacheDir: string;
  private readonly workerFile: string;
  /** Images drawn in this thread because no worker could start (0 when the workers do their job). */
  drawnHere = 0;

  /** `size` workers: by default one per core but the one this thread renders on. */
  constructor(size = Math.max(1, availableParallelism() - 1), cacheDir = join(process.cwd(), SOCIAL_IMAGE_CACHE), workerFile = join(process.cwd(), 'src/lib/social-image-worker.ts')) {
    this.size = size;
    this.cacheDir = cacheDir;
    this.workerFile = workerFile;
  }

  /** The image's PNG: from a worker, or drawn here if no worker can start. Asked twice, drawn once. */
  image(title: string, label: string): Promise<Uint8Array> {
    let promise = this.promises.get(key(title, label));
    if (!promise) {
      const kept = keptSocialImage(title, label, this.cacheDir);
      if (kept) return Promise.resolve(kept);
      promise = new Promise<Uint8Array>((resolve, reject) => {
        this.queue.push({ id: this.nextId++, title, label, resolve, reject });
      });
      this.promises.set(key(title, label), promise);
      this.pump();
    }
    return promise;
  }

  /** Starts drawing every image now; each `image()` call later picks up its own. */
  prepare(images: readonly { title: string; label: string }[]): void {
    for (const { title, label } of images) void this.image(title, label).catch(() => undefined);
  }

  private pump(): void {
    while (this.queue.length) {
      // The worker with the fewest jobs, or a new one while there are fewer than `size`.
      let worker = this.workers.size < this.size ? this.start() : undefined;
      if (!worker) worker = [...this.workers].sort((a, b) => a[1].size - b[1].size)[0]?.[0];
      if (!worker) {
        // No worker thread could start (an unusual runtime): draw in this thread instead.
        const job = this.queue.shift()!;
        this.drawnHere++;
        cachedSocialImage(job.title, job.label, this.cacheDir).then(job.resolve, job.reject);
        continue;
      }
      // Every job goes out at once, to the worker holding the fewest: a worker must never wait for
      // this thread to hand it the next one. This thread does not answer for seconds at a stretch
      // (parsing and compiling MDX, Vite bundling); with 64 jobs at a time, the one image worker
      // of a 2-core machine sat idle for 5 of a 10x build's 33 seconds.
      const jobs = this.workers.get(worker)!;
      const job = this.queue.shift()!;
      jobs.set(job.id, job);
      // A worker with work keeps the build waiting for it; an idle one does not keep it alive.
      worker.ref();
      worker.postMessage({ id: job.id, title: job.title, label: job.label, cacheDir: this.cacheDir });
    }
  }

  private start(): Worker | undefined {
    // After a worker failed, no new ones: the rest is drawn by the others, or here.
    if (this.failed) return undefined;
    let worker: Worker;
    try {
      worker = new Worker(this.workerFile);
    } catch {
      this.failed = true;
      return undefined;
    }
    const jobs = new Map<number, Job>();
    this.workers.set(worker, jobs);
    worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
      const job = jobs.get(message.id);
      jobs.delete(message.id);
      if (job) {
        if (message.png) job.resolve(new Uint8Array(message.png));
        else job.reject(new Error(`sociale afbeelding voor "${job.title}" niet getekend: ${message.error}`));
      }
      if (!jobs.size) worker.unref();
      this.pump();
    });
    worker.on('error', () => {
      this.failed = true;
      this.workers.delete(worker);
      // Its jobs go back in the queue, to another worker or to this thread (a job that fails
      // in a worker comes back as a message, not as an error of the thread).
      this.queue.unshift(...jobs.values());
      this.pump();
    });
    return worker;
  }
}

const SHARED = Symbol.for('kennisbank.socialImagePool');

/**
 * The build's one pool. The config (which starts the drawing) and the bundled image route (which
 * picks the images up) load separate copies of this module, so the pool lives on globalThis.
 */
export function socialImagePool(): SocialImagePool {
  const scope = globalThis as { [SHARED]?: SocialImagePool };
  return (scope[SHARED] ??= new SocialImagePool());
}
