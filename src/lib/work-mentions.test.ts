import { describe, expect, it } from 'vitest';
import { mentionPattern, pagesMentioning } from './work-mentions';

describe('mentions of cited works', () => {
  it.each([
    ['Van der Kooij & Keuzenkamp, 2018', 'naar Van der Kooij en Keuzenkamp (2018; geciteerd in'],
    ['Van der Kooij & Keuzenkamp, 2018', '(Van der Kooij & Keuzenkamp, 2018)'],
    ['Engelbertink e.a., 2021', 'door de Werkplaatsen (Engelbertink e.a., 2021; geciteerd in'],
    ['De Jonge, 2022', 'voor zich te houden (de Jonge, 2022; geciteerd in'],
    ['GGD, z.d.', 'volgens de GGD (z.d.)'],
    ['Van Erp e.a., 2022', 'Van Erp\ne.a. (2022)'],
    ['Van Slooten e.a., 2022', 'Van Slooten, Sprinkhuizen & Weerman (2022)'],
    ['Verwey-Jonker, 2022', 'Karbouniaris (2023) en Verwey-Jonker (2022)'],
  ])('%s is found in "%s"', (label, text) => {
    expect(mentionPattern(label)?.test(text)).toBe(true);
  });

  it.each([
    ['De Beer, 2024', 'De Beer e.a., 2024'],
    ['Van Erp e.a., 2022', 'Van Erp e.a., 2023'],
    ['Keuzenkamp, 2022', 'Van Hoorn & Keuzenkamp, 2022'],
    ['Groen, 2022', 'Groenewegen, 2022'],
  ])('%s is not found in "%s"', (label, text) => {
    expect(mentionPattern(label)?.test(text)).toBe(false);
  });

  it('has no pattern for a label without a year', () => {
    expect(mentionPattern('Visiedocument Karakter')).toBeUndefined();
    expect(pagesMentioning('Visiedocument Karakter', [{ url: '/a/', text: 'Visiedocument Karakter' }])).toEqual([]);
  });

  it('lists the pages that mention a work', () => {
    const pages = [
      { url: '/a/', text: 'Zie Fricker (2007).' },
      { url: '/b/', text: 'Niets.' },
    ];
    expect(pagesMentioning('Fricker, 2007', pages)).toEqual(['/a/']);
  });
});
