// The URL holds the view: competition, stage filter, day, what-if results, selected tie, highlighted
// team, view mode and language. Pure functions: reading a query string into a view, and writing a
// view back (checking it against the data is ./check-view.ts's). No domain code: the page's script
// (main.ts) reads links with it before the first frame.

export const VIEW_MODES = ['bracket', 'draw', 'list', 'notes'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export interface ViewParams {
  competition: string | null;
  stage: string | null;
  /** yyyy-mm-dd: the competition as it stood at the end of that day. */
  asOf: string | null;
  /** Hypothetical results in their URL form (domain/what-if.ts). */
  whatIf: string | null;
  tie: string | null;
  team: string | null;
  view: ViewMode;
  lang: string | null;
  embed: boolean;
}

/**
 * A shipped competition has a page of its own, `<base>c/<id>/`, prerendered at build; the default
 * one is also `<base>` itself. Each is also prerendered in every language, under `<base><lang>/`
 * (`/es/c/<id>/`, `/es/`): a link in a language shows that language from its first frame. Any other
 * view of the data (a competition added in this browser, the bench's ?synthetic=) is drawn in the
 * browser on the page the build leaves empty, `<base>app/`.
 */
export function competitionPath(id: string, base: string, lang: string | null = null): string {
  return `${homePath(base, lang)}c/${encodeURIComponent(id)}/`;
}

/** The default competition's page: `<base>`, or `<base><lang>/`. */
export const homePath = (base: string, lang: string | null = null): string =>
  lang ? `${base}${lang}/` : base;

export const appPath = (base: string): string => `${base}app/`;

const competitionInPath = (pathname: string) => {
  const match = /\/c\/([^/]+)\/?$/.exec(pathname);
  return match ? decodeURIComponent(match[1]!) : null;
};

/** The language a page's path is in (`<base><lang>/…`), unchecked; null for a page without one. */
export function langInPath(pathname: string, base: string): string | null {
  if (!pathname.startsWith(base)) return null;
  return /^([a-z]{2})\//.exec(pathname.slice(base.length))?.[1] ?? null;
}

/**
 * Reads the view from a page's path and query string (a `lang` parameter before the path's
 * language); values are checked later against the data.
 */
export function readViewParams(
  search: string,
  pathname = '/',
  base = '/',
): ViewParams & { rawView: string | null } {
  const params = new URLSearchParams(search);
  const rawView = params.get('view');
  return {
    competition: params.get('competition') ?? competitionInPath(pathname),
    stage: params.get('stage'),
    asOf: params.get('asOf'),
    whatIf: params.get('whatif'),
    tie: params.get('tie'),
    team: params.get('team'),
    view: VIEW_MODES.find((mode) => mode === rawView) ?? 'bracket',
    rawView,
    lang: params.get('lang') ?? langInPath(pathname, base),
    embed: params.get('embed') === '1',
  };
}

/**
 * Whether a link shows other data or another layout than a prerendered page draws (its competition's
 * bracket, whole): another competition (named, or the bench's generated ?synthetic=), an embed,
 * another view.
 */
export function showsOtherPage(search: string): boolean {
  const view = readViewParams(search);
  const synthetic = new URLSearchParams(search).has('synthetic');
  return view.competition !== null || synthetic || view.embed || view.view !== 'bracket';
}

export type Fallback =
  | { field: 'competition'; value: string }
  | { field: 'stage'; value: string }
  | { field: 'asOf'; value: string }
  | { field: 'whatIf'; value: string }
  | { field: 'tie'; value: string }
  | { field: 'team'; value: string }
  | { field: 'view'; value: string };

/**
 * The query string for a view, keeping parameters that are not the view's (e.g. `synthetic`);
 * defaults are left out so links stay short. `inPath`: the page's path names the competition.
 */
export function writeViewParams(view: ViewParams, base = '', inPath = false): string {
  const ours = {
    competition: inPath ? null : view.competition,
    stage: view.stage,
    asOf: view.asOf,
    whatif: view.whatIf,
    tie: view.tie,
    team: view.team,
    view: view.view === 'bracket' ? null : view.view,
    lang: view.lang,
    embed: view.embed ? '1' : null,
  };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(ours)) if (value) params.set(key, value);
  for (const [key, value] of new URLSearchParams(base)) if (!(key in ours)) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
