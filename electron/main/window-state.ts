import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect | null;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { bounds: null, width: 1200, height: 820, maximized: false };
export const MIN_WINDOW_SIZE = { width: 560, height: 420 } as const;

const RectSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
const SavedStateSchema = z.object({ bounds: RectSchema, maximized: z.boolean() });

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * The window's size and position from what was saved, kept only if it still fits the
 * screens attached now: at least a quarter of it on one of them, no larger than the
 * largest. Anything unreadable gives the default.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rect[]): WindowState {
  const parsed = SavedStateSchema.safeParse(saved);
  if (!parsed.success || workAreas.length === 0) return DEFAULT_WINDOW_STATE;
  const { bounds, maximized } = parsed.data;
  const largest = workAreas.reduce((a, b) => (a.width * a.height >= b.width * b.height ? a : b));
  const width = Math.max(MIN_WINDOW_SIZE.width, Math.min(bounds.width, largest.width));
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.min(bounds.height, largest.height));
  const sized = { ...bounds, width, height };
  const visible = workAreas.some((area) => overlap(sized, area) >= (width * height) / 4);
  return { bounds: visible ? sized : null, width, height, maximized };
}

/** What is written to disk: the normal (unmaximised) bounds and whether it was maximised. */
export function windowStateToSave(bounds: Rect, maximized: boolean): { bounds: Rect; maximized: boolean } {
  return {
    bounds: {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
    },
    maximized,
  };
}
