import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  MIN_WINDOW_SIZE,
  restoreWindowState,
  windowStateToSave,
} from '../../../electron/main/window-state';

const SCREEN = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it('restores the saved size and position when they fit a screen', () => {
    expect(
      restoreWindowState({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true }, [SCREEN]),
    ).toEqual({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, width: 1000, height: 700, maximized: true });
  });

  it('forgets a position on a screen that is no longer attached', () => {
    expect(
      restoreWindowState({ bounds: { x: 3000, y: 80, width: 1000, height: 700 }, maximized: false }, [SCREEN]).bounds,
    ).toBeNull();
  });

  it('shrinks a window larger than the largest screen, and grows one below the minimum', () => {
    expect(
      restoreWindowState({ bounds: { x: 0, y: 0, width: 5000, height: 4000 }, maximized: false }, [SCREEN]),
    ).toMatchObject({ width: 1920, height: 1080 });
    expect(
      restoreWindowState({ bounds: { x: 0, y: 0, width: 10, height: 10 }, maximized: false }, [SCREEN]),
    ).toMatchObject(MIN_WINDOW_SIZE);
  });

  it.each([
    undefined,
    null,
    'text',
    { bounds: { x: 'a' } },
    { bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false },
    [],
  ])('uses the default for %j', (saved) => {
    expect(restoreWindowState(saved, [SCREEN])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('saves whole pixels', () => {
    expect(windowStateToSave({ x: 1.4, y: 2.6, width: 800.2, height: 600.7 }, false)).toEqual({
      bounds: { x: 1, y: 3, width: 800, height: 601 },
      maximized: false,
    });
  });
});
