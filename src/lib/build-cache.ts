import { join } from 'node:path';

/**
 * Where a build keeps what the next build need not make again (parsed pages, compiled MDX, search
 * terms, social images, the service worker's code, the previous result files), relative to the
 * project's root. Never committed; deleting it only costs the next build its head start.
 */
export const BUILD_CACHE = join('node_modules', '.cache', 'kennisbank');

/** A path in the build cache of the project at `root`. */
export const buildCachePath = (root: string, ...parts: string[]): string => join(root, BUILD_CACHE, ...parts);
