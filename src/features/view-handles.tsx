// What the page's views offer each other without reaching into one another's DOM: the bracket's
// handle (for export and print) and a way to focus a tie in whichever view shows it (the tie panel
// gives focus back to the tie it was opened from). The view that is shown registers them.
import { createContext, useContext, useEffect, useState, type ReactNode, type RefObject } from 'react';
import type { BracketHandle } from '../bracket/bracket.ts';
import type { TieId } from '../domain/types.ts';

export interface ViewHandles {
  bracket: () => BracketHandle | null;
  /** Registers the bracket shown; returns the function that unregisters it. */
  showBracket: (bracket: BracketHandle) => () => void;
  focusTie: (tieId: TieId) => void;
  /** Registers how the view shown focuses a tie; returns the function that unregisters it. */
  showTieFocus: (focus: (tieId: TieId) => void) => () => void;
}

function createViewHandles(): ViewHandles {
  let bracket: BracketHandle | null = null;
  let focus: ((tieId: TieId) => void) | null = null;
  return {
    bracket: () => bracket,
    showBracket: (next) => {
      bracket = next;
      return () => {
        if (bracket === next) bracket = null;
      };
    },
    focusTie: (tieId) => focus?.(tieId),
    showTieFocus: (next) => {
      focus = next;
      return () => {
        if (focus === next) focus = null;
      };
    },
  };
}

const Context = createContext<ViewHandles>(createViewHandles());

export function ViewHandlesProvider({ children }: { children: ReactNode }) {
  const [handles] = useState(createViewHandles);
  return <Context value={handles}>{children}</Context>;
}

export const useViewHandles = (): ViewHandles => useContext(Context);

/** For a view whose ties are buttons with a `data-tie-id`: focusing a tie focuses its button. */
export function useTieFocusWithin(container: RefObject<HTMLElement | null>): void {
  const handles = useViewHandles();
  useEffect(
    () =>
      handles.showTieFocus((tieId) => {
        for (const button of container.current?.querySelectorAll<HTMLElement>('[data-tie-id]') ?? []) {
          if (button.dataset['tieId'] === tieId) button.focus();
        }
      }),
    [handles, container],
  );
}
