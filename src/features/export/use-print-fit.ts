// Printing the bracket: the whole bracket on one landscape page, whatever the pan and zoom on screen.
//
// One SVG cannot break between pages without cutting the cards that straddle the break
// (`break-inside: avoid` does not apply inside an SVG), so the bracket is scaled to one page. The
// layout already packs wide fields into side-by-side panels near a 1.6 aspect ratio, close to A4
// landscape (1.46), so even the 36-tie CAF field prints at about half size, in vector text; a stage
// filter prints one stage larger.
//
// Before printing, the svg gets a viewBox around the whole bracket (its <g>'s bounding box) and
// src/print.css drops the <g>'s pan/zoom transform and sizes the svg to the page width; afterwards
// the viewBox is removed, and the screen is as it was (the transform attribute is never touched).
import { useEffect } from 'react';

const PAD = 8;
export const PRINT_FIT_ATTRIBUTE = 'data-print-fit';

/** Fits the bracket on the page; returns the function that undoes it (null when there is no bracket). */
export function fitBracketForPrint(doc: Document = document): (() => void) | null {
  const svg = doc.querySelector<SVGSVGElement>('svg.bracket');
  const content = svg?.querySelector<SVGGElement>(':scope > g');
  if (!svg || !content || svg.hasAttribute(PRINT_FIT_ATTRIBUTE)) return null;
  let box: DOMRect;
  try {
    box = content.getBBox(); // in the <g>'s own coordinates: the layout's, without pan and zoom
  } catch {
    return null; // not rendered (no layout)
  }
  if (!box.width || !box.height) return null;
  const previous = svg.getAttribute('viewBox');
  svg.setAttribute(
    'viewBox',
    [box.x - PAD, box.y - PAD, box.width + 2 * PAD, box.height + 2 * PAD].map((n) => Math.round(n)).join(' '),
  );
  svg.setAttribute(PRINT_FIT_ATTRIBUTE, '');
  return () => {
    if (previous === null) svg.removeAttribute('viewBox');
    else svg.setAttribute('viewBox', previous);
    svg.removeAttribute(PRINT_FIT_ATTRIBUTE);
  };
}

/**
 * Fits the bracket for print on `beforeprint` (or the print media query) and restores it afterwards;
 * `onPrint` is told first (the bracket draws every card in full while printing).
 */
export function usePrintFit(onPrint: (printing: boolean) => void): void {
  useEffect(() => {
    let printing = false;
    let restore: (() => void) | null = null;
    const before = () => {
      if (printing) return;
      printing = true;
      onPrint(true);
      restore = fitBracketForPrint();
    };
    const after = () => {
      if (!printing) return;
      printing = false;
      restore?.();
      restore = null;
      onPrint(false);
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
  }, [onPrint]);
}
