import { describe, expect, it } from 'vitest';
import { ReadingModeSchema } from '@shared/backup/user-rows';
import { READING_MODES } from '../../../renderer/src/settings/reading-mode';

describe('user rows', () => {
  it("store exactly the renderer's reading modes", () => {
    expect([...ReadingModeSchema.options].sort()).toEqual([...READING_MODES].sort());
  });
});
