/**
 * The concept map's layout, computed at build time: nodes on a circle grouped by kind, relations
 * as curves through the middle. No graph library reaches the browser; the result is plain SVG.
 */
import { pointsOnCircle, type Point } from './circle-layout';

export interface MapNode {
  url: string;
  title: string;
  kind: string;
  related: string[];
}
export interface PlacedNode extends MapNode {
  x: number;
  y: number;
  /** Where the label goes and which way it reads, so labels stay outside the circle. */
  label: { x: number; y: number; anchor: 'start' | 'end' | 'middle' };
}
export interface MapEdge {
  from: string;
  to: string;
  path: string;
  /** The kinds it joins, sorted (`begrip-rol`): edges are drawn differently per pair of kinds. */
  kinds: string;
}
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Relations between nodes on the map, each pair once, whichever side declared it. */
export function mapEdges(nodes: MapNode[]): [string, string][] {
  const known = new Set(nodes.map((n) => n.url));
  const pairs = new Map<string, [string, string]>();
  for (const node of nodes) {
    for (const target of node.related.map((url) => url.split('#')[0]!)) {
      if (!known.has(target) || target === node.url) continue;
      const pair: [string, string] = node.url < target ? [node.url, target] : [target, node.url];
      pairs.set(pair.join(' '), pair);
    }
  }
  return [...pairs.values()];
}

/**
 * Each node's neighbours on the map, sorted by title (Dutch order): the map read as a list. From
 * the edges once, not from all edges again for each node (that grew with the square of the pages).
 */
export function mapNeighbours(edges: readonly { from: string; to: string }[], titleOf: ReadonlyMap<string, string>): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const link = (url: string, other: string) => {
    const list = lists.get(url);
    if (list) list.push(other);
    else lists.set(url, [other]);
  };
  for (const { from, to } of edges) {
    link(from, to);
    link(to, from);
  }
  for (const list of lists.values()) list.sort((a, b) => (titleOf.get(a) ?? '').localeCompare(titleOf.get(b) ?? '', 'nl'));
  return lists;
}

export function layoutConceptMap(nodes: MapNode[], kindOrder: string[], radius: number, center: Point): { nodes: PlacedNode[]; edges: MapEdge[]; bounds: Box } {
  const ordered = [...nodes].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
  const points = pointsOnCircle(ordered.length, radius, center);
  const labelPoints = pointsOnCircle(ordered.length, radius + 14, center);
  const placed = ordered.map((node, i): PlacedNode => {
    const p = points[i]!;
    const l = labelPoints[i]!;
    const dx = l.x - center.x;
    const anchor = Math.abs(dx) < radius * 0.12 ? 'middle' : dx > 0 ? 'start' : 'end';
    const dy = l.y - center.y;
    return { ...node, x: p.x, y: p.y, label: { x: l.x, y: anchor === 'middle' ? l.y + (dy > 0 ? 12 : -4) : l.y + 4, anchor } };
  });
  const at = new Map(placed.map((n) => [n.url, n]));
  const edges = mapEdges(nodes).map(([from, to]) => {
    const a = at.get(from)!;
    const b = at.get(to)!;
    return { from, to, path: `M ${a.x} ${a.y} Q ${center.x} ${center.y} ${b.x} ${b.y}`, kinds: [a.kind, b.kind].sort().join('-') };
  });
  return { nodes: placed, edges, bounds: drawingBounds(placed) };
}

/** Average width of a character of the map's labels, as a share of the font size (system sans). */
const CHAR_WIDTH = 0.58;
export const LABEL_SIZE = 15;

/**
 * The box that holds every node and every label (estimated from its length), with a margin: the
 * drawing's viewBox, so that no label is cut off and no empty band is left around the circle.
 */
export function drawingBounds(nodes: PlacedNode[], fontSize = LABEL_SIZE, margin = 12): Box {
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    const width = node.title.length * fontSize * CHAR_WIDTH;
    const start = node.label.anchor === 'start' ? node.label.x : node.label.anchor === 'end' ? node.label.x - width : node.label.x - width / 2;
    left = Math.min(left, start, node.x - 10);
    right = Math.max(right, start + width, node.x + 10);
    top = Math.min(top, node.label.y - fontSize, node.y - 10);
    bottom = Math.max(bottom, node.label.y + fontSize * 0.3, node.y + 10);
  }
  const round = (value: number) => Math.round(value);
  return { x: round(left - margin), y: round(top - margin), width: round(right - left + 2 * margin), height: round(bottom - top + 2 * margin) };
}
