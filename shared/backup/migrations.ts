import { err, ok, type Result } from '../result';
import type { BackupError } from './backup-error';

/** An envelope as parsed JSON: only its format and version have been checked. */
export type UncheckedEnvelope = Readonly<Record<string, unknown>>;

/**
 * One step of the backup format, from version `from` to `from + 1`. `migrate` receives the
 * envelope unchecked (a migration must not trust its shape, and may throw on what it cannot
 * read) and returns it as the next version writes it; the runner sets `version` itself.
 */
export interface BackupMigration {
  from: number;
  to: number;
  migrate: (envelope: UncheckedEnvelope) => Record<string, unknown>;
}

/** A field of an unchecked object, only if it is the object's own (never `__proto__`'s). */
function ownField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Version 2 (notes become highlights too, with tags, and an anchor state): a version 1 note
 * gets no colour, no tags, and is anchored, as the offline store's version 5 upgrade does.
 * Anything else is left for the schema to judge.
 */
export function notesFromBackupVersion1(envelope: UncheckedEnvelope): Record<string, unknown> {
  const data = ownField(envelope, 'data');
  const notes = ownField(data, 'notes');
  if (!Array.isArray(notes)) return { ...envelope };
  const upgraded = notes.map((note: unknown) =>
    typeof note === 'object' && note !== null && !Array.isArray(note)
      ? { ...note, colour: null, tags: [], anchorState: 'anchored' }
      : note,
  );
  return { ...envelope, data: { ...(data as Record<string, unknown>), notes: upgraded } };
}

/**
 * Version 3 (the personal library): a version 2 backup has no imported documents; it gets an
 * empty list of them. Anything else is left for the schema to judge.
 */
export function importedDocumentsFromBackupVersion2(envelope: UncheckedEnvelope): Record<string, unknown> {
  const data = ownField(envelope, 'data');
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ...envelope };
  if (Object.hasOwn(data, 'importedDocuments')) return { ...envelope };
  return { ...envelope, data: { ...(data as Record<string, unknown>), importedDocuments: [] } };
}

/**
 * Every step from version 1 to the current one, oldest first, and never edited once
 * released: a backup written years ago must still read.
 */
export const BACKUP_MIGRATIONS: readonly BackupMigration[] = [
  { from: 1, to: 2, migrate: notesFromBackupVersion1 },
  { from: 2, to: 3, migrate: importedDocumentsFromBackupVersion2 },
];

/**
 * Whether a list of migrations leads, one version at a time, from version 1 to `currentVersion`
 * with no gap, repeat or detour. Pure; the tests run it on the real list.
 */
export function checkMigrations(migrations: readonly BackupMigration[], currentVersion: number): Result<void, string> {
  for (const [index, migration] of migrations.entries()) {
    const from = index + 1;
    if (migration.from !== from || migration.to !== from + 1) {
      return err(
        `migration ${index + 1} goes from version ${migration.from} to ${migration.to}; expected ${from} to ${from + 1}`,
      );
    }
  }
  const last = migrations.length + 1;
  if (last !== currentVersion) {
    return err(`the migrations lead to version ${last}, not to the current version ${currentVersion}`);
  }
  return ok(undefined);
}

/**
 * Brings an older envelope up to `targetVersion`, step by step. Refuses rather than guesses:
 * a missing step or a step that throws stops it with the version it stopped at. Pure.
 */
export function migrateEnvelope(
  envelope: UncheckedEnvelope,
  fromVersion: number,
  targetVersion: number,
  migrations: readonly BackupMigration[],
): Result<UncheckedEnvelope, BackupError> {
  let current: UncheckedEnvelope = envelope;
  for (let version = fromVersion; version < targetVersion; version += 1) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step || step.to !== version + 1) {
      return err({
        code: 'migration-failed',
        detail: `This backup (format version ${fromVersion}) cannot be brought up to date: no step from version ${version}.`,
      });
    }
    try {
      current = { ...step.migrate(current), version: step.to };
    } catch (error) {
      return err({
        code: 'migration-failed',
        detail: `This backup (format version ${fromVersion}) could not be brought from version ${version} to ${step.to}: ${error instanceof Error ? error.message : String(error)}.`,
      });
    }
  }
  return ok(current);
}
