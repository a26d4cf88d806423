import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCachePath } from '../lib/build-cache.ts';

export interface OldOutputOptions {
  /**
   * Parts of the previous output that a later step of this build reuses: `path` in the old output
   * (`/zoeken/resultaten`) is moved to `to`, in place of what an earlier build left there. When the
   * old output has no such part, `to` stays as it was.
   */
  keep?: { path: string; to: string }[];
}

/**
 * Moves the previous build's output aside before Astro empties the output folder, and deletes it
 * beside the build instead of before it. Astro deletes the old files one by one before it starts
 * (a second on this machine for 1,200 files); a rename takes a moment, and the deletion then runs
 * on libuv's threads while Vite bundles. Output left by a build that was stopped goes too.
 * Last in the config's list: a build that a check stops in astro:config:setup keeps its old output.
 */
export function oldOutputAside(options: OldOutputOptions = {}): AstroIntegration {
  let deleted: Promise<unknown> = Promise.resolve();
  return {
    name: 'kennisbank:old-output',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const outDir = fileURLToPath(config.outDir);
        // Where earlier builds' output waits to be deleted.
        const aside = buildCachePath(root, 'oude-builds');
        const name = `${process.pid}-${Date.now()}`;
        if (existsSync(outDir)) {
          try {
            mkdirSync(aside, { recursive: true });
            renameSync(outDir, join(aside, name));
            options.keep?.forEach(({ path, to }, i) => {
              const part = join(aside, name, path);
              if (!existsSync(part)) return;
              if (existsSync(to)) renameSync(to, join(aside, `${name}-${i}`));
              mkdirSync(dirname(to), { recursive: true });
              renameSync(part, to);
            });
          } catch {
            // Another file system, or no rights: Astro empties the folder itself, as always.
          }
        }
        let old: string[] = [];
        try {
          old = readdirSync(aside);
        } catch {
          return;
        }
        deleted = Promise.all(old.map((entry) => rm(join(aside, entry), { recursive: true, force: true })));
      },
      'astro:build:done': async () => {
        await deleted;
      },
    },
  };
}
