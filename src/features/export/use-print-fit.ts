// Printing the bracket: the whole bracket on one landscape page, whatever the pan and zoom on screen.
//
// One SVG cannot break between pages without cutting the cards that straddle the break
// (`break-inside: avoid` does not apply inside an SVG), so the bracket is scaled to one page. The
// layout already packs wide fields into side-by-side panels near a 1.6 aspect ratio, close to A4
// landscape (1.46), so even the 36-tie CAF field prints at about half size, in vector text; a stage
// filter prints one stage larger. The bracket's printFit gives its svg a viewBox around the layout's
// own box and draws every card; src/print.css drops the on-screen pan/zoom transform and sizes the svg
// to the page width. Afterwards the screen is as it was.
import { useEffect } from 'react';
import type { BracketHandle } from '../../bracket/bracket.ts';

/** Fits the bracket for print on `beforeprint` (or the print media query) and restores it afterwards. */
export function usePrintFit(bracket: () => BracketHandle | null): void {
  useEffect(() => {
    let restore: (() => void) | null = null;
    const before = () => {
      if (!restore) restore = bracket()?.printFit() ?? null;
    };
    const after = () => {
      restore?.();
      restore = null;
    };
    const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const onMedia = (event: MediaQueryListEvent) => (event.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    print?.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      print?.removeEventListener('change', onMedia);
      after();
    };
  }, [bracket]);
}
