import { useEffect } from 'react';
import type { ReadingMode } from '@shared/settings/vocabulary';
import { isTypingTarget } from './keyboard';

/** Ctrl/Cmd + 1, 2, 3: read in French, in English, side by side (the Language menu's order). */
const READING_KEYS: Readonly<Record<string, ReadingMode>> = { '1': 'fr', '2': 'en', '3': 'both' };

export interface GlobalShortcutActions {
  back(): void;
  forward(): void;
  library(): void;
  glossary(): void;
  showShortcuts(): void;
  search(): void;
  /** The reading text one size larger (+1), smaller (−1) or back to its usual size (0). */
  textSize(step: -1 | 0 | 1): void;
  read(mode: ReadingMode): void;
}

/** Shortcuts that work on every view. The native menu shows the same keys without taking them. */
export function useGlobalShortcuts(actions: GlobalShortcutActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      const run = (action: () => void): void => {
        event.preventDefault();
        action();
      };
      if (event.altKey && !event.ctrlKey && !event.metaKey) {
        if (event.key === 'ArrowLeft') return run(actions.back);
        if (event.key === 'ArrowRight') return run(actions.forward);
        if (event.key === 'Home') return run(actions.library);
      }
      if (event.key === 'F1') return run(actions.showShortcuts);
      if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey)
        return run(actions.search);
      if ((event.ctrlKey || event.metaKey) && !event.altKey) {
        // `=` is the unshifted `+` key on most layouts; the keypad sends `+` and `-`.
        if (event.key === '+' || event.key === '=') return run(() => actions.textSize(1));
        if (event.key === '-') return run(() => actions.textSize(-1));
        if (event.key === '0') return run(() => actions.textSize(0));
        const mode = READING_KEYS[event.key];
        if (mode && !event.shiftKey) return run(() => actions.read(mode));
      }
      const plainKey = !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
      if (event.key === '?' && plainKey) return run(actions.showShortcuts);
      if (event.key === 'g' && plainKey) return run(actions.glossary);
      if (event.key === '/' && plainKey) return run(actions.search);
      return undefined;
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
