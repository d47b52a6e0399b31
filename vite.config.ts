/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// No inline or foreign script may run. Added to the built page only: the dev server injects an
// inline script for hot reload.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'llave-csp',
  apply: 'build',
  // After preloads() (listed before it), so that the policy is the head's very first element.
  transformIndexHtml: {
    order: 'post',
    handler: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  },
});

/**
 * What the page needs first starts loading with the HTML. The Latin face of the bundled Inter: found
 * by the stylesheet only after layout, it arrived late and the page laid its text out twice (about
 * 25 ms at the bench's small sizes); other scripts' faces load when a name needs them (unicode-range).
 * The app's chunks, for the page that draws everything in the browser (`app/`): fetched now, with the
 * HTML. They carry `data-app-chunk`: a prerendered page leaves them out (scripts/prerender/), since
 * fetched and parsed during its first frame they took the CPU from it, and its app starts only once
 * that frame is on screen (main.ts).
 */
const preloads = (): Plugin => {
  let base = '/';
  const link = (attrs: Record<string, string>, injectTo: 'head' | 'head-prepend' = 'head') => ({
    tag: 'link',
    attrs,
    injectTo,
  });
  return {
    name: 'llave-preloads',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const bundle = context.bundle ?? {};
        const files = Object.keys(bundle);
        const font = files.find((name) => /inter-latin-wght-normal-[\w-]+\.woff2$/.test(name));
        // The boot and React chunks and every chunk they import.
        const chunks = new Set<string>();
        const add = (name: string) => {
          const chunk = bundle[name];
          if (chunks.has(name) || chunk?.type !== 'chunk') return;
          chunks.add(name);
          chunk.imports.forEach(add);
        };
        // Not those the page already loads or preloads (the entry, Vite's own preloads).
        const listed = (name: string) => html.includes(`${base}${name}"`);
        files.filter((name) => /\/(boot|mount-app)-[\w-]+\.js$/.test(name)).forEach(add);
        return [
          ...(font
            ? [
                // First in the head, before the stylesheet: fetched later, it came after the first
                // layout, which was then done again in it (15–30 ms of a prerendered page's first paint).
                link(
                  { rel: 'preload', href: `${base}${font}`, as: 'font', type: 'font/woff2', crossorigin: '' },
                  'head-prepend',
                ),
              ]
            : []),
          ...[...chunks]
            .filter((chunk) => !listed(chunk))
            .map((chunk) =>
              link({ rel: 'modulepreload', href: `${base}${chunk}`, crossorigin: '', 'data-app-chunk': '' }),
            ),
        ];
      },
    },
  };
};

/**
 * After the client build, every shipped competition's page is rendered into it (scripts/prerender/):
 * the bracket is in the HTML, and the page is taken over by the script when it comes.
 */
const prerender = (): Plugin => {
  let config: { root: string; outDir: string; base: string };
  return {
    name: 'llave-prerender',
    apply: 'build',
    configResolved: (resolved) => {
      config = {
        root: resolved.root,
        outDir: resolve(resolved.root, resolved.build.outDir),
        base: resolved.base,
      };
    },
    closeBundle: {
      sequential: true,
      handler: async () => {
        const { prerenderPages } = await import('./scripts/prerender/prerender.ts');
        const written = await prerenderPages({ ...config, site: process.env.LLAVE_SITE_URL || null });
        console.log(`prerendered ${written.length} pages`);
      },
    },
  };
};

type ModuleGraph = { getModuleInfo: (id: string) => { importedIds: string[] } | null };

/**
 * A chunk of our own for `entry` and what it imports statically. `page`: the page's script (main.ts)
 * and its imports, the little that runs before a prerendered page's first frame. `boot`: the rest of
 * what boot.ts imports, so that the app starts from one file instead of a dozen small ones fetched
 * in parallel (React and the rest stay split). Without `page`, the modules both import went to
 * boot's chunk, which main.ts then imported: boot's modules were fetched and run before that frame.
 */
function importsChunk(name: 'page' | 'boot', entry: string) {
  let modules: Set<string> | null = null;
  return (id: string, graph: ModuleGraph) => {
    if (!modules) {
      modules = new Set();
      const visit = (module: string) => {
        if (modules?.has(module)) return;
        modules?.add(module);
        graph.getModuleInfo(module)?.importedIds.forEach(visit);
      };
      visit(entry);
    }
    return modules.has(id) ? name : null;
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), preloads(), contentSecurityPolicy(), prerender()],
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json: scripts/bundle-size.ts reads the chunk graph from it.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Vite's preload helper on its own: main.ts uses it too, and in the boot chunk it made
            // main.ts import that chunk, and so run boot.ts, before a prerendered page's first frame.
            { name: 'vite-helper', test: /preload-helper/, priority: 10 },
            { name: importsChunk('page', resolve('src/main.ts')), priority: 5 },
            { name: importsChunk('boot', resolve('src/boot.ts')) },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    // Role queries over a whole bracket in jsdom are slow on a busy 2-core machine; this is a
    // ceiling for hangs, not a performance assertion.
    testTimeout: 30_000,
  },
});
