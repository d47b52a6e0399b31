// A tap on a tie of a prerendered page before the app has taken the page over would be lost: the
// page's HTML has no handlers yet. The page script keeps the last one, and the app opens that tie
// once it has taken the page over as built (mount-app.tsx).
let tapped: string | null = null;

const onClick = (event: MouseEvent) => {
  const tie = (event.target as Element | null)?.closest?.('[data-tie-id]');
  if (tie) tapped = tie.getAttribute('data-tie-id');
};

export function keepEarlyTaps(doc: Document): void {
  doc.addEventListener('click', onClick, true);
}

/** The tie last tapped before now, if any; taps are no longer kept after. */
export function takeEarlyTap(doc: Document): string | null {
  doc.removeEventListener('click', onClick, true);
  const tie = tapped;
  tapped = null;
  return tie;
}
