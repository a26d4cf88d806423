import { describe, expect, it } from 'vitest';
import { drawingBounds, layoutConceptMap, mapEdges, mapNeighbours } from './concept-map';

const nodes = [
  { url: '/rollen/onderzoeker/', title: 'Onderzoeker', kind: 'rol', related: ['/begrippen/ervaring/'] },
  { url: '/begrippen/ervaring/', title: 'Ervaring', kind: 'begrip', related: ['/rollen/onderzoeker/', '/begrippen/ervaringskennis/#kennis-die-je-voelt', '/visie/'] },
  { url: '/begrippen/ervaringskennis/', title: 'Ervaringskennis', kind: 'begrip', related: [] },
];

describe('mapEdges', () => {
  it('keeps each relation once, drops anchors, and ignores pages that are not on the map', () => {
    expect(mapEdges(nodes)).toEqual([
      ['/begrippen/ervaring/', '/rollen/onderzoeker/'],
      ['/begrippen/ervaring/', '/begrippen/ervaringskennis/'],
    ]);
  });
});

describe('mapNeighbours', () => {
  it('lists each node’s neighbours from either side of an edge, by title', () => {
    const edges = mapEdges(nodes).map(([from, to]) => ({ from, to }));
    const neighbours = mapNeighbours(edges, new Map(nodes.map((n) => [n.url, n.title])));
    expect(neighbours.get('/begrippen/ervaring/')).toEqual(['/begrippen/ervaringskennis/', '/rollen/onderzoeker/']);
    expect(neighbours.get('/rollen/onderzoeker/')).toEqual(['/begrippen/ervaring/']);
    expect(neighbours.has('/visie/')).toBe(false);
  });
});

describe('layoutConceptMap', () => {
  const { nodes: placed, edges } = layoutConceptMap(nodes, ['begrip', 'rol'], 100, { x: 200, y: 200 });
  it('groups nodes by kind around the circle, starting at the top', () => {
    expect(placed.map((n) => n.url)).toEqual(['/begrippen/ervaring/', '/begrippen/ervaringskennis/', '/rollen/onderzoeker/']);
    expect(placed[0]).toMatchObject({ x: 200, y: 100, label: { anchor: 'middle' } });
  });
  it('puts labels on the outside: right-hand labels start, left-hand labels end at the node', () => {
    expect(placed[1]!.label.anchor).toBe('start');
    expect(placed[2]!.label.anchor).toBe('end');
  });
  it('draws each relation as a curve through the centre', () => {
    expect(edges[0]!.path).toMatch(/^M 200 100 Q 200 200 /);
    expect(edges).toHaveLength(2);
  });
  it('names the kinds an edge joins, so that a role link looks different from a concept link', () => {
    expect(edges.map((e) => e.kinds)).toEqual(['begrip-rol', 'begrip-begrip']);
  });
});

describe('drawingBounds', () => {
  it('holds every label, also a long one that reads leftwards from a node on the left', () => {
    const { nodes: placed } = layoutConceptMap(
      [...nodes, { url: '/begrippen/zme/', title: 'Zorgprofessional met ervaringsdeskundigheid (ZME)', kind: 'rol', related: [] }],
      ['begrip', 'rol'], 100, { x: 200, y: 200 },
    );
    const box = drawingBounds(placed, 10, 0);
    for (const node of placed) {
      const width = node.title.length * 10 * 0.58;
      const start = node.label.anchor === 'end' ? node.label.x - width : node.label.anchor === 'middle' ? node.label.x - width / 2 : node.label.x;
      expect(start, node.title).toBeGreaterThanOrEqual(box.x - 0.5);
      expect(start + width, node.title).toBeLessThanOrEqual(box.x + box.width + 0.5);
    }
    expect(box.x).toBeLessThan(200 - 100 - 250);
  });
});
