/**
 * Social images drawn on the machine's other cores. Painting one takes about 40 ms, and a cold
 * build draws one per page; the route asks for all of them as soon as it knows its pages
 * (getStaticPaths), so the workers paint while the main thread renders the HTML pages, and each
 * image's own request only waits for what is not done yet.
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
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly promises = new Map<string, Promise<Uint8Array>>();
  private workers = 0;
  private nextId = 0;
  private readonly size: number;
  private readonly cacheDir: string;
  private readonly workerFile: string;

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
      const worker = this.idle.pop() ?? this.start();
      if (!worker) {
        // No worker thread (an unusual runtime): draw in this thread instead.
        const job = this.queue.shift()!;
        cachedSocialImage(job.title, job.label, this.cacheDir).then(job.resolve, job.reject);
        continue;
      }
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      // A worker with work keeps the build waiting for it; an idle one does not keep it alive.
      worker.ref();
      worker.postMessage({ id: job.id, title: job.title, label: job.label, cacheDir: this.cacheDir });
    }
  }

  private start(): Worker | undefined {
    if (this.workers >= this.size) return undefined;
    let worker: Worker;
    try {
      worker = new Worker(this.workerFile);
    } catch {
      return undefined;
    }
    this.workers++;
    worker.on('message', (message: { png?: Uint8Array; error?: string }) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      if (job) {
        if (message.png) job.resolve(new Uint8Array(message.png));
        else job.reject(new Error(`sociale afbeelding voor "${job.title}" niet getekend: ${message.error}`));
      }
      worker.unref();
      this.idle.push(worker);
      this.pump();
    });
    worker.on('error', (error) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      this.workers--;
      job?.reject(error);
    });
    return worker;
  }
}
