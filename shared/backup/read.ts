import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import type { BackupError } from './backup-error';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupEnvelopeSchema, invalidData, type BackupEnvelope } from './envelope';
import { BACKUP_MIGRATIONS, migrateEnvelope, type BackupMigration, type UncheckedEnvelope } from './migrations';

/** A version of the backup format: its number, the steps that lead to it, and its schema. */
export interface BackupFormatVersion<Envelope> {
  version: number;
  migrations: readonly BackupMigration[];
  schema: z.ZodType<Envelope>;
}

export const CURRENT_BACKUP_FORMAT: BackupFormatVersion<BackupEnvelope> = {
  version: BACKUP_VERSION,
  migrations: BACKUP_MIGRATIONS,
  schema: BackupEnvelopeSchema,
};

/**
 * Reads a backup from anything (a parsed file): refuses what is not an object, not a Repères
 * backup, from a newer Repères or of no known version; brings an older one up to date; then
 * checks every field. Nothing is trusted before it is checked. Pure.
 */
export function readBackup(input: unknown): Result<BackupEnvelope, BackupError> {
  return readBackupAs(input, CURRENT_BACKUP_FORMAT);
}

/** `readBackup` for a given format version (the current one, or a test's). Pure. */
export function readBackupAs<Envelope>(
  input: unknown,
  format: BackupFormatVersion<Envelope>,
): Result<Envelope, BackupError> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err({ code: 'not-an-object', detail: `A backup is a JSON object; this is ${kindOf(input)}.` });
  }
  const envelope = input as UncheckedEnvelope;
  const own = (key: string): unknown => (Object.hasOwn(envelope, key) ? envelope[key] : undefined);
  const declaredFormat = own('format');
  if (declaredFormat !== BACKUP_FORMAT) {
    return err({
      code: 'not-a-backup',
      detail: `This is not a Repères backup: its format is ${kindOf(declaredFormat)}, not "${BACKUP_FORMAT}".`,
    });
  }
  const version = own('version');
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return err({
      code: 'unknown-version',
      detail: `This backup's format version, ${kindOf(version)}, is not one Repères has ever written.`,
    });
  }
  if (version > format.version) {
    return err({
      code: 'newer-version',
      detail: `This backup was written by a newer version of Repères (format version ${version}; this one reads up to ${format.version}): update Repères to restore it.`,
    });
  }
  const migrated = migrateEnvelope(envelope, version, format.version, format.migrations);
  if (!migrated.ok) return migrated;
  const checked = format.schema.safeParse(migrated.value);
  return checked.success ? ok(checked.data) : err(invalidData(checked.error));
}

/** What a value is, for a message: short, whatever its size. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a value of type ${typeof value}`;
}
