// What would be added: the competition's name and size, its validation issues and, for an article, the
// importer's report. Says plainly when it cannot be added, and that nothing was changed.
import type { Competition } from '../../domain/types.ts';
import { IssueList } from '../status/IssueList.tsx';
import { ImportReport } from './ImportReport.tsx';
import { canAdd, type Candidate } from './read-candidate.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function Facts({ competition }: { competition: Competition }) {
  const ties = competition.stages.reduce((n, stage) => n + stage.ties.length, 0);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-muted">Name</dt>
      <dd className="font-semibold" dir="auto" data-testid="preview-name">
        {competition.name}
      </dd>
      <dt className="text-muted">Id</dt>
      <dd className="font-mono text-xs">{competition.id}</dd>
      <dt className="text-muted">Contains</dt>
      <dd data-testid="preview-counts">
        {plural(competition.teams.length, 'team')}, {plural(competition.stages.length, 'stage')},{' '}
        {plural(ties, 'tie')}
      </dd>
    </dl>
  );
}

function Verdict({ candidate }: { candidate: Candidate }) {
  if (canAdd(candidate)) {
    return (
      <p role="status" className="text-sm text-muted">
        Ready to add.
      </p>
    );
  }
  const critical = candidate.issues.filter((issue) => issue.severity === 'critical').length;
  const errors = (candidate.report ?? []).filter((finding) => finding.severity === 'error').length;
  const reasons = [
    critical > 0 ? `${plural(critical, 'critical issue')} (below)` : null,
    errors > 0 ? `${plural(errors, 'error')} in the import report (below)` : null,
    candidate.competition === null && critical === 0 && errors === 0 ? 'no competition was built' : null,
  ].filter((reason) => reason !== null);
  return (
    <p role="alert" className="rounded-md border border-danger bg-danger-soft p-2 text-sm text-ink">
      <bdi className="font-semibold">{candidate.file}</bdi> cannot be added: {reasons.join('; ')}. Nothing was
      changed.
    </p>
  );
}

export function CandidatePreview({ candidate }: { candidate: Candidate }) {
  const { competition, issues, report } = candidate;
  return (
    <section
      aria-labelledby="add-preview-heading"
      className="flex flex-col gap-3 rounded-lg border border-line bg-raised p-3"
    >
      <h3 id="add-preview-heading" className="text-sm font-semibold">
        Preview of <bdi>{candidate.file}</bdi>
      </h3>
      <Verdict candidate={candidate} />
      {competition && <Facts competition={competition} />}
      {(competition || issues.length > 0) && (
        <section aria-labelledby="add-issues-heading">
          <h4 id="add-issues-heading" className="text-sm font-semibold">
            Validation: {issues.length === 0 ? 'no issues' : plural(issues.length, 'issue')}
          </h4>
          {issues.length > 0 && <IssueList issues={issues} />}
        </section>
      )}
      {report && <ImportReport report={report} />}
    </section>
  );
}
