import type { DatabaseVersion } from './database-version';

/** Version 1: the bundled content (documents, blocks, dataset version) and the user tables. */
export const VERSION_1 = {
  version: 1,
  stores: {
    documents: 'id, order, kind',
    blocks: '[docId+id], [docId+order]',
    datasetMeta: 'key',
    bookmarks: 'id, [docId+blockId], createdAt',
    notes: 'id, docId, [docId+blockId], updatedAt',
    settings: 'key',
  },
} as const satisfies DatabaseVersion;
