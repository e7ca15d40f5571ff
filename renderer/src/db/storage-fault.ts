/**
 * Which storage fault an error is, for a message a person can act on: the database was
 * written by a newer Repères (this one must not touch it), the disk (or the browser's quota)
 * is full, another window holds an older connection open (an upgrade is blocked), or
 * something else. Dexie passes IndexedDB's error names through, sometimes wrapped in its own
 * (`inner`).
 */
export type StorageFault = 'newer-database' | 'quota' | 'blocked' | 'other';

const FAULT_BY_NAME: Readonly<Record<string, StorageFault>> = {
  VersionError: 'newer-database',
  QuotaExceededError: 'quota',
  // Dexie's names for an upgrade another connection blocks.
  BlockedError: 'blocked',
  DatabaseClosedError: 'blocked',
};

export function storageFaultOf(error: unknown): StorageFault {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth += 1) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string' && Object.hasOwn(FAULT_BY_NAME, name)) return FAULT_BY_NAME[name]!;
    current = (current as { inner?: unknown }).inner;
  }
  return 'other';
}
