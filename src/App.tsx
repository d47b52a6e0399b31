import { CompetitionPicker } from './features/filters/CompetitionPicker.tsx';
import { StageFilter } from './features/filters/StageFilter.tsx';
import { TieTables } from './features/list/TieTables.tsx';
import { IssueList } from './features/status/IssueList.tsx';
import { useCompetitionLoading } from './features/use-competition-loading.ts';
import { useAppStore } from './store/context.tsx';
import { selectCompetitionState } from './store/selectors.ts';

export function App() {
  useCompetitionLoading();
  return (
    <div className="mx-auto flex min-h-full max-w-screen-2xl flex-col gap-4 p-4">
      <header className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <h1 className="mr-4 text-2xl font-bold tracking-tight">
          <span className="text-accent">Llave</span>
          <span className="ml-2 text-sm font-normal text-muted">qualifying brackets</span>
        </h1>
        <CompetitionPicker />
        <StageFilter />
      </header>
      <main className="flex-1">
        <CompetitionView />
      </main>
    </div>
  );
}

function CompetitionView() {
  const indexState = useAppStore((s) => s.index);
  const state = useAppStore(selectCompetitionState);
  if (indexState.status === 'error') {
    return <ErrorPanel title="The list of competitions could not be loaded" issues={indexState.issues} />;
  }
  if (state.status === 'error') {
    return <ErrorPanel title="This competition could not be loaded" issues={state.issues} />;
  }
  if (!state.competition)
    return (
      <p className="text-muted" role="status">
        Loading…
      </p>
    );
  return <TieTables competition={state.competition} />;
}

function ErrorPanel({ title, issues }: { title: string; issues: Parameters<typeof IssueList>[0]['issues'] }) {
  return (
    <div role="alert" className="rounded-lg border border-danger bg-danger-soft p-4 text-ink">
      <h2 className="font-semibold">{title}</h2>
      <p className="text-sm">The other competitions are not affected. What was wrong:</p>
      <IssueList issues={issues} />
    </div>
  );
}
