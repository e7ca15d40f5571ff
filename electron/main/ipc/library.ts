import { z } from 'zod';
import type { PickedFile } from '@shared/ipc/contract';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILES } from '@shared/library/vocabulary';
import { ok } from '@shared/result';
import type { IpcDomain } from './declaration';

export interface LibraryDeps {
  /** The native open dialog for documents (several at once); the paths chosen, or null when cancelled. */
  chooseDocumentPaths(): Promise<string[] | null>;
  fileSize(path: string): Promise<number>;
  readFile(path: string): Promise<Uint8Array>;
}

/** The file's own name, without its folder: all the renderer learns of where it was. */
const baseName = (path: string): string => path.split(/[\\/]/u).pop() || path;

/**
 * One picked file, read only if its size allows: a 50 MB file is refused from its size
 * without a byte of it in memory. A file that vanished or cannot be read is said so, and the
 * others are still read.
 */
async function readPicked(deps: LibraryDeps, path: string): Promise<PickedFile> {
  const name = baseName(path);
  let size: number;
  try {
    size = await deps.fileSize(path);
  } catch {
    return { name, status: 'refused', reason: 'unreadable', size: 0 };
  }
  if (size > MAX_IMPORT_FILE_BYTES) return { name, status: 'refused', reason: 'too-large', size };
  try {
    return { name, status: 'read', bytes: await deps.readFile(path) };
  } catch {
    return { name, status: 'refused', reason: 'unreadable', size };
  }
}

/** Documents a person brings into their library: read from the files they pick, never from a path the renderer names. */
export function libraryChannels(deps: LibraryDeps): IpcDomain<'library'> {
  return {
    'library:openFiles': {
      argument: z.undefined(),
      handle: async () => {
        const paths = await deps.chooseDocumentPaths();
        if (paths === null || paths.length === 0) return ok({ status: 'cancelled' as const });
        // One at a time: a folder's worth of pages is a few megabytes, and memory stays flat.
        const files: PickedFile[] = [];
        for (const path of paths.slice(0, MAX_IMPORT_FILES)) files.push(await readPicked(deps, path));
        return ok({ status: 'picked' as const, files });
      },
    },
  };
}
