import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Where a build keeps what the next build need not make again (parsed pages, compiled MDX, search
 * terms, social images, the previous result files), relative to the project's root. Never
 * committed; deleting it only costs the next build its head start.
 */
export const BUILD_CACHE = join('node_modules', '.cache', 'kennisbank');

/** A path in the build cache of the project at `root`. */
export const buildCachePath = (root: string, ...parts: string[]): string => join(root, BUILD_CACHE, ...parts);

/**
 * Writes a file of the build cache whole, making its folder: under a name of this process and
 * thread first, then renamed, so that a build stopped halfway (or a worker thread writing the
 * same file) never leaves half a file for the next build to read.
 */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}
