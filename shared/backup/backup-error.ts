/**
 * Why a backup cannot be read or written, as a code the interface will translate and a
 * detail in one English sentence (for the log, and for the person when the code alone is
 * not enough: which field is wrong).
 */
export type BackupErrorCode =
  /** Not a JSON object at all. */
  | 'not-an-object'
  /** An object, but not a Repères backup (another `format`, or none). */
  | 'not-a-backup'
  /** Written by a newer version of Repères, with a format this one does not know. */
  | 'newer-version'
  /** A version that is no whole number Repères ever wrote. */
  | 'unknown-version'
  /** An older backup that could not be brought up to the current format. */
  | 'migration-failed'
  /** The right format and version, but data that does not match it. */
  | 'invalid-data';

export interface BackupError {
  code: BackupErrorCode;
  detail: string;
}
