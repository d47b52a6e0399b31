// The article importer's report: each finding with its severity and the line of the article it is about.
import type { ReactNode } from 'react';
import type { ImportFinding } from '../../importer/parse-article.ts';
import { useT } from '../use-translator.ts';

const SEVERITY_STYLE: Record<ImportFinding['severity'], string> = {
  error: 'bg-danger-soft text-ink border-danger',
  warning: 'bg-pens-soft text-pens border-line',
  info: 'bg-raised text-muted border-line',
};

const count = (report: readonly ImportFinding[], severity: ImportFinding['severity']) =>
  report.filter((finding) => finding.severity === severity).length;

/** One finding as the preview lists them (report and validation alike): severity, where, what, code. */
export function FindingRow({
  severity,
  where,
  code,
  children,
}: {
  severity: ImportFinding['severity'];
  where: ReactNode;
  code: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <li className="flex items-baseline gap-2">
      <span
        className={`w-20 shrink-0 rounded border px-1 text-center font-semibold uppercase ${SEVERITY_STYLE[severity]}`}
      >
        {t(`import.severity.${severity}`)}
      </span>
      <span className="w-20 shrink-0 break-all text-muted">{where}</span>
      <span>
        {children} <span className="font-mono text-faint">[{code}]</span>
      </span>
    </li>
  );
}

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
          <FindingRow
            key={i}
            severity={finding.severity}
            where={
              finding.line === null
                ? t('import.report.wholeText')
                : t('import.report.line', { line: String(finding.line) })
            }
            code={finding.code}
          >
            {finding.message}
          </FindingRow>
        ))}
      </ul>
    </section>
  );
}
