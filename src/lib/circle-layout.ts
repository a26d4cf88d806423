/** Geometry for the circle model: where each step sits and where the arrows between them go. */
export interface Point {
  x: number;
  y: number;
}

/** `count` points on a circle, the first at the top, going clockwise. */
export function pointsOnCircle(count: number, radius: number, center: Point): Point[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return { x: round(center.x + radius * Math.cos(angle)), y: round(center.y + radius * Math.sin(angle)) };
  });
}

/** Arc from step i to step i+1 (the last back to the first), leaving `gap` radians free around each step. */
export function arcPath(count: number, index: number, radius: number, center: Point, gap: number): string {
  const step = (2 * Math.PI) / count;
  const start = -Math.PI / 2 + step * index + gap;
  const end = -Math.PI / 2 + step * (index + 1) - gap;
  const from = { x: round(center.x + radius * Math.cos(start)), y: round(center.y + radius * Math.sin(start)) };
  const to = { x: round(center.x + radius * Math.cos(end)), y: round(center.y + radius * Math.sin(end)) };
  return `M ${from.x} ${from.y} A ${radius} ${radius} 0 0 1 ${to.x} ${to.y}`;
}

/**
 * Breaks a word that is longer than `width` at a Dutch linking s, nearest the middle
 * (ervarings-deskundigheid), or else in two; each part keeps at least four letters.
 */
export function breakLongWord(word: string, width: number): string[] {
  if (word.length <= width) return [word];
  const middle = word.length / 2;
  let best = -1;
  // A linking s follows a consonant (ervaring-s-, overheid-s-), unlike the s in "des".
  for (let i = 4; i <= word.length - 4; i++) {
    const linking = word[i - 1] === 's' && !/[aeiouy]/i.test(word[i - 2] ?? '');
    if (linking && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  }
  const cut = best > 0 ? best : Math.ceil(middle);
  return [`${word.slice(0, cut)}-`, word.slice(cut)];
}

/** Long words get a soft hyphen at their linking s, so a narrow box breaks them where Dutch would. */
export function softHyphenate(text: string, width = 16): string {
  return text.replace(/\p{L}+/gu, (word) => breakLongWord(word, width).join('').replace('-', '\u00AD'));
}

/** Breaks a label into lines of at most `width` characters, on spaces (and long words at a linking s). */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean).flatMap((w) => breakLongWord(w, width))) {
    const last = lines[lines.length - 1];
    if (last !== undefined && !last.endsWith('-') && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
