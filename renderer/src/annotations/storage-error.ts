/**
 * Which storage fault a failed write was, for a message a person can act on: the disk (or the
 * browser's quota) is full, or something else went wrong. Dexie passes IndexedDB's error
 * names through, sometimes wrapped in its own (`inner`).
 */
export type StorageFault = 'quota' | 'other';

export function storageFaultOf(error: unknown): StorageFault {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth += 1) {
    const name = (current as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return 'quota';
    current = (current as { inner?: unknown }).inner;
  }
  return 'other';
}
