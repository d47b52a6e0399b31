// The bracket before React: main.ts draws it as soon as the competition is in, in a frame where App
// will put it, and loads React after that first frame. BracketView then takes the drawing over
// (takeEarlyBracket) instead of drawing it again. Other views, errors, and screens where App's
// header height varies (phones and tablets, below 1024 px; an embed has none) wait for React.
import { selectCompetitionState } from '../../store/selectors.ts';
import type { AppStore } from '../../store/store.ts';
import type { BracketHandle } from '../../bracket/bracket.ts';
import { createBracketController } from './bracket-controller.ts';

// Where App's bracket frame lies from 1024 px: below the header's two rows of 60 px and its 36 px
// summary line with the day control (p-4, gap-3; none of them wraps at that width); in an embed, all but the link line
// below it. Were App's frame elsewhere, the drawing would move there and fit itself again.
const FRAME = 'fixed overflow-hidden rounded-lg border border-line bg-surface';
const PLACE = { page: 'inset-x-4 top-[208px] bottom-4', embed: 'inset-x-1 top-1 bottom-6' };

let early: { controller: BracketHandle; host: HTMLElement } | null = null;

/**
 * Resolves after the first frame with the bracket, or at once when nothing is drawn early: no
 * competition, an error, another view or a phone. `stop()` ends the wait (React is showing the page).
 */
export function drawBracketEarly(store: AppStore): { drawn: Promise<void>; stop: () => void } {
  let stop = () => {};
  const drawn = new Promise<void>((resolve) => {
    const finish = () => {
      unsubscribe();
      resolve();
    };
    const check = () => {
      const state = store.getState();
      if (state.index.status === 'error') return finish();
      const { status } = selectCompetitionState(state);
      if (status === 'error') return finish();
      if (status !== 'ready') return;
      const wide = matchMedia(state.embed ? '(min-width: 640px)' : '(min-width: 1024px)').matches;
      if (state.view !== 'bracket' || !wide) return finish();
      const host = document.createElement('div');
      host.className = `${FRAME} ${state.embed ? PLACE.embed : PLACE.page}`;
      document.body.append(host);
      early = { controller: createBracketController(store, host), host };
      unsubscribe();
      requestAnimationFrame(() => setTimeout(resolve));
    };
    const unsubscribe = store.subscribe(check);
    stop = finish;
    check();
  });
  return { drawn, stop };
}

/** Removes an early drawing no BracketView took (the window became narrow before React came). */
export function dropEarlyBracket(): void {
  early?.controller.destroy();
  early?.host.remove();
  early = null;
}

/** The early drawing moved into `frame`, or null when there is none. */
export function takeEarlyBracket(frame: Element): BracketHandle | null {
  if (!early) return null;
  const { controller, host } = early;
  early = null;
  controller.attach(frame);
  host.remove();
  return controller;
}
