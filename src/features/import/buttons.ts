// Button looks shared by the add/remove controls.
const base =
  'inline-flex h-9 items-center justify-center gap-1 rounded-md px-3 text-sm font-medium whitespace-nowrap disabled:cursor-not-allowed disabled:opacity-50';

export const primaryButton = `${base} bg-accent text-accent-ink hover:opacity-90`;
export const secondaryButton = `${base} border border-line bg-surface text-ink hover:bg-raised`;
export const dangerButton = `${base} border border-danger bg-danger-soft text-ink hover:opacity-90`;
