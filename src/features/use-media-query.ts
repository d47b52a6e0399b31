import { useCallback, useSyncExternalStore } from 'react';

/**
 * Screens narrower than Tailwind's `sm` (40rem, 640 px): the phone layout (stage by stage, bottom
 * sheets). Written like Tailwind's `max-sm:`, so that script and CSS never disagree on a width.
 */
export const PHONE = '(width < 40rem)';

const subscribe = (query: string, onChange: () => void) => {
  if (typeof matchMedia !== 'function') return () => {};
  const list = matchMedia(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};
const matches = (query: string) => typeof matchMedia === 'function' && matchMedia(query).matches;

/** Whether a media query matches, following changes (false where matchMedia is missing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    useCallback((onChange) => subscribe(query, onChange), [query]),
    () => matches(query),
    () => false,
  );
}

const subscribePhone = (onChange: () => void) => subscribe(PHONE, onChange);
const phoneMatches = () => matches(PHONE);

/**
 * Whether the bracket is shown in its phone layout; null in a page rendered at build, where there is
 * no screen: that page has both layouts, and CSS shows the one that fits (`sm:hidden`,
 * `max-sm:hidden`). The browser hydrates with its own answer, once `keepOwnLayout` has dropped the
 * other layout from the page.
 */
export function usePhoneLayout(): boolean | null {
  return useSyncExternalStore(subscribePhone, phoneMatches, () =>
    typeof matchMedia === 'function' ? phoneMatches() : null,
  );
}

/**
 * Drops, from a page built with both layouts, the one this screen does not show: their roots are
 * marked `data-layout="wide"` (BracketView) and `data-layout="phone"` (PhoneBracket).
 */
export function keepOwnLayout(root: Element): void {
  const other = phoneMatches() ? 'wide' : 'phone';
  root.querySelectorAll(`[data-layout="${other}"]`).forEach((node) => node.remove());
}
