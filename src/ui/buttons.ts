// Looks shared by the add/remove controls: buttons, and the note that says what went wrong.
const base =
  'inline-flex h-9 items-center justify-center gap-1 rounded-md px-3 text-sm font-medium whitespace-nowrap disabled:cursor-not-allowed disabled:opacity-50';

export const primaryButton = `${base} bg-accent text-accent-ink hover:opacity-90`;
export const secondaryButton = `${base} border border-line bg-surface text-ink hover:bg-raised`;
export const dangerButton = `${base} border border-danger bg-danger-soft text-ink hover:opacity-90`;
export const dangerNote = 'rounded-md border border-danger bg-danger-soft p-2 text-sm text-ink';
