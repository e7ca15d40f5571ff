import { z } from 'zod';
import { MAX_BACKUP_FILE_BYTES, readBackupFile, tooLargeForABackup } from '@shared/backup/file';
import { BACKUP_FILE_KINDS, type BackupFileKind } from '@shared/ipc/contract';
import { ok } from '@shared/result';
import type { IpcDomain } from './declaration';

export interface BackupDeps {
  /** The native save dialog; the path chosen, or null when the person cancels. */
  chooseSavePath(kind: BackupFileKind, suggestedName: string): Promise<string | null>;
  /** The native open dialog for a backup; the path chosen, or null. */
  chooseOpenPath(): Promise<string | null>;
  fileSize(path: string): Promise<number>;
  readFile(path: string): Promise<Uint8Array>;
  /** Writes through a temporary file and a rename: an interrupted save never leaves half a backup. */
  writeFileAtomic(path: string, text: string): Promise<void>;
}

/** A file name the save dialog may suggest: no folder, no control character, a known extension. */
const SuggestedNameSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^/\\:*?"<>|\p{Cc}]+\.(json|md)$/u);

/** A person's data out to a file of their choosing, and back in. */
export function backupChannels(deps: BackupDeps): IpcDomain<'backup'> {
  return {
    'backup:save': {
      argument: z.strictObject({
        kind: z.enum(BACKUP_FILE_KINDS),
        suggestedName: SuggestedNameSchema,
        content: z.string().max(MAX_BACKUP_FILE_BYTES),
      }),
      handle: async ({ kind, suggestedName, content }) => {
        const path = await deps.chooseSavePath(kind, suggestedName);
        if (path === null) return ok({ saved: false });
        await deps.writeFileAtomic(path, content);
        return ok({ saved: true });
      },
    },
    'backup:open': {
      argument: z.undefined(),
      handle: async () => {
        const path = await deps.chooseOpenPath();
        if (path === null) return ok({ status: 'cancelled' as const });
        const fileName = path.split(/[\\/]/u).pop() ?? path;
        // The size first: a huge file is refused without being read into memory.
        const size = await deps.fileSize(path);
        if (size > MAX_BACKUP_FILE_BYTES) {
          return ok({ status: 'refused' as const, fileName, ...tooLargeForABackup(size) });
        }
        const read = readBackupFile(await deps.readFile(path));
        return ok(
          read.ok
            ? { status: 'read' as const, fileName, envelope: read.value }
            : { status: 'refused' as const, fileName, ...read.error },
        );
      },
    },
  };
}
