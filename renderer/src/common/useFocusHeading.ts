import { useEffect } from 'react';

/** Moves focus to a page's heading once it is on screen, so navigation starts there. */
export function useFocusHeading(ready: boolean, elementId: string): void {
  useEffect(() => {
    if (ready) document.getElementById(elementId)?.focus({ preventScroll: true });
  }, [ready, elementId]);
}
