// Writes every shipped competition's page into the build (vite.config.ts runs it after the client
// build): `c/<id>/index.html` for each, `index.html` for the default one, `og/<id>.png`, its link
// preview, and `app/index.html`, the empty page for any other view (src/store/view-url.ts). The app itself renders the pages (src/prerender/render-page.tsx), loaded through
// Vite's SSR module loader in a jsdom document, so the bracket is drawn by its own code.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { createServer } from 'vite';
import type { RenderedPage } from '../../src/prerender/rendered-page.ts';
import { en } from '../../src/i18n/en.ts';
import { appPath, competitionPath } from '../../src/store/view-url.ts';
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
  for (const [i, page] of pages.entries()) {
    const { id, name } = page.entry;
    const image = `og/${id}.png`;
    await writeFile(join(outDir, image), previewImage(page.bracket, name, css));
    const html = (path: string) =>
      pageHtml(
        template,
        {
          path,
          ...page.words,
          image: `${base}${image}`,
          imageSize: PREVIEW_SIZE,
          dataFile: page.entry.file,
          root: { markup: page.markup, key: page.key },
        },
        site,
      );
    const path = competitionPath(id, base);
    const file = join(outDir, path.slice(base.length), 'index.html');
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, html(path));
    written.push(file.slice(outDir.length + 1));
    if (i === 0) {
      await writeFile(join(outDir, 'index.html'), html(base));
      written.push('index.html');
    }
  }
  return written;
}
