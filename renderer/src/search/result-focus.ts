/**
 * Keyboard movement through the results list: each hit's link is a stop, ↑ and ↓ move
 * between them in reading order, ↑ from the first goes back to the search field.
 */
const hitLinks = (): HTMLAnchorElement[] => [...document.querySelectorAll<HTMLAnchorElement>('.search-hit a')];

/** Focuses the hit at `index` (clamped); false when there is none. */
export function focusHit(index: number): boolean {
  const links = hitLinks();
  if (links.length === 0) return false;
  const link = links[Math.max(0, Math.min(links.length - 1, index))];
  link?.focus();
  link?.scrollIntoView({ block: 'nearest' });
  return true;
}

/** Moves from the focused hit by `step`; above the first, back to the search field. */
export function moveHitFocus(step: 1 | -1): void {
  const links = hitLinks();
  const current = links.findIndex((link) => link === document.activeElement);
  if (current === 0 && step === -1) {
    document.querySelector<HTMLInputElement>('.search-field input')?.focus();
    return;
  }
  focusHit(current + step);
}
