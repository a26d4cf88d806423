/**
 * A lesson route as its reader walks it: which step a page is, and where the route goes before
 * and after. The route travels in the address (`?route=introductie`), so a link in a lesson plan
 * opens the same way for everyone and nothing is stored anywhere.
 */

/** The query parameter that carries a route from step to step. */
export const ROUTE_PARAM = 'route';

export interface RouteStepLink {
  url: string;
  title: string;
}
export interface RouteStepContext {
  /** 1-based. */
  number: number;
  total: number;
  question: string;
  previous?: RouteStepLink | undefined;
  next?: RouteStepLink | undefined;
}
export interface RouteInput {
  steps: { page: string; title: string; question: string }[];
}

/** The page's place in the route (its first, if it occurs twice), or undefined if it is no step. */
export function routeStepOf(route: RouteInput, path: string): RouteStepContext | undefined {
  const index = route.steps.findIndex((step) => step.page.split('#')[0] === path);
  if (index < 0) return undefined;
  const link = (i: number) => {
    const step = route.steps[i];
    return step ? { url: step.page, title: step.title } : undefined;
  };
  return { number: index + 1, total: route.steps.length, question: route.steps[index]!.question, previous: link(index - 1), next: link(index + 1) };
}

/** A step's address within a route: the page with the route parameter, before any anchor. */
export function inRoute(url: string, routeId: string): string {
  const [path, hash] = url.split('#');
  return `${path}?${ROUTE_PARAM}=${encodeURIComponent(routeId)}${hash ? `#${hash}` : ''}`;
}
