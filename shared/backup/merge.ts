import type { BackupData } from './envelope';
import type { UserTable } from './tables';

/**
 * Bringing a backup into a person's data: merged by id (by key for settings), never
 * duplicated, nothing of theirs deleted. A note present on both sides takes the newer
 * `updatedAt`; a bookmark or setting that differs keeps what this computer has (neither
 * records when it changed); an imported document, like a note, takes the newer `updatedAt`.
 * Planned first, as a pure function, so the person sees what will
 * happen before anything is written; importing the same file twice plans nothing the second
 * time.
 */

export interface MergeCounts {
  /** Not here yet: added. */
  new: number;
  /** Here, older: replaced by the backup's. */
  updated: number;
  /** Here, the same. */
  unchanged: number;
  /** Here, different, and this computer's is kept (newer, or no way to tell). */
  conflicting: number;
}

export interface MergePlan {
  /** The rows to write, per table. */
  writes: BackupData;
  counts: Record<UserTable, MergeCounts>;
}

/** JSON with keys in a fixed order, so two rows compare by content whatever order their keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  );
}

function plan<Row>(
  current: readonly Row[],
  incoming: readonly Row[],
  keyOf: (row: Row) => string,
  incomingWins: (incoming: Row, current: Row) => boolean,
): { writes: Row[]; counts: MergeCounts } {
  const here = new Map(current.map((row) => [keyOf(row), row]));
  const counts: MergeCounts = { new: 0, updated: 0, unchanged: 0, conflicting: 0 };
  const writes: Row[] = [];
  for (const row of incoming) {
    const mine = here.get(keyOf(row));
    if (mine === undefined) {
      counts.new += 1;
      writes.push(row);
    } else if (canonical(mine) === canonical(row)) {
      counts.unchanged += 1;
    } else if (incomingWins(row, mine)) {
      counts.updated += 1;
      writes.push(row);
    } else {
      counts.conflicting += 1;
    }
  }
  return { writes, counts };
}

/** What importing `incoming` into `current` would write, and how many rows of each kind. Pure. */
export function planMerge(current: BackupData, incoming: BackupData): MergePlan {
  const notes = plan(
    current.notes,
    incoming.notes,
    (row) => row.id,
    (theirs, mine) => theirs.updatedAt > mine.updatedAt,
  );
  const bookmarks = plan(
    current.bookmarks,
    incoming.bookmarks,
    (row) => row.id,
    () => false,
  );
  const settings = plan(
    current.settings,
    incoming.settings,
    (row) => row.key,
    () => false,
  );
  const importedDocuments = plan(
    current.importedDocuments,
    incoming.importedDocuments,
    (row) => row.id,
    (theirs, mine) => theirs.updatedAt > mine.updatedAt,
  );
  return {
    writes: {
      bookmarks: bookmarks.writes,
      notes: notes.writes,
      settings: settings.writes,
      importedDocuments: importedDocuments.writes,
    },
    counts: {
      bookmarks: bookmarks.counts,
      notes: notes.counts,
      settings: settings.counts,
      importedDocuments: importedDocuments.counts,
    },
  };
}

/** Whether a plan writes anything. */
export const planWritesNothing = (merge: MergePlan): boolean =>
  Object.values(merge.writes).every((rows: readonly unknown[]) => rows.length === 0);
