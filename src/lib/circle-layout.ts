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

/** Breaks a label into lines of at most `width` characters, on spaces. */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
