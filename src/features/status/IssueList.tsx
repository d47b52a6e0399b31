import { formatIssue, type DataIssue } from '../../data/issues.ts';
import { useT } from '../use-translator.ts';

/** Each issue as text: file, JSON path, what was expected and what was found. */
export function IssueList({ issues }: { issues: readonly DataIssue[] }) {
  const t = useT();
  return (
    <ul className="mt-2 flex flex-col gap-1 font-mono text-xs">
      {issues.slice(0, 50).map((issue, i) => (
        <li key={i}>{formatIssue(issue)}</li>
      ))}
      {issues.length > 50 && <li>{t('error.more', { count: issues.length - 50 })}</li>}
    </ul>
  );
}
