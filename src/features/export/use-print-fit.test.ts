import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BracketHandle } from '../../bracket/bracket.ts';
import { usePrintFit } from './use-print-fit.ts';

describe('usePrintFit', () => {
  it('fits the bracket once per print and undoes it after, whatever announces the print', () => {
    const calls: string[] = [];
    const bracket = {
      printFit: () => {
        calls.push('fit');
        return () => calls.push('restore');
      },
    } as Partial<BracketHandle> as BracketHandle;
    const { unmount } = renderHook(() => usePrintFit(() => bracket));
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    window.dispatchEvent(new Event('afterprint'));
    expect(calls).toEqual(['fit', 'restore']);
    window.dispatchEvent(new Event('beforeprint'));
    unmount(); // leaving the page while printing undoes it too
    expect(calls).toEqual(['fit', 'restore', 'fit', 'restore']);
  });

  it('does nothing without a bracket shown', () => {
    const { unmount } = renderHook(() => usePrintFit(() => null));
    expect(() => window.dispatchEvent(new Event('beforeprint'))).not.toThrow();
    unmount();
  });
});
