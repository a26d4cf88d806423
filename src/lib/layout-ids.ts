/**
 * The element ids the layout and its components put on a page. A heading in the content must not
 * take one (the content check says so), or two elements would share an id and a link to the
 * heading would land elsewhere. Components take their ids from here, so this list cannot fall
 * behind them.
 */
export const LAYOUT_IDS = {
  main: 'inhoud',
  tableOfContents: 'op-deze-pagina',
  pageSources: 'bronnen-van-deze-pagina',
  seeAlso: 'zie-ook',
  mentionedHere: 'hier-genoemd',
  citeTitle: 'citeer-titel',
  selfTest: 'test-jezelf',
  searchField: 'zoekveld',
  searchResults: 'zoekresultaten',
  searchHint: 'zoekhint',
  circleModelTitle: 'cirkelmodel-titel',
  circleModelArrow: 'pijl',
} as const;

/** The ids of one checklist question's tick box and note (content/data/implementatie.yaml). */
export const checklistIds = (questionId: string) => ({ tick: `vraag-${questionId}`, note: `notitie-${questionId}` });

/** Every id the layout may use: its own, and those of each checklist question. */
export function reservedIds(checklistQuestionIds: readonly string[] = []): Set<string> {
  return new Set([...Object.values(LAYOUT_IDS), ...checklistQuestionIds.flatMap((id) => Object.values(checklistIds(id)))]);
}
