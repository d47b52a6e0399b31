import { formatIssue, type DataIssue } from '../../data/issues.ts';

/** Each issue as text: file, JSON path, what was expected and what was found. */
export function IssueList({ issues }: { issues: readonly DataIssue[] }) {
  return (
    <ul className="mt-2 flex flex-col gap-1 font-mono text-xs">
      {issues.slice(0, 50).map((issue, i) => (
        <li key={i}>{formatIssue(issue)}</li>
      ))}
      {issues.length > 50 && <li>… and {issues.length - 50} more</li>}
    </ul>
  );
}
