import { useCallback, useSyncExternalStore } from 'react';

/**
 * Screens narrower than Tailwind's `sm` (40rem, 640 px): the phone layout (stage by stage, bottom
 * sheets). Written like Tailwind's `max-sm:`, so that script and CSS never disagree on a width.
 */
export const PHONE = '(width < 40rem)';

/**
 * Whether a media query matches, following changes; `server` is the answer where there is no screen
 * yet: at build, and in the browser while React hydrates a built page.
 */
function useMatch<T>(query: string, server: () => T): boolean | T {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof matchMedia !== 'function') return () => {};
      const list = matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore<boolean | T>(subscribe, () => matches(query), server);
}
const matches = (query: string) => typeof matchMedia === 'function' && matchMedia(query).matches;

/** Whether a media query matches, following changes (false where matchMedia is missing, and at build). */
export const useMediaQuery = (query: string): boolean => useMatch(query, () => false);

/** The layout the built page was left with (keepOwnLayout), which React hydrates. */
let kept: boolean | null = null;
const builtLayout = () => kept;

/**
 * Whether the bracket is shown in its phone layout; null in a page rendered at build, where there is
 * no screen: that page has both layouts, and CSS shows the one that fits (`sm:hidden`,
 * `max-sm:hidden`). The browser hydrates with the layout `keepOwnLayout` left in the page, then
 * follows the screen.
 */
export const usePhoneLayout = (): boolean | null => useMatch(PHONE, builtLayout);

/**
 * Drops, from a page built with both layouts, the one this screen does not show: their roots are
 * marked `data-layout="wide"` (BracketView) and `data-layout="phone"` (PhoneBracket).
 */
export function keepOwnLayout(root: Element): void {
  kept = matches(PHONE);
  const other = kept ? 'wide' : 'phone';
  root.querySelectorAll(`[data-layout="${other}"]`).forEach((node) => node.remove());
}
