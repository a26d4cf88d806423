import { withBase } from '../lib/rehype-base-links';

/**
 * A JSON file of the site, fetched once and only when first asked for; `fallback` when it can't
 * be had (the feature that needs it then does without, rather than failing).
 */
export function lazyJson<T>(base: string, path: string, fallback: T): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () =>
    (promise ??= fetch(withBase(base, path))
      .then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
      .catch(() => fallback));
}
