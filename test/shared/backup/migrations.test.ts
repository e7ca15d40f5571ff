import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION } from '@shared/backup/envelope';
import { BACKUP_MIGRATIONS, checkMigrations, migrateEnvelope, type BackupMigration } from '@shared/backup/migrations';

const step = (from: number, to = from + 1): BackupMigration => ({
  from,
  to,
  migrate: (envelope) => ({ ...envelope, steps: [...((envelope['steps'] as number[] | undefined) ?? []), from] }),
});

describe('backup migrations', () => {
  it('lead from version 1 to the current version, one version at a time', () => {
    expect(checkMigrations(BACKUP_MIGRATIONS, BACKUP_VERSION)).toEqual({ ok: true, value: undefined });
  });

  it('check a list that is whole', () => {
    expect(checkMigrations([step(1), step(2), step(3)], 4)).toEqual({ ok: true, value: undefined });
    expect(checkMigrations([], 1)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['a gap', [step(1), step(3)], 4, 'migration 2 goes from version 3 to 4; expected 2 to 3'],
    ['a step that skips a version', [step(1, 3)], 3, 'migration 1 goes from version 1 to 3; expected 1 to 2'],
    ['a repeated step', [step(1), step(1)], 3, 'migration 2 goes from version 1 to 2'],
    ['steps out of order', [step(2), step(1)], 3, 'migration 1 goes from version 2 to 3'],
    ['a list that stops short', [step(1)], 3, 'lead to version 2, not to the current version 3'],
    ['no list for a version past 1', [], 2, 'lead to version 1, not to the current version 2'],
  ])('refuse %s', (_case, migrations, current, message) => {
    const checked = checkMigrations(migrations, current);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.error).toContain(message);
  });

  it('bring an old envelope up to date step by step, setting each version', () => {
    expect(migrateEnvelope({ version: 1 }, 1, 4, [step(1), step(2), step(3)])).toEqual({
      ok: true,
      value: { version: 4, steps: [1, 2, 3] },
    });
    expect(migrateEnvelope({ version: 3 }, 3, 4, [step(1), step(2), step(3)])).toEqual({
      ok: true,
      value: { version: 4, steps: [3] },
    });
  });

  it('stop, saying where, at a missing step or one that throws', () => {
    expect(migrateEnvelope({ version: 1 }, 1, 3, [step(1)])).toMatchObject({
      ok: false,
      error: { code: 'migration-failed', detail: expect.stringContaining('no step from version 2') },
    });
    const throwing: BackupMigration = {
      from: 1,
      to: 2,
      migrate: () => {
        throw new Error('notes is not an array');
      },
    };
    expect(migrateEnvelope({ version: 1 }, 1, 2, [throwing])).toMatchObject({
      ok: false,
      error: {
        code: 'migration-failed',
        detail: expect.stringContaining('from version 1 to 2: notes is not an array'),
      },
    });
  });
});
