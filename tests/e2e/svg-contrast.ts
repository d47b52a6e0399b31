// Text contrast in the bracket's SVG, which axe cannot judge ("background color could not be
// determined"): each text's fill against the shapes painted under its centre, composited with their
// opacity, down to the first opaque HTML background.
import type { Page } from 'playwright-core';

export interface LowContrast {
  text: string;
  ratio: number;
  color: string;
  background: string;
}

/** Texts of `svg.bracket` on screen with less than `minimum`:1 contrast (SVG text here is all small). */
export function svgTextContrast(page: Page, minimum = 4.5): Promise<LowContrast[]> {
  return page.evaluate((min) => {
    type RGBA = [number, number, number, number];
    const parse = (value: string): RGBA | null => {
      const m = value.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r = 0, g = 0, b = 0, a = 1] = m[1]!
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r, g, b, a];
    };
    const opacity = (el: Element | null): number => {
      let o = 1;
      for (let node = el; node && node !== document.documentElement; node = node.parentElement) {
        o *= Number(getComputedStyle(node).opacity);
      }
      return o;
    };
    const over = (top: RGBA, bottom: RGBA): RGBA => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as RGBA;
    };
    const luminance = ([r, g, b]: RGBA) =>
      [r, g, b]
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const ratio = (a: RGBA, b: RGBA) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const hex = (c: RGBA) =>
      `#${c
        .slice(0, 3)
        .map((v) => Math.round(v).toString(16).padStart(2, '0'))
        .join('')}`;

    const found: LowContrast[] = [];
    const frame = document.querySelector('svg.bracket')!.getBoundingClientRect();
    for (const text of document.querySelectorAll<SVGTextElement>('svg.bracket text')) {
      const content = text.textContent?.trim();
      if (!content) continue;
      const box = text.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < frame.left || x > frame.right || y < frame.top || y > frame.bottom) continue;
      // Layers under the text, top first, until an opaque one.
      const layers: RGBA[] = [];
      for (const el of document.elementsFromPoint(x, y)) {
        if (el === text || text.contains(el)) continue;
        const style = getComputedStyle(el);
        const paint = el instanceof SVGGeometryElement ? parse(style.fill) : parse(style.backgroundColor);
        if (!paint || paint[3] === 0) continue;
        const alpha =
          paint[3] * opacity(el) * (el instanceof SVGGeometryElement ? Number(style.fillOpacity) : 1);
        layers.push([paint[0], paint[1], paint[2], alpha]);
        if (alpha >= 1) break;
      }
      const background = layers.reduceRight<RGBA>((below, layer) => over(layer, below), [255, 255, 255, 1]);
      const fill = parse(getComputedStyle(text).fill);
      if (!fill) continue;
      const color = over([fill[0], fill[1], fill[2], fill[3] * opacity(text)], background);
      const value = ratio(color, background);
      if (value < min) {
        found.push({
          text: content,
          ratio: Math.round(value * 100) / 100,
          color: hex(color),
          background: hex(background),
        });
      }
    }
    return found;
  }, minimum);
}
