import { useEffect } from 'react';

let firstViewShown = false;

/**
 * Whether a view that just appeared should take the focus. Not the first view after start:
 * there the page is fresh and the focus starts at the top (skip link first) as on any page;
 * after a navigation, the focus moves to the new view so keyboard and screen-reader users
 * start where sighted users look.
 */
export function shouldMoveFocus(): boolean {
  if (firstViewShown) return true;
  firstViewShown = true;
  return false;
}

/** Moves focus to a page's heading once it is on screen, after a navigation. */
export function useFocusHeading(ready: boolean, elementId: string): void {
  useEffect(() => {
    if (ready && shouldMoveFocus()) document.getElementById(elementId)?.focus({ preventScroll: true });
  }, [ready, elementId]);
}
