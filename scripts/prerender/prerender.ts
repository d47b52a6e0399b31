// Writes every shipped competition's page into the build (vite.config.ts runs it after the client
// build), in each language: `<lang>/c/<id>/index.html` for each, `<lang>/index.html` for the default
// one, and the English ones also without a language (`c/<id>/`, the site's root); `og/<id>.png` (and
// `og/<id>-<lang>.png`), its link preview; and `app/index.html`, the empty page for any other view
// (src/store/view-url.ts). The app itself renders the pages (src/prerender/render-page.tsx), loaded
// through Vite's SSR module loader in a jsdom document, so the bracket is drawn by its own code.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { createServer } from 'vite';
import type { RenderedPage } from '../../src/prerender/rendered-page.ts';
import { en } from '../../src/i18n/en.ts';
import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { appPath, competitionPath, homePath } from '../../src/store/view-url.ts';
import { appHtml, pageHtml } from './page-html.ts';
import { PREVIEW_SIZE, previewImage, readStyles } from './preview-image.ts';

interface Options {
  /** The project's folder. */
  root: string;
  /** The build's folder (dist/). */
  outDir: string;
  /** Vite's base, e.g. `/`. */
  base: string;
  /** The deployed site (LLAVE_SITE_URL; its origin makes link-preview URLs absolute), if known. */
  site: string | null;
}

/** The globals the bracket's code draws with, from a jsdom window, for the time of `run`. */
async function withDocument<T>(run: () => Promise<T>): Promise<T> {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const names = ['document', 'XMLSerializer', 'requestAnimationFrame', 'cancelAnimationFrame'] as const;
  const saved = names.map((name) => Object.getOwnPropertyDescriptor(globalThis, name));
  const values = {
    document: window.document,
    XMLSerializer: window.XMLSerializer,
    // Nothing runs a frame later at build: the bench mark and d3-zoom's loading are the browser's.
    requestAnimationFrame: () => 0,
    cancelAnimationFrame: () => {},
  };
  names.forEach((name) =>
    Object.defineProperty(globalThis, name, { value: values[name], configurable: true, writable: true }),
  );
  try {
    return await run();
  } finally {
    names.forEach((name, i) => {
      const descriptor = saved[i];
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    });
    window.close();
  }
}

export async function prerenderPages({ root, outDir, base, site }: Options): Promise<string[]> {
  const server = await createServer({
    root,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  let pages: RenderedPage[];
  try {
    const { renderPages } = (await server.ssrLoadModule('/src/prerender/render-page.tsx')) as {
      renderPages: (read: (file: string) => Promise<string>) => Promise<RenderedPage[]>;
    };
    pages = await withDocument(() => renderPages((file) => readFile(join(outDir, 'data', file), 'utf8')));
  } finally {
    await server.close();
  }
  const template = await readFile(join(outDir, 'index.html'), 'utf8');
  const app = join(outDir, appPath(base).slice(base.length), 'index.html');
  await mkdir(join(app, '..'), { recursive: true });
  await writeFile(app, appHtml(template, en['app.loading']));
  const css = readStyles(root);
  await mkdir(join(outDir, 'og'), { recursive: true });
  const written: string[] = [app.slice(outDir.length + 1)];
  const write = async (path: string, html: string) => {
    const file = join(outDir, path.slice(base.length), 'index.html');
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, html);
    written.push(file.slice(outDir.length + 1));
  };
  const defaultId = pages[0]?.entry.id;
  for (const page of pages) {
    const { entry, lang } = page;
    const image = lang === 'en' ? `og/${entry.id}.png` : `og/${entry.id}-${lang}.png`;
    await writeFile(join(outDir, image), previewImage(page.bracket, entry.name, css));
    // The default competition's pages are also the site's root and each language's.
    const paths = (lang: Lang | null) =>
      entry.id === defaultId
        ? [homePath(base, lang), competitionPath(entry.id, base, lang)]
        : [competitionPath(entry.id, base, lang)];
    const html = (path: string, alternate: (lang: Lang | null) => string) =>
      pageHtml(
        template,
        {
          path,
          lang,
          alternates: [
            ...LANGS.map((other) => ({ lang: other, path: alternate(other) })),
            { lang: 'x-default', path: alternate(null) },
          ],
          ...page.words,
          image: `${base}${image}`,
          imageSize: PREVIEW_SIZE,
          dataFile: entry.file,
          root: { markup: page.markup, key: page.key },
        },
        site,
      );
    // English is also each page without a language (which main.ts sends other readers on from).
    for (const folder of lang === 'en' ? [lang, null] : [lang])
      for (const [i, path] of paths(folder).entries())
        await write(
          path,
          html(path, (other) => paths(other)[i]!),
        );
  }
  return written;
}
