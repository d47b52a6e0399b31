// The article importer's report: each finding with its severity and the line of the article it is about.
import type { ImportFinding } from '../../import/parse-article.ts';
import { useT } from '../use-translator.ts';

const SEVERITY_STYLE: Record<ImportFinding['severity'], string> = {
  error: 'bg-danger-soft text-ink border-danger',
  warning: 'bg-pens-soft text-pens border-line',
  info: 'bg-raised text-muted border-line',
};

const count = (report: readonly ImportFinding[], severity: ImportFinding['severity']) =>
  report.filter((finding) => finding.severity === severity).length;

export function ImportReport({ report }: { report: readonly ImportFinding[] }) {
  const t = useT();
  return (
    <section aria-labelledby="add-report-heading" className="flex flex-col gap-1">
      <h4 id="add-report-heading" className="text-sm font-semibold">
        {t('import.report.heading', {
          errors: count(report, 'error'),
          warnings: count(report, 'warning'),
          infos: count(report, 'info'),
        })}
      </h4>
      <ul className="flex max-h-64 flex-col gap-1 overflow-y-auto text-xs" data-testid="import-report">
        {report.map((finding, i) => (
          <li key={i} className="flex items-baseline gap-2">
            <span
              className={`w-20 shrink-0 rounded border px-1 text-center font-semibold uppercase ${SEVERITY_STYLE[finding.severity]}`}
            >
              {t(`import.severity.${finding.severity}`)}
            </span>
            <span className="w-20 shrink-0 text-muted">
              {finding.line === null
                ? t('import.report.wholeText')
                : t('import.report.line', { line: String(finding.line) })}
            </span>
            <span>
              {finding.message} <span className="font-mono text-faint">[{finding.code}]</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
