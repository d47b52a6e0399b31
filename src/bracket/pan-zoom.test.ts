import { describe, expect, it } from 'vitest';
import { fitTransform } from './pan-zoom.ts';

const frame = { width: 1000, height: 600 };

describe('fitTransform', () => {
  it('centres content that fits, never above 1:1', () => {
    expect(fitTransform({ x: 0, y: 0, width: 400, height: 200 }, frame)).toEqual({ k: 1, x: 300, y: 176 });
  });

  it('scales content down to fit, keeping room for the controls along the bottom', () => {
    // 600 − 16 at the top − 48 for the controls leaves 536 px for 1,072: half size, centred across.
    expect(fitTransform({ x: 0, y: 0, width: 1000, height: 1072 }, frame)).toEqual({ k: 0.5, x: 250, y: 16 });
  });

  it('shows content that would be smaller than the minimum scale at that scale, from its top-left corner', () => {
    const tall = { x: 0, y: 0, width: 1000, height: 5000 };
    expect(fitTransform(tall, frame).k).toBeCloseTo(536 / 5000);
    expect(fitTransform(tall, frame, 0.5)).toEqual({ k: 0.5, x: 250, y: 16 });
    const wideAndTall = { x: 0, y: 0, width: 4000, height: 5000 };
    expect(fitTransform(wideAndTall, frame, 0.5)).toEqual({ k: 0.5, x: 16, y: 16 });
  });
});
