import { z } from 'zod';
import { err, ok, type Result } from '../result';
import type { BackupError } from './backup-error';
import type { UserTable } from './tables';
import { ImportedDocumentRowSchema } from '../library/imported-document';
import { MAX_IMPORTED_DOCUMENTS } from '../library/vocabulary';
import { BookmarkRowSchema, NoteRowSchema, SettingRowSchema } from './user-rows';

/**
 * Everything a person owns, in one versioned file: their bookmarks, notes, settings and
 * imported documents (the
 * user tables, each in full), with what wrote them and when. The content tables are never in
 * it: the app ships them again.
 */

export const BACKUP_FORMAT = 'reperes-backup';
/** The envelope's current version; raise it with a migration from the one before (`migrations.ts`). */
export const BACKUP_VERSION = 3;
/** Rows per table a backup may hold: far more than a person writes, few enough to read safely. */
export const MAX_BACKUP_ROWS = 100_000;

/** No two rows of a table share their key: a restore would silently keep only one. */
function uniqueKeys<Row>(keyOf: (row: Row) => string, what: string) {
  return (rows: Row[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const key = keyOf(row);
      if (seen.has(key)) context.addIssue({ code: 'custom', message: `${what} "${key}" appears twice`, path: [index] });
      seen.add(key);
    });
  };
}

/** The user tables, each in full; its keys are `USER_TABLES`, checked by the type below and a test. */
export const BackupDataSchema = z.strictObject({
  bookmarks: z
    .array(BookmarkRowSchema)
    .max(MAX_BACKUP_ROWS)
    .superRefine(uniqueKeys((row) => row.id, 'bookmark id')),
  notes: z
    .array(NoteRowSchema)
    .max(MAX_BACKUP_ROWS)
    .superRefine(uniqueKeys((row) => row.id, 'note id')),
  settings: z
    .array(SettingRowSchema)
    .max(MAX_BACKUP_ROWS)
    .superRefine(uniqueKeys((row) => row.key, 'setting')),
  importedDocuments: z
    .array(ImportedDocumentRowSchema)
    .max(MAX_IMPORTED_DOCUMENTS)
    .superRefine(uniqueKeys((row) => row.id, 'imported document id')),
} satisfies Record<UserTable, z.ZodType>);
export type BackupData = z.infer<typeof BackupDataSchema>;

export const BackupEnvelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** When it was written, ISO 8601 in UTC. */
  exportedAt: z.iso.datetime(),
  /** The Repères that wrote it. */
  app: z.strictObject({ version: z.string().min(1).max(64) }),
  data: BackupDataSchema,
});
export type BackupEnvelope = z.infer<typeof BackupEnvelopeSchema>;

/** `data.notes[3].body`, from a zod issue's path. */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the top level';
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

/** The first thing wrong with some input, as a backup error. */
export function invalidData(error: z.ZodError): BackupError {
  const [issue] = error.issues;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return {
    code: 'invalid-data',
    detail: `The backup is not valid at ${describePath(issue?.path ?? [])}: ${issue?.message ?? 'unknown problem'}${more}.`,
  };
}

/**
 * The envelope for a person's data, checked against the very schema a restore reads it with:
 * a backup this returns can always be read back. Pure: the time and the app's version are
 * given.
 */
export function buildBackupEnvelope(input: {
  data: BackupData;
  appVersion: string;
  exportedAt: Date;
}): Result<BackupEnvelope, BackupError> {
  if (Number.isNaN(input.exportedAt.getTime())) {
    return err({ code: 'invalid-data', detail: 'The backup is not valid at exportedAt: the date is not a date.' });
  }
  const envelope = BackupEnvelopeSchema.safeParse({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    app: { version: input.appVersion },
    data: input.data,
  });
  return envelope.success ? ok(envelope.data) : err(invalidData(envelope.error));
}
