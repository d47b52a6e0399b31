import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SVG_NS } from '../../render/svg.ts';
import { fitBracketForPrint, PRINT_FIT_ATTRIBUTE, usePrintFit } from './use-print-fit.ts';

function bracket(box: { x: number; y: number; width: number; height: number }) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'bracket');
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('transform', 'translate(-300,20) scale(1.5)');
  // jsdom has no SVG geometry: the box the browser would measure.
  g.getBBox = () => DOMRect.fromRect(box);
  svg.append(g);
  document.body.append(svg);
  return { svg, g };
}

afterEach(() => document.body.replaceChildren());

describe('fitBracketForPrint', () => {
  it('frames the whole bracket with a viewBox, leaves the pan/zoom transform alone, and undoes it', () => {
    const { svg, g } = bracket({ x: 16, y: 16, width: 1276, height: 735 });
    const restore = fitBracketForPrint();
    expect(svg.getAttribute('viewBox')).toBe('8 8 1292 751');
    expect(svg.hasAttribute(PRINT_FIT_ATTRIBUTE)).toBe(true);
    expect(g.getAttribute('transform')).toBe('translate(-300,20) scale(1.5)');
    // A second beforeprint while printing changes nothing.
    expect(fitBracketForPrint()).toBeNull();
    restore?.();
    expect(svg.hasAttribute('viewBox')).toBe(false);
    expect(svg.hasAttribute(PRINT_FIT_ATTRIBUTE)).toBe(false);
  });

  it('does nothing without a drawn bracket', () => {
    expect(fitBracketForPrint()).toBeNull();
    bracket({ x: 0, y: 0, width: 0, height: 0 });
    expect(fitBracketForPrint()).toBeNull();
  });
});

describe('usePrintFit', () => {
  it('has every card drawn before the bracket is fitted, and back as it was after, once per print', () => {
    const { svg } = bracket({ x: 16, y: 16, width: 1276, height: 735 });
    const calls: [boolean, boolean][] = []; // printing, and whether the bracket was fitted then
    const { unmount } = renderHook(() =>
      usePrintFit((printing) => calls.push([printing, svg.hasAttribute('viewBox')])),
    );
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('beforeprint'));
    expect(svg.getAttribute('viewBox')).toBe('8 8 1292 751');
    window.dispatchEvent(new Event('afterprint'));
    window.dispatchEvent(new Event('afterprint'));
    expect(svg.hasAttribute('viewBox')).toBe(false);
    expect(calls).toEqual([
      [true, false],
      [false, false],
    ]);
    unmount();
  });
});
