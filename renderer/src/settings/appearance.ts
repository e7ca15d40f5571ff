import { LINE_WIDTH_MEASURES, type Appearance } from '@shared/settings/vocabulary';

/**
 * Puts the reader's looks on the page's root: the stylesheet reads the theme and font from
 * attributes and the text size and measure from custom properties. Called before the first
 * screen (start-up) and on every change, so a dark theme never flashes light.
 */
export function applyAppearance(root: HTMLElement, appearance: Appearance): void {
  root.dataset['theme'] = appearance.theme;
  root.dataset['readingFont'] = appearance.font;
  root.style.setProperty('--text-scale', String(appearance.textSize / 100));
  root.style.setProperty('--measure-chars', String(LINE_WIDTH_MEASURES[appearance.lineWidth]));
}
