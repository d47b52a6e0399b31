import { formatIssue, type DataIssue } from '../../data/issues.ts';
import { useT } from '../use-translator.ts';

/** Lists show this many issues, then how many more there are. */
export const MAX_LISTED = 50;

/** Each issue as text: file, JSON path, what was expected and what was found. */
export function IssueList({ issues }: { issues: readonly DataIssue[] }) {
  const t = useT();
  return (
    <ul className="mt-2 flex flex-col gap-1 font-mono text-xs">
      {issues.slice(0, MAX_LISTED).map((issue, i) => (
        <li key={i}>{formatIssue(issue)}</li>
      ))}
      {issues.length > MAX_LISTED && <li>{t('error.more', { count: issues.length - MAX_LISTED })}</li>}
    </ul>
  );
}
