import { describe, expect, it } from 'vitest';
import { inRoute, routeStepOf } from './lesson-route';

const route = {
  steps: [
    { page: '/begrippen/ervaring/', title: 'Ervaring', question: 'Wat telt als ervaring?' },
    { page: '/begrippen/ervaringskennis/#individueel-en-collectief', title: 'Ervaringskennis', question: 'Wat deel je met anderen?' },
    { page: '/cirkelmodel/', title: 'Het cirkelmodel', question: 'Waarom een cirkel?' },
  ],
};

describe('routeStepOf', () => {
  it('gives a step its number, question and the route’s neighbours, also when the step links a section', () => {
    expect(routeStepOf(route, '/begrippen/ervaringskennis/')).toEqual({
      number: 2,
      total: 3,
      question: 'Wat deel je met anderen?',
      previous: { url: '/begrippen/ervaring/', title: 'Ervaring' },
      next: { url: '/cirkelmodel/', title: 'Het cirkelmodel' },
    });
  });
  it('has no previous step at the start, no next at the end, and nothing for a page outside the route', () => {
    expect(routeStepOf(route, '/begrippen/ervaring/')?.previous).toBeUndefined();
    expect(routeStepOf(route, '/cirkelmodel/')?.next).toBeUndefined();
    expect(routeStepOf(route, '/rollen/')).toBeUndefined();
  });
});

describe('inRoute', () => {
  it('puts the route in the query, before the anchor', () => {
    expect(inRoute('/begrippen/ervaring/', 'introductie')).toBe('/begrippen/ervaring/?route=introductie');
    expect(inRoute('/begrippen/ervaringskennis/#individueel-en-collectief', 'introductie')).toBe('/begrippen/ervaringskennis/?route=introductie#individueel-en-collectief');
  });
});
