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
    ['Van Erp e.a., 2023', 'een vernieuwde versie van Van Erp et al. (2023)'],
    ['Van de Bovenkamp, z.d.', 'het werk van Hester van de Bovenkamp, zonder titel of jaar'],
    ['Timmer, z.d.', 'het model van Timmer.'],
    ['Visiedocument Karakter', 'zoals het Visiedocument Karakter zegt'],
  ])('%s is found in "%s"', (label, text) => {
    expect(mentionPattern(label)?.test(text)).toBe(true);
  });

  it.each([
    ['De Beer, 2024', 'De Beer e.a., 2024'],
    ['Van Erp e.a., 2022', 'Van Erp e.a., 2023'],
    ['Keuzenkamp, 2022', 'Van Hoorn & Keuzenkamp, 2022'],
    ['Groen, 2022', 'Groenewegen, 2022'],
    ['Timmer, z.d.', 'Van Gestel-Timmermans, 2012'],
    ['Timmer, z.d.', 'Gestel-Timmer, 2012'],
  ])('%s is not found in "%s"', (label, text) => {
    expect(mentionPattern(label)?.test(text)).toBe(false);
  });

  it('has no pattern for an empty label', () => {
    expect(mentionPattern(' ')).toBeUndefined();
    expect(mentionPattern(', 2020')).toBeUndefined();
    expect(pagesMentioning(' ', [{ url: '/a/', text: 'Iets' }])).toEqual([]);
  });

  it('lists the pages that mention a work', () => {
    const pages = [
      { url: '/a/', text: 'Zie Fricker (2007).' },
      { url: '/b/', text: 'Niets.' },
    ];
    expect(pagesMentioning('Fricker, 2007', pages)).toEqual(['/a/']);
  });
});
