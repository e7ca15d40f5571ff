import { useEffect } from 'react';
import { shouldMoveFocus } from '../common/useFocusHeading';
import { blockDomId } from './BlockView';

/**
 * After a navigation, brings the reader to what the address names: the linked passage, or
 * the top of the document with focus on its title, so keyboard and screen-reader users
 * start where sighted users look.
 */
export function useFocusTarget(ready: boolean, documentKey: string, blockId: string | null): void {
  useEffect(() => {
    if (!ready) return;
    const target = blockId ? document.getElementById(blockDomId(blockId)) : null;
    const moveFocus = shouldMoveFocus();
    if (target) {
      if (target.tagName === 'LI') target.tabIndex = -1;
      target.scrollIntoView({ block: 'start' });
      if (moveFocus) target.focus({ preventScroll: true });
    } else {
      window.scrollTo(0, 0);
      if (moveFocus) document.getElementById('document-title')?.focus({ preventScroll: true });
    }
  }, [ready, documentKey, blockId]);
}
