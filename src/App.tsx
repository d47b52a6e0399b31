import type { DataIssue } from './data/issues.ts';
import type { Competition } from './domain/types.ts';
import { BracketView } from './features/bracket/BracketView.tsx';
import { DrawView } from './features/draw/DrawView.tsx';
import { CompetitionPicker } from './features/filters/CompetitionPicker.tsx';
import { StageFilter } from './features/filters/StageFilter.tsx';
import { ViewSwitch } from './features/filters/ViewSwitch.tsx';
import { TieTables } from './features/list/TieTables.tsx';
import { NotesView } from './features/notes/NotesView.tsx';
import { TeamSearch } from './features/search/TeamSearch.tsx';
import { IssueList } from './features/status/IssueList.tsx';
import { TiePanel } from './features/tie/TiePanel.tsx';
import { useCompetitionLoading } from './features/use-competition-loading.ts';
import { useAppStore } from './store/context.tsx';
import { selectCompetition, selectCompetitionState } from './store/selectors.ts';

export function App() {
  useCompetitionLoading();
  const competition = useAppStore(selectCompetition);
  return (
    <div className="flex h-full flex-col gap-3 p-3 sm:p-4">
      <a
        href="#view"
        className="sr-only rounded bg-accent px-3 py-2 text-accent-ink focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to the bracket
      </a>
      <header className="flex flex-wrap items-end gap-x-5 gap-y-3">
        <h1 className="mr-2 flex items-baseline gap-2 text-2xl font-bold tracking-tight">
          <span className="text-accent">Llave</span>
          <span className="hidden text-sm font-normal text-muted 2xl:inline">qualifying brackets</span>
        </h1>
        <CompetitionPicker />
        <StageFilter />
        {competition && <TeamSearch competition={competition} />}
      </header>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <ViewSwitch />
        {competition && <CompetitionSummary competition={competition} />}
      </div>
      <main id="view" tabIndex={-1} className="flex min-h-0 flex-1 gap-4 outline-none">
        <CompetitionView />
      </main>
    </div>
  );
}

function CompetitionSummary({ competition }: { competition: Competition }) {
  const { rules } = competition;
  const tieBreak = rules.awayGoals ? 'away goals, then penalties' : 'straight to penalties';
  return (
    <p className="text-sm text-muted">
      <span className="font-medium text-ink">{competition.name}</span> · level on aggregate: {tieBreak}
      {rules.extraTime ? ' after extra time' : ', no extra time'} ({rules.regulation})
    </p>
  );
}

function CompetitionView() {
  const indexState = useAppStore((s) => s.index);
  const state = useAppStore(selectCompetitionState);
  const view = useAppStore((s) => s.view);
  if (indexState.status === 'error') {
    return <ErrorPanel title="The list of competitions could not be loaded" issues={indexState.issues} />;
  }
  if (state.status === 'error') {
    return <ErrorPanel title="This competition could not be loaded" issues={state.issues} />;
  }
  const competition = state.competition;
  if (!competition) {
    return (
      <p className="text-muted" role="status">
        Loading…
      </p>
    );
  }
  return (
    <>
      <div className={`min-w-0 flex-1 ${view === 'bracket' ? 'min-h-[420px]' : 'overflow-y-auto'}`}>
        {view === 'bracket' && <BracketView competition={competition} />}
        {view === 'list' && <TieTables competition={competition} />}
        {view === 'draw' && <DrawView competition={competition} />}
        {view === 'notes' && <NotesView competition={competition} />}
      </div>
      <div className="w-[360px] shrink-0 empty:hidden">
        <TiePanel competition={competition} />
      </div>
    </>
  );
}

function ErrorPanel({ title, issues }: { title: string; issues: readonly DataIssue[] }) {
  return (
    <div role="alert" className="h-fit flex-1 rounded-lg border border-danger bg-danger-soft p-4 text-ink">
      <h2 className="font-semibold">{title}</h2>
      <p className="text-sm">The other competitions are not affected. What was wrong:</p>
      <IssueList issues={issues} />
    </div>
  );
}
