// A prerendered page's HTML: the built index.html with the page's markup in #root, its title,
// description, link preview (Open Graph, Twitter card) and the preload of its own data file, and
// without the preloads of the app's chunks (vite.config.ts): it loads them once its first frame is
// shown. And /app/'s, which has no page of its own until the app draws one. Pure.
import { escapeAttribute, escapeMarkup } from '../../src/domain/text.ts';
import { PAGE_KEY_ATTRIBUTE } from '../../src/store/page-key.ts';

export interface PageMeta {
  /** Root-relative: `/`, `/c/<id>/`, `/es/c/<id>/`… */
  path: string;
  /** The page's language, for <html lang>. */
  lang: string;
  /** The same page in each language (hreflang), and without one (`x-default`): root-relative paths. */
  alternates: { lang: string; path: string }[];
  title: string;
  description: string;
  /** Root-relative path of the preview image. */
  image: string;
  imageAlt: string;
  imageSize: { width: number; height: number };
  /** The data file the page loads first, relative to data/. */
  dataFile: string;
  /** The markup inside #root and the key it was rendered with. */
  root: { markup: string; key: string };
}

/** Replaces exactly one match of `pattern` in `html`, or says which part of index.html is missing. */
function replaceOnce(
  html: string,
  pattern: RegExp,
  replacement: (match: string, ...groups: string[]) => string,
  what: string,
): string {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0;
  if (matches !== 1) throw new Error(`dist/index.html: expected one ${what}, found ${matches}`);
  return html.replace(pattern, replacement);
}

/**
 * `template` is the built index.html; `site` the deployed site (e.g. `https://llave.example/`; only
 * its origin is used, the paths carry the base) when known: link previews need absolute URLs, so
 * without it the og:url is left out and og:image is root-relative.
 */
export function pageHtml(template: string, meta: PageMeta, site: string | null): string {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const tags = [
    ['name', 'description', meta.description],
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'Llave'],
    ['property', 'og:title', meta.title],
    ['property', 'og:description', meta.description],
    ...(site ? [['property', 'og:url', absolute(meta.path)]] : []),
    ['property', 'og:image', absolute(meta.image)],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(meta.imageSize.width)],
    ['property', 'og:image:height', String(meta.imageSize.height)],
    ['property', 'og:image:alt', meta.imageAlt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', meta.title],
    ['name', 'twitter:description', meta.description],
    ['name', 'twitter:image', absolute(meta.image)],
    ['name', 'twitter:image:alt', meta.imageAlt],
  ].map(([kind, name, content]) => `<meta ${kind}="${name}" content="${escapeAttribute(content!)}" />`);
  if (site) {
    tags.push(`<link rel="canonical" href="${escapeAttribute(absolute(meta.path))}" />`);
    for (const { lang, path } of meta.alternates)
      tags.push(`<link rel="alternate" hreflang="${lang}" href="${escapeAttribute(absolute(path))}" />`);
  }

  let html = template;
  html = replaceOnce(html, /<html lang="en">/, () => `<html lang="${meta.lang}">`, '<html lang="en">');
  html = replaceOnce(
    html,
    /<title>[^<]*<\/title>/,
    () => `<title>${escapeMarkup(meta.title)}</title>`,
    '<title>',
  );
  html = replaceOnce(
    html,
    /<meta\s+name="description"[^>]*>/,
    () => tags.join('\n    '),
    'description <meta>',
  );
  html = replaceOnce(
    html,
    /(<link rel="preload" href="[^"]*\/data\/)(?!index\.json)[\w.-]+\.json"/,
    (_, start) => `${start}${escapeAttribute(meta.dataFile)}"`,
    "competition's data preload",
  );
  html = replaceOnce(
    html,
    /<div id="root"><\/div>/,
    () =>
      `<div id="root" ${PAGE_KEY_ATTRIBUTE}="${escapeAttribute(meta.root.key)}">${meta.root.markup}</div>`,
    '<div id="root"></div>',
  );
  return html.replace(/\s*<link rel="modulepreload"[^>]*\bdata-app-chunk\b[^>]*>/g, '');
}

/** The page for what the build cannot know (view-url.ts): the app, saying it loads until it has. */
export function appHtml(template: string, loading: string): string {
  return replaceOnce(
    template,
    /<div id="root"><\/div>/,
    () => `<div id="root"><p class="p-4 text-muted" role="status">${escapeMarkup(loading)}</p></div>`,
    '<div id="root"></div>',
  );
}
