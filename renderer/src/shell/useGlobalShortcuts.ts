import { useEffect } from 'react';
import { isTypingTarget } from './keyboard';

export interface GlobalShortcutActions {
  back(): void;
  forward(): void;
  library(): void;
  glossary(): void;
  showShortcuts(): void;
  search(): void;
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
