// A modal dialog (WAI-ARIA APG "Dialog (Modal)"): labelled by its title, focus moves in when it opens,
// Tab and Shift+Tab stay inside, Escape closes, and focus returns to where it was when it closes.
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

const tabbables = (root: HTMLElement | null): HTMLElement[] =>
  root ? [...root.querySelectorAll<HTMLElement>(TABBABLE)] : [];

interface ModalProps {
  titleId: string;
  descriptionId?: string;
  onClose: () => void;
  /** Receives focus when the dialog opens (default: the first tabbable element). */
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

export function Modal({ titleId, descriptionId, onClose, initialFocus, children }: ModalProps) {
  const ref = useRef<HTMLDivElement>(null);

  // A layout effect: focus is inside from the first frame that shows the dialog.
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (initialFocus?.current ?? tabbables(ref.current)[0] ?? ref.current)?.focus();
    // Focus that leaves the dialog any other way (a click on the page behind) is brought back.
    const keepFocusIn = (event: FocusEvent) => {
      const dialog = ref.current;
      if (dialog && event.target instanceof Node && !dialog.contains(event.target)) {
        (tabbables(dialog)[0] ?? dialog).focus();
      }
    };
    document.addEventListener('focusin', keepFocusIn);
    return () => {
      document.removeEventListener('focusin', keepFocusIn);
      opener?.focus();
    };
  }, [initialFocus]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = tabbables(ref.current);
    const first = items[0];
    const last = items.at(-1);
    const active = document.activeElement;
    if (!first || !last) {
      event.preventDefault();
    } else if (event.shiftKey && (active === first || active === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-canvas/80 p-3 backdrop-blur-sm sm:p-8">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        className="flex w-full max-w-4xl flex-col gap-4 rounded-xl border border-line bg-surface p-4 text-ink shadow-2xl outline-none sm:p-6"
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
