import { describe, expect, it } from 'vitest';
import { lessonInHash, lessonStepHref } from './lesson-address';
import { decodeLesson, encodeLesson, lessonText, parseLessonText, type Lesson } from './lesson-link';

const pages = new Set(['/begrippen/ervaring/', '/begrippen/ervaringskennis/', '/cirkelmodel/', '/rollen/ondersteuner/', '/begrippen/pepper/', '/kerntaken/', '/visie/waarom/', '/begrippen/herstel/', '/begrippen/stigma/', '/praktijk/ontdec/']);
const lesson: Lesson = {
  title: 'Les 3: van ervaring naar kennis',
  steps: [
    { page: '/begrippen/ervaring/', section: '', question: 'Welke ervaringen tellen volgens de bronnen?' },
    { page: '/begrippen/ervaringskennis/', section: 'individueel-en-collectief', question: 'Wat deel je met anderen?' },
    { page: '/cirkelmodel/', section: '', question: '' },
  ],
};

describe('a lesson link', () => {
  it('holds the whole lesson and reads back the same', () => {
    const code = encodeLesson(lesson);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeLesson(code, pages)).toEqual({ lesson, problems: [] });
  });

  it('stays well under 2,000 characters for ten steps with a question each', () => {
    const ten: Lesson = {
      title: 'Ervaringsdeskundigheid in de jeugdhulp: een les van twee uur voor tweedejaars',
      steps: [...pages].map((page, i) => ({ page, section: i % 2 ? 'individueel-en-collectief' : '', question: `Vraag ${i + 1}: bespreek in tweetallen wat deze pagina zegt over jouw stageplek, en noteer één voorbeeld en één twijfel.` })),
    };
    const href = `https://kennisbank-ervaringskennis.nl/voor-docenten/les/#les=${encodeLesson(ten)}`;
    expect(href.length).toBeLessThan(1200);
  });

  it('turns tabs and line breaks in the trainer’s text into spaces, so they cannot break the format', () => {
    const text = lessonText({ title: 'Titel\tmet\ntab', steps: [{ page: '/cirkelmodel/', section: '', question: 'Eén\nvraag\tmet tab' }] });
    expect(text).toBe('les1\t1\nTitel met tab\n/cirkelmodel/\t\tEén vraag met tab\n');
  });

  it('reads what it can from a link that was cut off, and says so', () => {
    const code = encodeLesson({ ...lesson, steps: [...lesson.steps, ...lesson.steps, ...lesson.steps] });
    const read = decodeLesson(code.slice(0, Math.floor(code.length * 0.7)), pages);
    expect(read.lesson.title).toBe(lesson.title);
    expect(read.lesson.steps.length).toBeGreaterThan(0);
    expect(read.lesson.steps.length).toBeLessThan(9);
    expect(read.problems[0]).toMatch(/^De link is niet compleet/);
  });

  it('reads every whole step before the cut, wherever the link is cut', () => {
    const nine = { ...lesson, steps: [...lesson.steps, ...lesson.steps, ...lesson.steps] };
    const code = encodeLesson(nine);
    let previous = 0;
    for (let cut = 10; cut < code.length; cut += 7) {
      const read = decodeLesson(code.slice(0, cut), pages);
      expect(read.lesson.steps, `cut at ${cut}`).toEqual(nine.steps.slice(0, read.lesson.steps.length));
      expect(read.lesson.steps.length).toBeGreaterThanOrEqual(previous);
      expect(read.problems[0], `cut at ${cut}`).toMatch(/^(De link is niet compleet|Deze link is geen leslink)/);
      previous = read.lesson.steps.length;
    }
    expect(previous).toBeGreaterThanOrEqual(8);
  });

  it('rejects what is not a lesson, with a message and nothing to show', () => {
    for (const code of ['', 'abc!<img src=x>', 'AAAA', '%3Cscript%3E']) {
      const read = decodeLesson(code, pages);
      expect(read.lesson.steps, code).toEqual([]);
      expect(read.problems.length, code).toBe(1);
    }
  });

  it('skips a step with an unknown page or a malformed line, and keeps text as text', () => {
    const text = 'les1\t3\n<b>Titel</b>\n/bestaat-niet/\t\tvraag\n/cirkelmodel/\t<x>\tvraag\n/cirkelmodel/\t\t<img src=x onerror=alert(1)>\n';
    const read = parseLessonText(text, pages, true);
    expect(read.lesson).toEqual({ title: '<b>Titel</b>', steps: [{ page: '/cirkelmodel/', section: '', question: '<img src=x onerror=alert(1)>' }] });
    expect(read.problems).toEqual(['Stap 1 verwijst naar een pagina die deze kennisbank niet (meer) heeft: /bestaat-niet/', 'Stap 2 is onleesbaar en is overgeslagen.']);
  });

  it('addresses a step with the lesson after the #, and reads it back', () => {
    const href = lessonStepHref(lesson.steps[1]!, 'abc-_1', 2);
    expect(href).toBe('/begrippen/ervaringskennis/#les=abc-_1&stap=2');
    expect(lessonInHash(`#${href.split('#')[1]}`)).toEqual({ code: 'abc-_1', step: 2 });
    expect(lessonInHash('#les=abc&stap=x')).toEqual({ code: 'abc', step: 0 });
    expect(lessonInHash('#individueel-en-collectief')).toBeUndefined();
  });
});
