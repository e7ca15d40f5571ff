import { describe, expect, it } from 'vitest';
import { DEFAULT_APPEARANCE, stepTextSize, TEXT_SIZES } from '@shared/settings/vocabulary';

describe('text sizes', () => {
  it('steps to the next size up and down', () => {
    expect(stepTextSize(100, 1)).toBe(115);
    expect(stepTextSize(100, -1)).toBe(85);
  });

  it('stays at the ends of the scale', () => {
    expect(stepTextSize(TEXT_SIZES[0], -1)).toBe(TEXT_SIZES[0]);
    expect(stepTextSize(175, 1)).toBe(175);
  });

  it('goes back to the usual size', () => {
    expect(stepTextSize(150, 0)).toBe(DEFAULT_APPEARANCE.textSize);
  });
});
