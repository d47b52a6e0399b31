// What would be added: the competition's name and size, its validation issues and, for an article, the
// importer's report. Says plainly when it cannot be added, and that nothing was changed.
import { useId } from 'react';
import { issueText, tieAtPath, type DataIssue } from '../../data/issues.ts';
import { isPresetId, PRESET_IDS, RULE_PRESETS, type PresetId } from '../../domain/rule-presets.ts';
import { tieBreakText } from '../../present/words.ts';
import type { Competition } from '../../domain/types.ts';
import { IssueList, MAX_LISTED } from '../status/IssueList.tsx';
import { useT } from '../use-translator.ts';
import { FindingRow, ImportReport } from './ImportReport.tsx';
import { canAdd, type Candidate } from './candidate.ts';
import { dangerNote } from '../../ui/buttons.ts';
import { counted, rich } from '../../ui/rich.tsx';

function Facts({ competition }: { competition: Competition }) {
  const t = useT();
  const ties = competition.stages.reduce((n, stage) => n + stage.ties.length, 0);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-muted">{t('import.preview.name')}</dt>
      <dd className="font-semibold" dir="auto" data-testid="preview-name">
        {competition.name}
      </dd>
      <dt className="text-muted">{t('import.preview.id')}</dt>
      <dd className="font-mono text-xs">{competition.id}</dd>
      <dt className="text-muted">{t('import.preview.contains')}</dt>
      <dd data-testid="preview-counts">
        {t('import.preview.counts', {
          teams: counted(t, 'import.count.teams', competition.teams.length),
          stages: counted(t, 'import.count.stages', competition.stages.length),
          ties: counted(t, 'import.count.ties', ties),
        })}
      </dd>
    </dl>
  );
}

function Verdict({ candidate }: { candidate: Candidate }) {
  const t = useT();
  if (canAdd(candidate)) {
    return (
      <p role="status" className="text-sm text-muted">
        {t('import.ready')}
      </p>
    );
  }
  const critical = candidate.issues.filter((issue) => issue.severity === 'critical').length;
  const errors = (candidate.report ?? []).filter((finding) => finding.severity === 'error').length;
  const reasons = [
    critical > 0 ? counted(t, 'import.reason.critical', critical) : null,
    errors > 0 ? counted(t, 'import.reason.errors', errors) : null,
    candidate.competition === null && critical === 0 && errors === 0 ? t('import.reason.nothingBuilt') : null,
  ]
    .filter((reason) => reason !== null)
    .join(t('import.reason.separator'));
  return (
    <p role="alert" className={dangerNote}>
      {candidate.source === 'article'
        ? t('import.article.cannotAdd', { reasons })
        : rich(t, 'import.file.cannotAdd', {
            file: <bdi className="font-semibold">{candidate.file}</bdi>,
            reasons,
          })}
    </p>
  );
}

/**
 * Validation's issues. Of a competition that was built (valid or not), each at its tie when it is about
 * one; of a file that could not be read as one, each as a line naming its JSON path.
 */
function Validation({ issues, built }: { issues: readonly DataIssue[]; built: Competition | null }) {
  const t = useT();
  const count = (severity: DataIssue['severity']) => issues.filter((i) => i.severity === severity).length;
  const rows = built && (
    <ul className="flex max-h-64 flex-col gap-1 overflow-y-auto text-xs" data-testid="validation-issues">
      {issues.slice(0, MAX_LISTED).map((issue, i) => {
        const tie = tieAtPath(issue.path, built);
        return (
          <FindingRow
            key={i}
            severity={issue.severity === 'critical' ? 'error' : 'warning'}
            where={tie ? t('notes.tie', { tie }) : <span className="font-mono">{issue.path}</span>}
            code={issue.code}
          >
            {issueText(issue)}
          </FindingRow>
        );
      })}
      {issues.length > MAX_LISTED && <li>{t('error.more', { count: issues.length - MAX_LISTED })}</li>}
    </ul>
  );
  return (
    <section aria-labelledby="add-issues-heading" className="flex flex-col gap-1">
      <h4 id="add-issues-heading" className="text-sm font-semibold">
        {issues.length === 0
          ? t('import.validation.none')
          : t('import.validation.heading', { errors: count('critical'), warnings: count('warning') })}
      </h4>
      {issues.length > 0 && (rows || <IssueList issues={issues} />)}
    </section>
  );
}

/** What it was read as, and for a file that does not state its tie rules, which were applied. */
function HowRead({ candidate, onRules }: { candidate: Candidate; onRules: (rules: PresetId) => void }) {
  const t = useT();
  const id = useId();
  const { format, rules } = candidate;
  if (!format) return null;
  return (
    <dl className="grid grid-cols-[max-content_1fr] items-center gap-x-4 gap-y-1 text-sm">
      <dt className="text-muted">{t('import.format.label')}</dt>
      <dd data-testid="preview-format">{t(`import.format.${format}`)}</dd>
      {rules && (
        <>
          <dt className="text-muted">
            <label htmlFor={id}>{t('import.rules.label')}</label>
          </dt>
          <dd className="flex flex-col gap-1">
            <select
              id={id}
              value={rules.preset ?? ''}
              onChange={(event) => {
                if (isPresetId(event.target.value)) onRules(event.target.value);
              }}
              className="h-11 max-w-full self-start rounded-md border border-field-line bg-surface px-2 text-sm text-ink sm:h-9"
            >
              {rules.preset === null && <option value="">{t('import.rules.none')}</option>}
              {PRESET_IDS.map((preset) => (
                <option key={preset} value={preset}>
                  {tieBreakText(RULE_PRESETS[preset].rules, t)}
                </option>
              ))}
            </select>
            <span className="text-xs text-muted">{rules.reason}</span>
          </dd>
        </>
      )}
    </dl>
  );
}

export function CandidatePreview({
  candidate,
  onRules,
}: {
  candidate: Candidate;
  onRules: (rules: PresetId) => void;
}) {
  const t = useT();
  const { competition, issues, report } = candidate;
  return (
    <section
      aria-labelledby="add-preview-heading"
      className="flex flex-col gap-3 rounded-lg border border-line bg-raised p-3"
    >
      <h3 id="add-preview-heading" className="text-sm font-semibold">
        {candidate.source === 'article'
          ? t('import.article.preview')
          : rich(t, 'import.file.preview', { file: <bdi>{candidate.file}</bdi> })}
      </h3>
      <Verdict candidate={candidate} />
      <HowRead candidate={candidate} onRules={onRules} />
      {competition && <Facts competition={competition} />}
      {(competition || issues.length > 0) && <Validation issues={issues} built={candidate.built} />}
      {report && <ImportReport report={report} />}
    </section>
  );
}
