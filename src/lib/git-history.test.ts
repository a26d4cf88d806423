import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeLog, citationDate, commitsByDay, dayOf, dutchDate, GIT_LOG_FORMAT, lastChanged, pageOfContentFile, parseGitLog, readContentHistory } from './git-history';

const R = '\x1e';
const F = '\x1f';
const log = [
  `${R}c3${F}2026-12-05T23:30:00+00:00${F}Nieuwe bron bij herstel\x1dTikfout verbeterd${F}\n\nM\tcontent/begrippen/herstel.mdx\nM\tcontent/bronnen.yaml\n`,
  `${R}c2${F}2026-12-01T10:00:00+01:00${F}${F}\n\nD\tcontent/begrippen/oud.mdx\nA\tcontent/begrippen/nieuw.mdx\nM\tcontent/begrippen/herstel.mdx\n`,
  `${R}c1${F}2026-11-01T10:00:00+01:00${F}${F}\n\nA\tcontent/begrippen/oud.mdx\nA\tcontent/begrippen/herstel.mdx\n`,
].join('');

describe('parseGitLog', () => {
  it('reads hash, date, notes and files with what happened to them', () => {
    const commits = parseGitLog(log);
    expect(commits.map((c) => c.hash)).toEqual(['c3', 'c2', 'c1']);
    expect(commits[0]!.notes).toEqual(['Nieuwe bron bij herstel', 'Tikfout verbeterd']);
    expect(commits[1]!.files).toEqual([
      { path: 'content/begrippen/oud.mdx', status: 'verwijderd' },
      { path: 'content/begrippen/nieuw.mdx', status: 'nieuw' },
      { path: 'content/begrippen/herstel.mdx', status: 'bijgewerkt' },
    ]);
  });

  it('leaves out the cut-off commit of a shallow clone, whose date is not when files changed', () => {
    expect(parseGitLog(log, new Set(['c1'])).map((c) => c.hash)).toEqual(['c3', 'c2']);
  });

  it('ignores empty output', () => {
    expect(parseGitLog('')).toEqual([]);
  });
});

describe('lastChanged', () => {
  it('gives each file the date of its newest commit, and a deleted file none', () => {
    const dates = lastChanged(parseGitLog(log));
    expect(dates.get('content/begrippen/herstel.mdx')).toBe('2026-12-05T23:30:00+00:00');
    expect(dates.get('content/begrippen/nieuw.mdx')).toBe('2026-12-01T10:00:00+01:00');
    expect(dates.has('content/begrippen/oud.mdx')).toBe(false);
  });
});

describe('dates', () => {
  it('counts days in the Netherlands', () => {
    expect(dayOf('2026-12-05T23:30:00+00:00')).toBe('2026-12-06');
    expect(dutchDate('2026-12-05T23:30:00+00:00')).toBe('6 december 2026');
  });

  it('writes the date of an APA reference, or the year without one', () => {
    expect(citationDate('2026-03-01T12:00:00+01:00')).toBe('2026, 1 maart');
    expect(citationDate(undefined, new Date('2027-02-01'))).toBe('2027');
  });

  it('groups commits by day, newest first', () => {
    const days = commitsByDay([...parseGitLog(log)].reverse());
    expect(days.map((d) => [d.day, d.commits.map((c) => c.hash)])).toEqual([
      ['2026-12-06', ['c3']],
      ['2026-12-01', ['c2']],
      ['2026-11-01', ['c1']],
    ]);
  });
});

describe('pageOfContentFile', () => {
  it.each([
    ['content/begrippen/herstel.mdx', '/begrippen/herstel/'],
    ['content/begrippen/index.mdx', '/begrippen/'],
    ['content/bronnen.yaml', '/bronnen/'],
    ['content/data/begrippenlijst.yaml', '/begrippenlijst/'],
    ['content/leerroutes/introductie.yaml', '/voor-docenten/introductie/'],
    ['content/README.md', undefined],
    ['content/data/onbekend.yaml', undefined],
  ])('%s → %s', (file, url) => {
    expect(pageOfContentFile(file)).toBe(url);
  });
});

describe('readContentHistory', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', GIT_COMMITTER_DATE: '2026-10-10T12:00:00+02:00' } });

  it('reads a repository, with notes from "Wijziging:" trailers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'history-'));
    try {
      git(dir, 'init', '-q');
      mkdirSync(join(dir, 'content'));
      writeFileSync(join(dir, 'content/a.mdx'), 'a');
      writeFileSync(join(dir, 'other.txt'), 'x');
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'Eerste\n\nWijziging: Pagina a geschreven');
      const history = readContentHistory(dir);
      expect(history.state).toBe('complete');
      expect(history.commits).toHaveLength(1);
      expect(history.commits[0]).toMatchObject({ date: '2026-10-10T12:00:00+02:00', notes: ['Pagina a geschreven'], files: [{ path: 'content/a.mdx', status: 'nieuw' }] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so when there is no history (a tarball or a copy)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'history-'));
    try {
      expect(readContentHistory(dir)).toEqual({ state: 'none', commits: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has a format with the fields parseGitLog reads', () => {
    expect(GIT_LOG_FORMAT.split('\x1f')).toHaveLength(4);
  });
});

describe('changeLog', () => {
  it('lists each day the pages that changed, once, by their current titles', () => {
    const titles = new Map([['/begrippen/herstel/', 'Herstel'], ['/begrippen/nieuw/', 'Nieuw'], ['/bronnen/', 'Bronnen']]);
    const days = changeLog(parseGitLog(log), titles);
    expect(days[0]).toEqual({
      day: '2026-12-06',
      label: '6 december 2026',
      notes: ['Nieuwe bron bij herstel', 'Tikfout verbeterd'],
      pages: [
        { url: '/bronnen/', title: 'Bronnen', status: 'bijgewerkt' },
        { url: '/begrippen/herstel/', title: 'Herstel', status: 'bijgewerkt' },
      ],
    });
    expect(days[1]!.pages).toEqual([
      { url: '/begrippen/herstel/', title: 'Herstel', status: 'bijgewerkt' },
      { url: '/begrippen/nieuw/', title: 'Nieuw', status: 'nieuw' },
      { url: '/begrippen/oud/', title: undefined, status: 'verwijderd' },
    ]);
  });

  it('keeps a page added and then edited on one day as new, and skips days without pages', () => {
    const sameDay = `${R}b${F}2026-12-01T12:00:00+01:00${F}${F}\n\nM\tcontent/a.mdx\nM\tcontent/README.md\n${R}a${F}2026-12-01T10:00:00+01:00${F}${F}\n\nA\tcontent/a.mdx\n${R}r${F}2026-11-01T10:00:00+01:00${F}${F}\n\nM\tcontent/README.md\n`;
    const days = changeLog(parseGitLog(sameDay), new Map([['/a/', 'A']]));
    expect(days).toHaveLength(1);
    expect(days[0]!.pages).toEqual([{ url: '/a/', title: 'A', status: 'nieuw' }]);
  });
});
