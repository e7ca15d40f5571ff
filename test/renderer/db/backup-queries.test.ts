import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBackupEnvelope, type BackupData } from '@shared/backup/envelope';
import { readBackupFile } from '@shared/backup/file';
import { HIGHLIGHT_COLOURS } from '@shared/annotation/vocabulary';
import type { NoteRow } from '@shared/backup/user-rows';
import { applyImport, planImport, readPersonData } from '../../../renderer/src/db/backup-queries';
import { personData } from '../../user-data-fixture';
import { databasesPerTest, openTestDatabase, userRowsOf } from './database';

const [template] = personData().notes as [NoteRow, ...NoteRow[]];

/** Notes a person could have written: any text, tags and colour, on the template's passage. */
const notes = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/u),
    body: fc.string({ maxLength: 200 }),
    tags: fc.uniqueArray(fc.constantFrom('PCR', 'Sahel', 'asile', 'réunion de mars'), { maxLength: 3 }),
    colour: fc.constantFrom(null, ...HIGHLIGHT_COLOURS),
    updatedAt: fc.integer({ min: 1, max: 2_000_000_000_000 }),
  }),
  { selector: (note) => note.id, maxLength: 20 },
);

const withNotes = (
  drawn: ReadonlyArray<Pick<NoteRow, 'id' | 'body' | 'tags' | 'colour' | 'updatedAt'>>,
): BackupData => ({
  ...personData(),
  notes: drawn.map((note) => ({ ...template, ...note, createdAt: 0 })),
});

const sortById = <Row extends { id: string }>(rows: readonly Row[]): Row[] =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('export and import of a person’s data', () => {
  const keep = databasesPerTest();

  it('export then import into an empty database gives the same data', async () => {
    await fc.assert(
      fc.asyncProperty(notes, async (drawn) => {
        const source = keep(openTestDatabase());
        const data = withNotes(drawn);
        await applyImport(source, await planImport(source, data));
        const exported = buildBackupEnvelope({
          data: await readPersonData(source),
          appVersion: '1',
          exportedAt: new Date(0),
        });
        if (!exported.ok) throw new Error(exported.error.detail);
        const file = new TextEncoder().encode(JSON.stringify(exported.value));
        const read = readBackupFile(file);
        if (!read.ok) throw new Error(read.error.detail);
        const target = keep(openTestDatabase());
        await applyImport(target, await planImport(target, read.value.data));
        const restored = await readPersonData(target);
        expect(sortById(restored.notes)).toEqual(sortById(data.notes));
        expect(sortById(restored.bookmarks)).toEqual(sortById(data.bookmarks));
        expect(restored.settings).toEqual(data.settings);
        expect(restored.importedDocuments).toEqual(data.importedDocuments);
        // The same file again changes nothing.
        const again = await planImport(target, read.value.data);
        expect(again.writes).toEqual({ bookmarks: [], notes: [], settings: [], importedDocuments: [] });
      }),
      { numRuns: 25 },
    );
  });

  it('reads any mutation of a backup without crashing: a whole backup, or a refusal that says why', async () => {
    const built = buildBackupEnvelope({ data: personData(), appVersion: '1', exportedAt: new Date(0) });
    if (!built.ok) throw new Error(built.error.detail);
    const text = JSON.stringify(built.value);
    const mutation = fc.oneof(
      // Cut short anywhere.
      fc.integer({ min: 0, max: text.length }).map((at) => text.slice(0, at)),
      // One character replaced by anything.
      fc
        .tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 3 }))
        .map(([at, by]) => text.slice(0, at) + by + text.slice(at + 1)),
      // A value replaced by something of another type.
      fc
        .tuple(fc.constantFrom('"n1"', '"yellow"', '1700000300000', '"fr"', '[]', 'null'), fc.jsonValue())
        .map(([value, by]) => text.replace(value, JSON.stringify(by))),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async (mutated) => {
        const read = readBackupFile(new TextEncoder().encode(mutated));
        if (read.ok) {
          // Still a valid backup (the mutation kept it whole): importing it is all or nothing.
          const scratch = keep(openTestDatabase());
          await applyImport(scratch, await planImport(scratch, read.value.data));
          expect((await readPersonData(scratch)).notes.length).toBe(read.value.data.notes.length);
        } else {
          expect(read.error.detail.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('writes nothing when an import fails half-way (one transaction)', async () => {
    const db = keep(openTestDatabase());
    const plan = await planImport(db, personData());
    // A row the store cannot take, after valid ones: the write fails at it.
    const broken = { ...plan, writes: { ...plan.writes, settings: [...plan.writes.settings, { value: 'no key' }] } };
    await expect(applyImport(db, broken as typeof plan)).rejects.toThrow();
    expect(await userRowsOf(db)).toEqual({ bookmarks: [], notes: [], settings: [], importedDocuments: [] });
  });
});
