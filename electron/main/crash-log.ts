import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The crash log's folder inside the user-data folder; the About view can reveal it. */
export const LOG_FOLDER = 'logs';
export const LOG_FILE = 'reperes.log';

export interface CrashLogOptions {
  /** Largest size of one file, in bytes, before it is rotated. */
  maxBytes?: number;
  /** How many older files are kept beside the current one (`reperes.1.log` is the newest). */
  keep?: number;
  /** Longest message kept, in characters; a stack longer than that is cut. */
  maxMessage?: number;
  now?: () => Date;
}

export interface CrashLog {
  readonly folder: string;
  write(source: string, message: string): void;
}

const fileSize = (file: string): number => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/**
 * A local, size-capped, rotated log of what went wrong (uncaught errors of either process,
 * a renderer that crashed or hung, a page that failed to load). Nothing leaves the machine.
 * Writing never throws: a log that cannot be written costs the log line, nothing else.
 */
export function createCrashLog(folder: string, options: CrashLogOptions = {}): CrashLog {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const maxMessage = options.maxMessage ?? 8 * 1024;
  const now = options.now ?? (() => new Date());
  const current = join(folder, LOG_FILE);
  const older = (index: number): string => join(folder, LOG_FILE.replace(/\.log$/u, `.${index}.log`));

  const rotate = (): void => {
    rmSync(older(keep), { force: true });
    for (let index = keep - 1; index >= 1; index -= 1) {
      if (fileSize(older(index)) > 0) renameSync(older(index), older(index + 1));
    }
    renameSync(current, older(1));
  };

  return {
    folder,
    write(source, message) {
      const text = message.length > maxMessage ? `${message.slice(0, maxMessage)}… (cut)` : message;
      const line = `${now().toISOString()} [${source}] ${text.replace(/\r?\n/gu, '\n    ')}\n`;
      try {
        mkdirSync(folder, { recursive: true });
        if (fileSize(current) > 0 && fileSize(current) + Buffer.byteLength(line) > maxBytes) rotate();
        appendFileSync(current, line);
      } catch {
        // A full or read-only disk: nothing more can be done from here.
      }
    },
  };
}

/** Text for an error of any shape, with its stack when it has one. */
export const describeError = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
