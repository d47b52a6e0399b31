// axe-core in the page, with the WCAG 2.2 AA rule set. The built page's CSP forbids inline scripts, so
// axe is evaluated through the DevTools protocol (page.evaluate), which the CSP does not govern.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
  summary: string;
}

/** Runs axe on the whole document; returns one line per violation with the nodes it names. */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Result = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string; element?: Element }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Result> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      elementRef: true,
    });
    // A tie card of the SVG bracket is named by its tie, whatever selector axe found for it.
    const name = (node: { target: unknown[]; element?: Element }) => {
      const tie = node.element?.closest('svg.bracket') ? node.element.getAttribute('data-tie-id') : null;
      return tie ? `svg.bracket [data-tie-id="${tie}"]` : node.target.map(String).join(' ');
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map(name),
      summary: v.nodes[0]?.failureSummary ?? '',
    }));
  }, WCAG_22_AA);
}
