import { useEffect } from 'react';
import { isTypingTarget } from '../shell/keyboard';

export interface ReaderShortcutActions {
  previousDocument?: (() => void) | undefined;
  nextDocument?: (() => void) | undefined;
}

/** j / k move between passages, [ / ] between documents, t jumps to the table of contents. */
export function useReaderShortcuts({ previousDocument, nextDocument }: ReaderShortcutActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target))
        return;
      const act = (action: (() => void) | undefined): void => {
        if (!action) return;
        event.preventDefault();
        action();
      };
      switch (event.key) {
        case 'j':
          return act(() => moveBlockFocus(1));
        case 'k':
          return act(() => moveBlockFocus(-1));
        case '[':
          return act(previousDocument);
        case ']':
          return act(nextDocument);
        case 't':
          return act(() => {
            const link = document.querySelector<HTMLElement>('.toc a');
            // Folded contents open first: a link in a closed fold cannot take the focus.
            link?.closest('details')?.setAttribute('open', '');
            link?.focus();
          });
        default:
          return undefined;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [previousDocument, nextDocument]);
}

function moveBlockFocus(step: 1 | -1): void {
  const blocks = [...document.querySelectorAll<HTMLElement>('.document-body > .block')];
  if (blocks.length === 0) return;
  const active = document.activeElement;
  const current = blocks.findIndex((block) => block === active || block.contains(active));
  const start = current < 0 ? (step > 0 ? -1 : blocks.length) : current;
  const next = blocks[Math.min(blocks.length - 1, Math.max(0, start + step))];
  next?.focus();
  next?.scrollIntoView({ block: 'nearest' });
}
