/**
 * The address side of a trainer's own lesson (src/lib/lesson-link.ts writes and reads the lesson
 * itself): what a lesson is, and where its steps live. Small and free of the compression code, so
 * that pages can recognise a lesson link before they load that code.
 */
export const MAX_TITLE = 120;
export const MAX_QUESTION = 400;
export const MAX_STEPS = 30;

export interface LessonStep {
  /** Site path of the page, `/begrippen/ervaring/`. */
  page: string;
  /** Anchor of a section on that page, without `#`, or empty for the whole page. */
  section: string;
  /** The trainer's question or instruction for this step (may be empty). */
  question: string;
}
export interface Lesson {
  title: string;
  steps: LessonStep[];
}
export interface ReadLesson {
  lesson: Lesson;
  /** What could not be read, in Dutch, for the reader; empty when the link was whole. */
  problems: string[];
}

/** The address of a lesson's step: the page, with the lesson and the step number after `#`. */
export function lessonStepHref(step: LessonStep, code: string, number: number): string {
  return `${step.page}#les=${code}&stap=${number}`;
}

/** Reads `#les=…&stap=n` from a location hash. */
export function lessonInHash(hash: string): { code: string; step: number } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get('les');
  if (!code) return undefined;
  const step = Number.parseInt(params.get('stap') ?? '0', 10);
  return { code, step: Number.isFinite(step) && step > 0 ? step : 0 };
}
