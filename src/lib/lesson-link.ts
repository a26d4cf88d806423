import { Deflate, Inflate, strFromU8, strToU8 } from 'fflate';
import { MAX_QUESTION, MAX_STEPS, MAX_TITLE, type Lesson, type LessonStep, type ReadLesson } from './lesson-address';

export type { Lesson, LessonStep, ReadLesson } from './lesson-address';

/**
 * A trainer's own lesson, held entirely in a link: no account, nothing stored on any server.
 * The lesson is written as plain lines (format version, title, then one step a line: page path,
 * optional section, question), deflated (fflate) and written as base64url. It travels after the `#`, which browsers never send to the web server.
 *
 * Reading is forgiving and safe: a link that was cut off yields the steps that could still be
 * read and says so; an unknown page or a malformed line is skipped with a reason; titles and
 * questions are returned as plain strings for the page to show as text, never as HTML.
 */

const VERSION = 'les1';
const PATH = /^\/(?:[a-z0-9-]+\/)*$/;
const ANCHOR = /^[a-z0-9-]*$/;

/** Tabs and line breaks separate the fields; in the trainer's text they become spaces. */
const clean = (text: string, max: number) => text.replace(/[\t\r\n]+/g, ' ').trim().slice(0, max);

export function lessonText(lesson: Lesson): string {
  const steps = lesson.steps.slice(0, MAX_STEPS);
  // The number of steps goes first: a link cut off at a line break still shows it lost steps.
  const lines = [`${VERSION}\t${steps.length}`, clean(lesson.title, MAX_TITLE)];
  for (const step of steps) lines.push([step.page, step.section, clean(step.question, MAX_QUESTION)].join('\t'));
  return `${lines.join('\n')}\n`;
}

/** Parses the lesson's lines; `complete` is false when the text was cut off (its last line may be partial). */
export function parseLessonText(text: string, knownPages: ReadonlySet<string>, inflatedWhole: boolean): ReadLesson {
  let complete = inflatedWhole;
  const problems: string[] = [];
  const lines = text.split('\n');
  // Only a line followed by a line break was read whole (a cut-off text ends in a partial line).
  const whole = lines.slice(0, -1);
  const [version, declared] = (whole[0] ?? '').split('\t');
  if (version !== VERSION) {
    return { lesson: { title: '', steps: [] }, problems: ['Deze link is geen leslink van deze kennisbank, of hij is zo beschadigd dat er niets uit te lezen is.'] };
  }
  const title = whole.length > 1 ? clean(whole[1]!, MAX_TITLE) : '';
  const steps: LessonStep[] = [];
  for (const [i, line] of whole.slice(2).entries()) {
    const [page = '', section = '', question = '', ...rest] = line.split('\t');
    if (rest.length || !PATH.test(page) || !ANCHOR.test(section)) {
      problems.push(`Stap ${i + 1} is onleesbaar en is overgeslagen.`);
      continue;
    }
    if (!knownPages.has(page)) {
      problems.push(`Stap ${i + 1} verwijst naar een pagina die deze kennisbank niet (meer) heeft: ${page}`);
      continue;
    }
    if (steps.length >= MAX_STEPS) {
      problems.push(`Een les heeft hooguit ${MAX_STEPS} stappen; de rest is weggelaten.`);
      break;
    }
    steps.push({ page, section, question: clean(question, MAX_QUESTION) });
  }
  if (whole.length - 2 < Number(declared)) complete = false;
  if (!complete) problems.unshift(`De link is niet compleet (misschien afgebroken bij het kopiëren). ${steps.length ? `Wat wel te lezen was: ${steps.length} ${steps.length === 1 ? 'stap' : 'stappen'}.` : 'Er was geen stap meer uit te lezen.'}`);
  return { lesson: { title, steps }, problems };
}

/**
 * Inflates as far as the data goes: a link cut off in the middle still gives the lines before the
 * cut. (The browser's DecompressionStream gives nothing at all for a damaged stream.)
 */
function inflatePartly(input: Uint8Array): { bytes: Uint8Array; complete: boolean } {
  const chunks: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => chunks.push(chunk));
  let complete = true;
  try {
    // Small pieces, so that what decodes before any damage comes out.
    for (let i = 0; i < input.length; i += 16) inflater.push(input.subarray(i, i + 16), false);
    inflater.push(new Uint8Array(0), true);
  } catch {
    complete = false;
  }
  return { bytes: concat(chunks), complete };
}

const toBase64Url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
function fromBase64Url(text: string): Uint8Array | undefined {
  const cleaned = text.replace(/-/g, '+').replace(/_/g, '/');
  // A base64 text cut off in the middle of a group loses that group's last byte or two only.
  const usable = cleaned.slice(0, cleaned.length - (cleaned.length % 4 === 1 ? 1 : 0));
  try {
    return Uint8Array.from(atob(usable + '='.repeat((4 - (usable.length % 4)) % 4)), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** The lesson as the part of a link after `#les=`. */
export function encodeLesson(lesson: Lesson): string {
  const chunks: Uint8Array[] = [];
  const deflater = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  // A flush after each line: a link cut off later still inflates up to the last whole line.
  for (const line of lessonText(lesson).split(/(?<=\n)/)) {
    deflater.push(strToU8(line));
    deflater.flush(true);
  }
  deflater.push(new Uint8Array(0), true);
  return toBase64Url(concat(chunks));
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Reads a lesson from the part of a link after `#les=`, as far as it can be read. */
export function decodeLesson(code: string, knownPages: ReadonlySet<string>): ReadLesson {
  const bytes = /^[A-Za-z0-9_-]+$/.test(code) ? fromBase64Url(code) : undefined;
  if (!bytes?.length) return { lesson: { title: '', steps: [] }, problems: ['Deze link bevat geen les: hij is leeg of bevat tekens die in een leslink niet voorkomen.'] };
  const { bytes: text, complete } = inflatePartly(bytes);
  return parseLessonText(strFromU8(text), knownPages, complete);
}
