/**
 * A static file server for the built site, as any plain static host would serve it: directory
 * index files, the 404 page, and the site mounted under a base path such as /kennisbank/.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

export interface RunningServer {
  /** Origin plus base, always ending in `/`, e.g. http://127.0.0.1:40123/kennisbank/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

async function fileFor(root: string, path: string): Promise<string | undefined> {
  const candidate = normalize(join(root, decodeURIComponent(path)));
  if (!candidate.startsWith(root)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}

export async function serve(root: string, base = '/'): Promise<RunningServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith(prefix) && `${path}/` !== prefix) {
      response.writeHead(404).end();
      return;
    }
    const inside = `/${path.slice(prefix.length)}`;
    // A directory without trailing slash redirects, as static hosts do.
    if (!inside.endsWith('/') && !extname(inside) && (await fileFor(root, `${inside}/`))) {
      response.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    const file = await fileFor(root, inside);
    const status = file ? 200 : 404;
    const body = await readFile(file ?? join(root, '404.html')).catch(() => Buffer.from('Not found'));
    response.writeHead(status, { 'content-type': TYPES[extname(file ?? '404.html')] ?? 'application/octet-stream' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
