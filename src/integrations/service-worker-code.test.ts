import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serviceWorkerCode } from './service-worker-code';

/** Runs `code` as a worker's script would start: a global `self` that records its event listeners. */
function start(code: string): { events: string[]; workbox: Record<string, unknown> } {
  const events: string[] = [];
  const scope: Record<string, unknown> = {
    addEventListener: (type: string) => events.push(type),
    location: { href: 'https://kennisbank.example/sw.js' },
    registration: { scope: 'https://kennisbank.example/' },
    URL,
  };
  scope.self = scope;
  runInNewContext(code, scope);
  return { events, workbox: scope.workbox as Record<string, unknown> };
}

describe('serviceWorkerCode', () => {
  const code = serviceWorkerCode([{ url: 'begrippen/pepper/index.html', revision: 'abc' }]);

  it('is one script without imports: Workbox’s browser builds, then the template’s calls', () => {
    expect(code).not.toMatch(/^\s*import\b/m);
    expect(code).not.toContain('importScripts(');
    expect(code).not.toContain('sourceMappingURL');
    expect(code.indexOf('this.workbox.core=')).toBeLessThan(code.indexOf('this.workbox.precaching='));
    expect(code).toContain('[{"url":"begrippen/pepper/index.html","revision":"abc"}]');
    expect(code).toContain('"ignoreURLParametersMatching": [/.*/]');
  });

  it('starts: sets up Workbox and listens for install, activate, fetch and the reader’s update', () => {
    const { events, workbox } = start(code);
    expect(Object.keys(workbox).sort()).toEqual(['core', 'precaching', 'routing', 'strategies']);
    expect(new Set(events)).toEqual(new Set(['install', 'activate', 'fetch', 'message']));
  });
});
