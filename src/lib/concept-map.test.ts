import { describe, expect, it } from 'vitest';
import { layoutConceptMap, mapEdges } from './concept-map';

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
});
