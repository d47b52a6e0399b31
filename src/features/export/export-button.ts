/** The Export toggle's look, shared with the placeholder App shows while the menu loads (no layout shift). */
export const EXPORT_BUTTON =
  'flex h-11 shrink-0 items-center gap-1.5 rounded-md border border-line bg-surface px-3 text-sm text-ink hover:bg-raised sm:h-9';
