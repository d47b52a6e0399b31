// The page's script: as little as possible runs before a prerendered page's first frame. It sends a
// reader whose browser prefers another language than English from a page without one to the same
// page in theirs, applies a theme the user chose, drops a prerendered page the link does not show,
// keeps a tie tapped before the app is in, waits for that first frame to be on screen, and loads the
// app (boot.ts).
import { keepEarlyTaps } from './early-taps.ts';
import { applyTheme, storedTheme } from './features/theme/theme.ts';
import { browserLanguage } from './i18n/languages.ts';
import { PAGE_KEY_ATTRIBUTE } from './store/page-key.ts';
import { langInPath, showsOtherPage } from './store/view-url.ts';
import '@fontsource-variable/inter/wght.css';
import './styles.css';
import './print.css';

const BASE = import.meta.env.BASE_URL;
const root = document.getElementById('root');
const { pathname, search, hash } = window.location;
const params = new URLSearchParams(search);
const preferred = browserLanguage();
// Every prerendered page is built in each language (view-url.ts); one without a language is English.
if (
  root?.hasAttribute(PAGE_KEY_ATTRIBUTE) &&
  preferred !== 'en' &&
  !params.has('lang') &&
  !langInPath(pathname, BASE) &&
  !showsOtherPage(search)
) {
  window.location.replace(`${BASE}${preferred}/${pathname.slice(BASE.length)}${search}${hash}`);
} else start();

function start() {
  // The system's theme needs no class (the colours are light-dark()); setting one anyway restyled the
  // whole page before its first frame was shown. The app sets it when it starts (ThemeToggle).
  const chosen = storedTheme();
  if (chosen) applyTheme(chosen);

  // A link to other data or another layout than the page's: what the build drew must not show until
  // the page is drawn anew.
  if (root?.hasAttribute(PAGE_KEY_ATTRIBUTE) && showsOtherPage(search)) {
    root.removeAttribute(PAGE_KEY_ATTRIBUTE);
    root.replaceChildren();
  }
  if (root?.hasAttribute(PAGE_KEY_ATTRIBUTE)) keepEarlyTaps(document);
  const shown = root?.hasAttribute(PAGE_KEY_ATTRIBUTE) ? firstPaint() : Promise.resolve();
  // The bench's generated competition: its module starts loading with the app's, not after it.
  if (params.has('synthetic')) void import('./bench/synthetic.ts');
  void shown.then(() => {
    performance.mark('app-start'); // the bench's: when the app's own code starts (scripts/bench/)
    return import('./boot.ts');
  });
}

/**
 * When the page's first frame is on screen, not only painted: the app's scripts, parsed and run
 * earlier, took the two cores from that frame's rasterization. A page that is never shown (a
 * background tab) still gets its app after a while.
 */
function firstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done();
    });
    observer.observe({ type: 'paint', buffered: true });
    const timer = setTimeout(done, 1000);
  });
}
