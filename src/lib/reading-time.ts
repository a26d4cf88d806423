/** Minutes to read a text at a calm pace (200 words a minute), at least one. MDX tags do not count. */
export function readingMinutes(text: string, wordsPerMinute = 200): number {
  const words = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
