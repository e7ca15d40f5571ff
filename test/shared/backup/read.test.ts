import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { buildBackupEnvelope, MAX_BACKUP_ROWS, type BackupEnvelope } from '@shared/backup/envelope';
import { readBackup, readBackupAs, type BackupFormatVersion } from '@shared/backup/read';
import { personData } from '../../user-data-fixture';

function validBackup(): BackupEnvelope {
  const built = buildBackupEnvelope({ data: personData(), appVersion: '0.1.0', exportedAt: new Date(0) });
  if (!built.ok) throw new Error(built.error.detail);
  return built.value;
}

/** A parsed file: plain JSON, the way an import will hand it over. */
const asParsedJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function refusal(input: unknown): { code: string; detail: string } {
  const result = readBackup(input);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('readBackup', () => {
  it('reads a valid backup', () => {
    expect(readBackup(asParsedJson(validBackup()))).toEqual({ ok: true, value: validBackup() });
  });

  it.each([
    [null, 'null'],
    [undefined, 'missing'],
    ['{"format":"reperes-backup"}', '"{"format":"reperes-backup"}"'],
    [42, '42'],
    [[validBackup()], 'an array'],
  ])('refuses %j: not an object', (input, kind) => {
    expect(refusal(input)).toEqual({ code: 'not-an-object', detail: `A backup is a JSON object; this is ${kind}.` });
  });

  it('refuses an object of another format, or none, in one short sentence', () => {
    expect(refusal({ ...validBackup(), format: 'excalidraw' })).toEqual({
      code: 'not-a-backup',
      detail: 'This is not a Repères backup: its format is "excalidraw", not "reperes-backup".',
    });
    expect(refusal({ type: 'excalidraw', version: 2, elements: [] }).code).toBe('not-a-backup');
    const huge = refusal({ ...validBackup(), format: 'x'.repeat(1_000_000) });
    expect(huge.code).toBe('not-a-backup');
    expect(huge.detail.length).toBeLessThan(150);
  });

  it('does not take a format or version from an object’s prototype', () => {
    const inherited = Object.create({ format: 'reperes-backup', version: 1 }) as object;
    expect(refusal(inherited).code).toBe('not-a-backup');
  });

  it('refuses a backup written by a newer version of Repères', () => {
    expect(refusal({ ...validBackup(), version: 4 })).toEqual({
      code: 'newer-version',
      detail:
        'This backup was written by a newer version of Repères (format version 4; this one reads up to 3): update Repères to restore it.',
    });
  });

  it.each([[0], [-1], [1.5], ['1'], [null], [Number.MAX_VALUE]])('refuses format version %j', (version) => {
    expect(refusal({ ...validBackup(), version }).code).toBe('unknown-version');
  });

  it('refuses a backup with no version', () => {
    const { version: _version, ...rest } = validBackup();
    expect(refusal(rest)).toMatchObject({ code: 'unknown-version', detail: expect.stringContaining('missing') });
  });

  it.each<[string, (backup: Record<string, unknown> & BackupEnvelope) => unknown, string]>([
    ['a missing table', ({ data: { notes: _notes, ...data }, ...backup }) => ({ ...backup, data }), 'data.notes'],
    ['a table that is not a list', (backup) => ({ ...backup, data: { ...backup.data, notes: {} } }), 'data.notes'],
    ['a key it does not know', (backup) => ({ ...backup, extra: true }), 'the top level: Unrecognized key: "extra"'],
    [
      'an unknown key in a row',
      (backup) => ({ ...backup, data: { ...backup.data, bookmarks: [{ ...backup.data.bookmarks[0], colour: 1 }] } }),
      'data.bookmarks[0]: Unrecognized key: "colour"',
    ],
    [
      'a note body past its length',
      (backup) => ({
        ...backup,
        data: { ...backup.data, notes: [backup.data.notes[0], { ...backup.data.notes[1], body: 'x'.repeat(50_001) }] },
      }),
      'data.notes[1].body',
    ],
    [
      'a timestamp of the wrong type',
      (backup) => ({ ...backup, data: { ...backup.data, notes: [{ ...backup.data.notes[0], createdAt: '2025' }] } }),
      'data.notes[0].createdAt',
    ],
    [
      'a position that does not span the quote',
      (backup) => ({
        ...backup,
        data: {
          ...backup.data,
          notes: [{ ...backup.data.notes[0], position: { type: 'TextPositionSelector', start: 0, end: 1 } }],
        },
      }),
      'data.notes[0].position',
    ],
    [
      'two notes with one id',
      (backup) => ({ ...backup, data: { ...backup.data, notes: [backup.data.notes[0], backup.data.notes[0]] } }),
      'data.notes[1]: note id "n1" appears twice',
    ],
    [
      'a setting twice',
      (backup) => ({
        ...backup,
        data: { ...backup.data, settings: [backup.data.settings[0], backup.data.settings[0]] },
      }),
      'data.settings[1]: setting "language" appears twice',
    ],
    [
      'a setting it does not know',
      (backup) => ({ ...backup, data: { ...backup.data, settings: [{ key: 'theme', value: 'dark' }] } }),
      'data.settings[0].key',
    ],
    [
      'a language it does not know',
      (backup) => ({ ...backup, data: { ...backup.data, settings: [{ key: 'language', value: 'de' }] } }),
      'data.settings[0].value',
    ],
    [
      'a row id with a path in it',
      (backup) => ({ ...backup, data: { ...backup.data, notes: [{ ...backup.data.notes[0], id: '../../etc' }] } }),
      'data.notes[0].id',
    ],
    ['an export time that is no time', (backup) => ({ ...backup, exportedAt: 'yesterday' }), 'exportedAt'],
    [
      'an app version a megabyte long',
      (backup) => ({ ...backup, app: { version: 'x'.repeat(1 << 20) } }),
      'app.version',
    ],
    [
      'more rows than a backup may hold',
      (backup) => ({
        ...backup,
        data: {
          ...backup.data,
          bookmarks: Array.from({ length: MAX_BACKUP_ROWS + 1 }, () => backup.data.bookmarks[0]),
        },
      }),
      'data.bookmarks',
    ],
  ])('refuses %s, saying where', (_case, corrupt, where) => {
    const { code, detail } = refusal(asParsedJson(corrupt(validBackup() as Record<string, unknown> & BackupEnvelope)));
    expect(code).toBe('invalid-data');
    expect(detail).toContain(`The backup is not valid at ${where}`);
    expect(detail.length).toBeLessThan(300);
  });

  it('refuses __proto__ keys, at the top, in the data and in a row, and pollutes nothing', () => {
    const text = JSON.stringify(validBackup());
    const inputs = [
      text.replace('{"format"', '{"__proto__":{"polluted":true},"format"'),
      text.replace('"data":{', '"data":{"__proto__":{"polluted":true},'),
      text.replace('"notes":[{', '"notes":[{"__proto__":{"polluted":true},'),
    ];
    for (const input of inputs) {
      const parsed: unknown = JSON.parse(input);
      expect(refusal(parsed)).toMatchObject({ code: 'invalid-data', detail: expect.stringContaining('__proto__') });
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('readBackupAs, for a format with a history', () => {
  // Version 1 held `notes` as strings; 2 made them objects; 3 renamed `notes` to `items`.
  const VersionThree = z.strictObject({
    format: z.literal('reperes-backup'),
    version: z.literal(3),
    items: z.array(z.strictObject({ text: z.string() })),
  });
  const format: BackupFormatVersion<z.infer<typeof VersionThree>> = {
    version: 3,
    schema: VersionThree,
    migrations: [
      {
        from: 1,
        to: 2,
        migrate: (envelope) => {
          if (!Array.isArray(envelope['notes'])) throw new Error('notes is not a list');
          return { ...envelope, notes: envelope['notes'].map((text: unknown) => ({ text })) };
        },
      },
      {
        from: 2,
        to: 3,
        migrate: ({ notes, ...envelope }) => ({ ...envelope, items: notes }),
      },
    ],
  };

  it('brings an older backup up to date, then checks it', () => {
    expect(readBackupAs({ format: 'reperes-backup', version: 1, notes: ['a', 'b'] }, format)).toEqual({
      ok: true,
      value: { format: 'reperes-backup', version: 3, items: [{ text: 'a' }, { text: 'b' }] },
    });
    expect(readBackupAs({ format: 'reperes-backup', version: 2, notes: [{ text: 'a' }] }, format)).toEqual({
      ok: true,
      value: { format: 'reperes-backup', version: 3, items: [{ text: 'a' }] },
    });
  });

  it('refuses an older backup a step cannot read, or whose result is not valid', () => {
    expect(readBackupAs({ format: 'reperes-backup', version: 1, notes: 'a' }, format)).toMatchObject({
      ok: false,
      error: { code: 'migration-failed' },
    });
    expect(readBackupAs({ format: 'reperes-backup', version: 1, notes: [7] }, format)).toMatchObject({
      ok: false,
      error: { code: 'invalid-data', detail: expect.stringContaining('items[0].text') },
    });
  });
});

describe('a version 2 backup', () => {
  it('reads as version 3 with no imported documents, every other row kept', () => {
    const { importedDocuments: _documents, ...data } = validBackup().data;
    const read = readBackup(asParsedJson({ ...validBackup(), version: 2, data }));
    expect(read.ok && read.value.version).toBe(3);
    expect(read.ok && read.value.data).toEqual({ ...data, importedDocuments: [] });
  });

  it('that already lists imported documents keeps them for the schema to judge', () => {
    const read = readBackup(asParsedJson({ ...validBackup(), version: 2 }));
    expect(read.ok && read.value.data.importedDocuments).toEqual(validBackup().data.importedDocuments);
  });
});

describe('an imported document in a backup', () => {
  it('is refused when its id is not an imported one (a bundled id could shadow a page)', () => {
    const backup = validBackup();
    const [document] = backup.data.importedDocuments;
    const hostile = {
      ...backup,
      data: {
        ...backup.data,
        importedDocuments: [{ ...document, id: 'about-iom', document: { ...document?.document, id: 'about-iom' } }],
      },
    };
    expect(refusal(asParsedJson(hostile)).detail).toContain('importedDocuments[0].id');
  });

  it('is refused when its document carries another id than its row', () => {
    const backup = validBackup();
    const [document] = backup.data.importedDocuments;
    const hostile = {
      ...backup,
      data: {
        ...backup.data,
        importedDocuments: [{ ...document, document: { ...document?.document, id: 'my-other' } }],
      },
    };
    expect(refusal(asParsedJson(hostile)).code).toBe('invalid-data');
  });

  it('is refused when it carries an address that is not https (a javascript: link)', () => {
    const backup = validBackup();
    const [document] = backup.data.importedDocuments;
    const hostile = {
      ...backup,
      data: {
        ...backup.data,
        importedDocuments: [{ ...document, document: { ...document?.document, sourceUrl: 'javascript:alert(1)' } }],
      },
    };
    expect(refusal(asParsedJson(hostile)).detail).toContain('sourceUrl');
  });
});

describe('a version 1 backup', () => {
  it('reads as the current version: its notes uncoloured, untagged and anchored, every other field kept', () => {
    const { importedDocuments: _documents, ...current } = validBackup().data;
    const notesVersion1 = current.notes.map(({ colour: _colour, tags: _tags, anchorState: _state, ...note }) => note);
    const version1 = { ...validBackup(), version: 1, data: { ...current, notes: notesVersion1 } };
    const read = readBackup(asParsedJson(version1));
    expect(read.ok && read.value.version).toBe(3);
    expect(read.ok && read.value.data.importedDocuments).toEqual([]);
    expect(read.ok && read.value.data.notes).toEqual(
      notesVersion1.map((note) => ({ ...note, colour: null, tags: [], anchorState: 'anchored' })),
    );
  });

  it('with notes that are not a list is refused as invalid, not crashed on', () => {
    const current = validBackup();
    const broken = { ...current, version: 1, data: { ...current.data, notes: 'none' } };
    expect(refusal(asParsedJson(broken)).code).toBe('invalid-data');
  });
});
