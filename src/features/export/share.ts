// Sharing the view shown: its link, or an <iframe> that shows the bracket alone (?embed=1).
import { escapeAttribute } from '../../domain/text.ts';

/** The HTML that shows the view at `href` (the page's own link) inside another page. */
export function embedCode(href: string, title: string): string {
  const url = new URL(href);
  url.searchParams.set('embed', '1');
  url.hash = '';
  // frameborder, not a style attribute: a host page whose CSP refuses inline styles would log an error.
  return `<iframe src="${escapeAttribute(url.href)}" title="${escapeAttribute(title)}" width="100%" height="640" frameborder="0" loading="lazy"></iframe>`;
}

/** Puts `text` on the clipboard; the browser allows it on https pages (and localhost) only. */
export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard) throw new Error('copying needs a secure (https) page');
  await navigator.clipboard.writeText(text);
}
