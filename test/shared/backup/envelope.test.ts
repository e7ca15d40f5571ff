import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupDataSchema, buildBackupEnvelope } from '@shared/backup/envelope';
import { readBackup } from '@shared/backup/read';
import { USER_TABLES } from '@shared/backup/tables';
import { NoteRowSchema } from '@shared/backup/user-rows';
import { personData } from '../../user-data-fixture';

const exportedAt = new Date('2025-03-14T09:26:53.589Z');

describe('backup envelope', () => {
  it('holds exactly the user tables', () => {
    expect(Object.keys(BackupDataSchema.shape)).toEqual([...USER_TABLES]);
  });

  it('wraps a person’s data with the format, its version, the time and the app that wrote it', () => {
    expect(buildBackupEnvelope({ data: personData(), appVersion: '0.1.0', exportedAt })).toEqual({
      ok: true,
      value: {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: '2025-03-14T09:26:53.589Z',
        app: { version: '0.1.0' },
        data: personData(),
      },
    });
  });

  it('reads back, through JSON, exactly what it wrote', () => {
    const built = buildBackupEnvelope({ data: personData(), appVersion: '0.1.0', exportedAt });
    if (!built.ok) throw new Error(built.error.detail);
    expect(readBackup(JSON.parse(JSON.stringify(built.value)))).toEqual({ ok: true, value: built.value });
  });

  it('refuses to write a backup it could not read back, naming the row', () => {
    const data = personData();
    data.notes[1] = { ...data.notes[1]!, body: 'x'.repeat(50_001) };
    expect(buildBackupEnvelope({ data, appVersion: '0.1.0', exportedAt })).toMatchObject({
      ok: false,
      error: { code: 'invalid-data', detail: expect.stringContaining('data.notes[1].body') },
    });
    expect(buildBackupEnvelope({ data: personData(), appVersion: '', exportedAt })).toMatchObject({
      ok: false,
      error: { code: 'invalid-data', detail: expect.stringContaining('app.version') },
    });
    expect(
      buildBackupEnvelope({ data: personData(), appVersion: '0.1.0', exportedAt: new Date(Number.NaN) }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-data', detail: expect.stringContaining('exportedAt') } });
  });
});

describe('a note row', () => {
  const [highlight, , documentNote] = personData().notes;

  it('refuses a tag the editor could not have made, and a tag twice in any case', () => {
    expect(NoteRowSchema.safeParse({ ...highlight, tags: [' PCR'] }).success).toBe(false);
    expect(NoteRowSchema.safeParse({ ...highlight, tags: ['PCR', 'pcr'] }).success).toBe(false);
    expect(NoteRowSchema.safeParse({ ...highlight, colour: 'red' }).success).toBe(false);
  });

  it('on a whole document, refuses a quote or a list item', () => {
    const quote = { type: 'TextQuoteSelector', exact: 'OIM', prefix: '', suffix: '' };
    expect(NoteRowSchema.safeParse(documentNote).success).toBe(true);
    expect(NoteRowSchema.safeParse({ ...documentNote, quote }).success).toBe(false);
    expect(
      NoteRowSchema.safeParse({ ...documentNote, target: { ...documentNote!.target, itemId: 'i-0a1b2c3d' } }).success,
    ).toBe(false);
  });
});
