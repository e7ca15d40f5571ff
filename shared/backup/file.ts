import { err, ok, type Result } from '../result';
import type { BackupErrorCode } from './backup-error';
import type { BackupEnvelope } from './envelope';
import { readBackup } from './read';

/** Larger than any backup a person makes (10,000 notes are ~5 MB); refused before it is read. */
export const MAX_BACKUP_FILE_BYTES = 60 * 1024 * 1024;

/** Why a chosen file cannot be restored: the envelope's reasons, or the file's own. */
export type BackupFileProblem = BackupErrorCode | 'too-large' | 'not-text' | 'not-json';

export interface BackupFileRefusal {
  problem: BackupFileProblem;
  detail: string;
}

/** What opening a backup file gives: nothing chosen, a backup checked whole, or a refusal. */
export type BackupOpenOutcome =
  | { status: 'cancelled' }
  | { status: 'read'; fileName: string; envelope: BackupEnvelope }
  | ({ status: 'refused'; fileName: string } & BackupFileRefusal);

/** The refusal of a file too large to be a backup, from its size alone (it need not be read). */
export function tooLargeForABackup(size: number): BackupFileRefusal {
  return {
    problem: 'too-large',
    detail: `The file is ${Math.round(size / 1024 / 1024)} MB; a Repères backup is at most ${MAX_BACKUP_FILE_BYTES / 1024 / 1024} MB.`,
  };
}

/**
 * A backup file's bytes, checked completely before anything may be written: its size, UTF-8
 * (a byte-order mark allowed), JSON, then the envelope and every row (`readBackup`). Pure.
 */
export function readBackupFile(bytes: Uint8Array): Result<BackupEnvelope, BackupFileRefusal> {
  if (bytes.length > MAX_BACKUP_FILE_BYTES) return err(tooLargeForABackup(bytes.length));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return err({
      problem: 'not-text',
      detail: 'The file is not text (it is not UTF-8): it cannot be a Repères backup.',
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return err({
      problem: 'not-json',
      detail: `The file is not JSON, or it was cut short: ${error instanceof Error ? error.message : String(error)}.`,
    });
  }
  const read = readBackup(parsed);
  return read.ok ? ok(read.value) : err({ problem: read.error.code, detail: read.error.detail });
}
