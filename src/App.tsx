import { lazy, Suspense } from 'react';
import type { DataIssue } from './data/issues.ts';
import type { Competition } from './domain/types.ts';
import { BracketView } from './features/bracket/BracketView.tsx';
import { EXPORT_BUTTON } from './features/export/export-button.ts';
import { CompetitionPicker } from './features/filters/CompetitionPicker.tsx';
import { LanguagePicker } from './features/filters/LanguagePicker.tsx';
import { StageFilter } from './features/filters/StageFilter.tsx';
import { ViewSwitch } from './features/filters/ViewSwitch.tsx';
import { AddCompetition } from './features/add-competition/AddCompetition.tsx';
import { TeamSearch } from './features/search/TeamSearch.tsx';
import { IssueList } from './features/status/IssueList.tsx';
import { PhoneBracket } from './features/phone/PhoneBracket.tsx';
import { ThemeToggle } from './features/theme/ThemeToggle.tsx';
import { TiePanelSlot } from './features/tie/TiePanelSlot.tsx';
import { usePhoneLayout } from './features/use-media-query.ts';
import { useDocumentLanguage, useDocumentTitle, useT } from './features/use-translator.ts';
import { ViewHandlesProvider } from './features/view-handles.tsx';
import { tieBreakText } from './present/words.ts';
import { useAppStore } from './store/context.tsx';
import {
  isAddedHere,
  selectCompetition,
  selectCompetitionState,
  selectRecordedCompetition,
} from './store/selectors.ts';
import { AsOfControl } from './features/as-of/AsOfControl.tsx';
import { WhatIfBar } from './features/what-if/WhatIfBar.tsx';

// The bracket ships with the page, in both its layouts (a phone's is taken over from a built page
// too, so it must be there when React is); the other views load when first shown.
const DrawView = lazy(() => import('./features/draw/DrawView.tsx').then((m) => ({ default: m.DrawView })));
const TieTables = lazy(() => import('./features/list/TieTables.tsx').then((m) => ({ default: m.TieTables })));
const NotesView = lazy(() =>
  import('./features/notes/NotesView.tsx').then((m) => ({ default: m.NotesView })),
);
const ExportMenu = lazy(() =>
  import('./features/export/ExportMenu.tsx').then((m) => ({ default: m.ExportMenu })),
);
const FallbackNotice = lazy(() =>
  import('./features/status/FallbackNotice.tsx').then((m) => ({ default: m.FallbackNotice })),
);

export function App() {
  return (
    <ViewHandlesProvider>
      <Page />
    </ViewHandlesProvider>
  );
}

function Page() {
  useDocumentLanguage();
  useDocumentTitle();
  const competition = useAppStore(selectCompetition);
  const recorded = useAppStore(selectRecordedCompetition);
  const embed = useAppStore((s) => s.embed);
  const hasFallbacks = useAppStore((s) => s.fallbacks.length > 0);
  const t = useT();
  if (embed) return <EmbeddedBracket />;
  return (
    <div className="flex min-h-full flex-col gap-3 p-3 sm:p-4 lg:h-full">
      <a
        href="#view"
        className="sr-only rounded bg-accent text-accent-ink focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:inline-flex focus:min-h-11 focus:items-center focus:px-4 focus:py-2"
      >
        {t('app.skip')}
      </a>
      {/* Row 1: which competition, and the page's settings. */}
      <header className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <h1 className="mr-2 flex items-baseline gap-2 self-center text-2xl font-bold tracking-tight">
          <span className="text-accent">Llave</span>
          <span className="hidden text-sm font-normal text-muted 2xl:inline">{t('app.tagline')}</span>
        </h1>
        {/* On phones every control here is a 44 px tap target (import/'s add button is h-10 of its own),
            on a row of their own below the settings; in the order they are read and tabbed through. */}
        <div className="flex w-full flex-wrap items-end gap-2 max-sm:order-last sm:w-auto sm:flex-nowrap max-sm:[&_button]:h-11">
          <CompetitionPicker />
          <AddCompetition />
        </div>
        <div className="ml-auto flex items-end gap-2">
          <LanguagePicker />
          <ThemeToggle />
        </div>
      </header>
      {hasFallbacks && (
        <Suspense fallback={null}>
          <FallbackNotice />
        </Suspense>
      )}
      {/* Row 2: how to look at it. relative: on phones the export menu opens across this row's width. */}
      <div className="app-controls relative flex flex-wrap items-end gap-x-4 gap-y-2 lg:flex-nowrap">
        <ViewSwitch />
        {/* On phones the bracket has its own stage-by-stage navigation. */}
        <div className="hidden min-w-0 sm:block">
          <StageFilter />
        </div>
        {competition && <TeamSearch competition={competition} />}
        {competition && (
          <Suspense fallback={<ExportPlaceholder />}>
            <ExportMenu competition={competition} />
          </Suspense>
        )}
      </div>
      {competition && recorded && (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <CompetitionSummary competition={competition} />
          <AsOfControl recorded={recorded} />
        </div>
      )}
      {recorded && <WhatIfBar recorded={recorded} />}
      <main id="view" tabIndex={-1} className="relative flex min-h-0 flex-1 gap-4 outline-none">
        <CompetitionView />
      </main>
    </div>
  );
}

/** Takes the Export button's place until its module is in, so nothing moves when it arrives. */
function ExportPlaceholder() {
  const t = useT();
  return (
    <button type="button" disabled className={EXPORT_BUTTON}>
      {t('export.button')}
      <span aria-hidden="true" className="text-xs text-muted">
        ▾
      </span>
    </button>
  );
}

/** ?embed=1: the bracket alone, for an article's iframe, with a link to the full view. */
function EmbeddedBracket() {
  const competition = useAppStore(selectCompetition);
  const t = useT();
  const full = new URLSearchParams(window.location.search);
  full.delete('embed');
  return (
    <div className="flex h-full flex-col gap-1 p-1">
      <main className="flex min-h-0 flex-1 gap-2">
        <CompetitionView />
      </main>
      <p className="px-1 text-xs text-muted">
        {competition?.name}{' '}
        <a className="text-accent underline" href={`?${full.toString()}`} target="_blank" rel="noopener">
          {t('app.openInLlave')}
        </a>
      </p>
    </div>
  );
}

function CompetitionSummary({ competition }: { competition: Competition }) {
  const { rules } = competition;
  const t = useT();
  const tieBreak = tieBreakText(rules, t);
  return (
    <p className="min-w-0 flex-1 text-sm text-muted max-sm:hidden lg:truncate">
      <span className="font-medium text-ink">{competition.name}</span> · {t('app.summary', { tieBreak })} (
      {rules.regulation})
    </p>
  );
}

function CompetitionView() {
  const indexState = useAppStore((s) => s.index);
  const state = useAppStore(selectCompetitionState);
  // As shown: on the day chosen, with what-ifs (state.competition is as recorded).
  const shown = useAppStore(selectCompetition);
  const view = useAppStore((s) => s.view);
  const stored = useAppStore((s) => isAddedHere(s, s.competitionId));
  const phone = usePhoneLayout();
  const t = useT();
  if (indexState.status === 'error') {
    return <ErrorPanel title={t('error.index')} issues={indexState.issues} />;
  }
  if (state.status === 'error') {
    // A competition the user added is restored from this browser's storage.
    return <ErrorPanel title={t(stored ? 'error.stored' : 'error.competition')} issues={state.issues} />;
  }
  if (!shown) {
    return (
      <p className="text-muted" role="status">
        {t('app.loading')}
      </p>
    );
  }
  return (
    <>
      {/* relative: the scrolling views' screen-reader text (sr-only, absolute) scrolls with them. */}
      <div
        className={`relative min-w-0 flex-1 ${view === 'bracket' ? 'sm:min-h-[420px]' : 'lg:overflow-y-auto'}`}
      >
        <Suspense fallback={<p className="text-muted">{t('app.loading')}</p>}>
          {/* Both while the screen is not known (a page rendered at build), the wide one first. */}
          {view === 'bracket' && phone !== true && <BracketView />}
          {view === 'bracket' && phone !== false && <PhoneBracket competition={shown} />}
          {view === 'list' && <TieTables competition={shown} />}
          {view === 'draw' && <DrawView competition={shown} />}
          {view === 'notes' && <NotesView competition={shown} />}
        </Suspense>
      </div>
      {/* A bottom sheet on narrow screens. On wide ones a side panel: over the bracket's right side
          (opening it then repaints the panel only, not the whole drawing), beside the other views. */}
      <div
        className={`fixed inset-x-0 bottom-0 z-30 empty:hidden lg:z-20 lg:w-[360px] ${
          view === 'bracket'
            ? 'lg:absolute lg:top-0 lg:right-0 lg:bottom-0 lg:left-auto'
            : 'lg:static lg:shrink-0'
        }`}
      >
        <TiePanelSlot competition={shown} />
      </div>
    </>
  );
}

function ErrorPanel({ title, issues }: { title: string; issues: readonly DataIssue[] }) {
  const t = useT();
  return (
    <div role="alert" className="h-fit flex-1 rounded-lg border border-danger bg-danger-soft p-4 text-ink">
      <h2 className="font-semibold">{title}</h2>
      <p className="text-sm">{t('error.othersFine')}</p>
      <IssueList issues={issues} />
    </div>
  );
}
