/**
 * The history of the content folder, read from git: when each file last changed and which
 * commits changed content. It is the one source of truth for "Laatst bijgewerkt" under a page's
 * title, the date in its citation and the change log at /wijzigingen/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { urlFromContentPath } from './slug';

/** One commit that touched the content folder. */
export interface ContentCommit {
  hash: string;
  /** Committer date, ISO 8601 with offset (when the change reached the branch). */
  date: string;
  /** Optional Dutch notes for readers, from `Wijziging:` trailers in the commit message. */
  notes: string[];
  /** Files under content/, with what happened to them. */
  files: { path: string; status: 'nieuw' | 'bijgewerkt' | 'verwijderd' }[];
}

export interface ContentHistory {
  /** `complete`: full history; `shallow`: a shallow clone (older dates unknown); `none`: no git (a tarball, a copy). */
  state: 'complete' | 'shallow' | 'none';
  /** Newest first. */
  commits: ContentCommit[];
}

const RECORD = '\x1e';
const FIELD = '\x1f';
const NOTE = '\x1d';
/** The format `parseGitLog` reads: hash, committer date and `Wijziging:` trailers, then the file list. */
export const GIT_LOG_FORMAT = `${RECORD}%H${FIELD}%cI${FIELD}%(trailers:key=Wijziging,valueonly,separator=%x1d)${FIELD}`;

const STATUS: Record<string, ContentCommit['files'][number]['status']> = { A: 'nieuw', M: 'bijgewerkt', D: 'verwijderd' };

/**
 * Parses `git log --format=GIT_LOG_FORMAT --name-status --no-renames`. Commits in `boundary` (the
 * cut-off commits of a shallow clone, which seem to add every file at once) are left out: the
 * date they would give is not when the file changed.
 */
export function parseGitLog(output: string, boundary: ReadonlySet<string> = new Set()): ContentCommit[] {
  return output
    .split(RECORD)
    .filter((record) => record.trim())
    .flatMap((record): ContentCommit[] => {
      const [hash = '', date = '', trailers = '', rest = ''] = record.split(FIELD);
      if (boundary.has(hash)) return [];
      const notes = trailers.split(NOTE).map((note) => note.trim()).filter(Boolean);
      const files = rest
        .split('\n')
        .map((line) => line.split('\t'))
        .filter(([status, path]) => status && path && STATUS[status[0]!])
        .map(([status, path]) => ({ path: path!, status: STATUS[status![0]!]! }));
      return files.length ? [{ hash, date, notes, files }] : [];
    });
}

/** The date each file last changed (newest commit first in `commits`); deleted files have none. */
export function lastChanged(commits: ContentCommit[]): Map<string, string> {
  const dates = new Map<string, string>();
  const gone = new Set<string>();
  for (const commit of commits) {
    for (const file of commit.files) {
      if (dates.has(file.path) || gone.has(file.path)) continue;
      if (file.status === 'verwijderd') gone.add(file.path);
      else dates.set(file.path, commit.date);
    }
  }
  return dates;
}

/** Reads the history of `content/` in the git repository at `root`, without throwing. */
export function readContentHistory(root: string): ContentHistory {
  const git = (...args: string[]) => execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  let top: string;
  try {
    top = git('rev-parse', '--show-toplevel').trim();
    git('rev-parse', '--verify', 'HEAD');
  } catch {
    return { state: 'none', commits: [] };
  }
  const shallowFile = git('rev-parse', '--git-path', 'shallow').trim();
  const shallowPath = shallowFile.startsWith('/') ? shallowFile : `${top}/${shallowFile}`;
  const boundary = new Set(existsSync(shallowPath) ? readFileSync(shallowPath, 'utf8').split('\n').filter(Boolean) : []);
  // Paths relative to the project, also when the project is a sub-folder of the repository.
  const log = git('log', `--format=${GIT_LOG_FORMAT}`, '--name-status', '--no-renames', '--relative', '--', 'content');
  return { state: boundary.size ? 'shallow' : 'complete', commits: parseGitLog(log, boundary) };
}

const AMSTERDAM = 'Europe/Amsterdam';

/** "2026-12-05": the day of an ISO timestamp in the Netherlands, for `<time datetime>` and grouping. */
export function dayOf(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: AMSTERDAM, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** "5 december 2026". */
export function dutchDate(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** The date part of an APA reference to a web page: "2026, 5 december"; without a date the year of the build. */
export function citationDate(iso: string | undefined, now = new Date()): string {
  if (!iso) return String(now.getFullYear());
  const [day, month, year] = dutchDate(iso).split(' ');
  return `${year}, ${day} ${month}`;
}

/** Commits grouped by day in the Netherlands, newest day first. */
export function commitsByDay(commits: ContentCommit[]): { day: string; commits: ContentCommit[] }[] {
  const days = new Map<string, ContentCommit[]>();
  for (const commit of [...commits].sort((a, b) => Date.parse(b.date) - Date.parse(a.date))) {
    const day = dayOf(commit.date);
    days.set(day, [...(days.get(day) ?? []), commit]);
  }
  return [...days].map(([day, list]) => ({ day, commits: list }));
}

/** Data files that are the text of one generated page. */
const DATA_PAGES: Record<string, string> = {
  'content/bronnen.yaml': '/bronnen/',
  'content/data/begrippenlijst.yaml': '/begrippenlijst/',
  'content/data/cirkelmodel.yaml': '/cirkelmodel/',
  'content/data/implementatie.yaml': '/implementatie/',
};

/** The page (path without base) whose text a content file is, or undefined (a README, other data). */
export function pageOfContentFile(file: string): string | undefined {
  if (DATA_PAGES[file]) return DATA_PAGES[file];
  const route = /^content\/leerroutes\/([^/]+)\.yaml$/.exec(file);
  if (route) return `/voor-docenten/${route[1]}/`;
  if (/^content\/.+\.mdx?$/.test(file) && !/(^|\/)README\.md$/.test(file)) return urlFromContentPath(file.slice('content/'.length));
  return undefined;
}

export interface ChangeLogDay {
  /** "2026-12-05" */
  day: string;
  /** "5 december 2026" */
  label: string;
  /** Notes for readers from the commits of that day. */
  notes: string[];
  /** Each page changed that day, once: new if it was added that day. `title` undefined: no longer on the site. */
  pages: { url: string; title: string | undefined; status: ContentCommit['files'][number]['status'] }[];
}

/** The change log: per day (newest first), the pages whose text changed, with their current titles. */
export function changeLog(commits: ContentCommit[], titles: ReadonlyMap<string, string>): ChangeLogDay[] {
  return commitsByDay(commits).map(({ day, commits: list }) => {
    const pages = new Map<string, ChangeLogDay['pages'][number]>();
    // Oldest first within the day, so that "nieuw" then "bijgewerkt" stays "nieuw".
    for (const commit of [...list].reverse()) {
      for (const file of commit.files) {
        const url = pageOfContentFile(file.path);
        if (!url) continue;
        const before = pages.get(url);
        const status = before?.status === 'nieuw' && file.status === 'bijgewerkt' ? 'nieuw' : file.status;
        pages.set(url, { url, title: titles.get(url), status });
      }
    }
    // Pages by title; pages no longer on the site last, by address.
    const sorted = [...pages.values()].sort((a, b) => Number(!a.title) - Number(!b.title) || (a.title ?? a.url).localeCompare(b.title ?? b.url, 'nl'));
    return { day, label: dutchDate(list[0]!.date), notes: list.flatMap((commit) => commit.notes), pages: sorted };
  }).filter((entry) => entry.pages.length);
}
