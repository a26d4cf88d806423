import { withBase } from '../lib/rehype-base-links';

const fetched = new Map<string, Promise<unknown>>();

/**
 * A file of the site, fetched once however often it is asked for, and read with `read`. A file
 * that can't be had rejects, and is fetched again when next asked for.
 */
export function fetchOnce<T>(base: string, path: string, read: (response: Response) => Promise<T>): Promise<T> {
  let file = fetched.get(path) as Promise<T> | undefined;
  if (!file) {
    file = fetch(withBase(base, path)).then((response) => {
      if (!response.ok) throw new Error(`${path} gaf ${response.status}`);
      return read(response);
    });
    file.catch(() => fetched.delete(path));
    fetched.set(path, file);
  }
  return file;
}

/**
 * A JSON file of the site, fetched once and only when first asked for; `fallback` when it can't
 * be had (the feature that needs it then does without, rather than failing, and doesn't ask again).
 */
export function lazyJson<T>(base: string, path: string, fallback: T): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= fetchOnce(base, path, (response) => response.json() as Promise<T>).catch(() => fallback));
}
