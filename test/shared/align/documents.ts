import type { Block, DocumentContent } from '@shared/document/schema';

/** Small documents written inline: blocks by kind, with ids made from a prefix and a number. */
const id = (kind: string, n: number): string => `${kind}-${n.toString(16).padStart(8, '0')}`;

export const paragraph = (n: number, text: string): Block => ({
  kind: 'paragraph',
  id: id('p', n),
  text,
  footnoteMarkers: [],
});
export const heading = (n: number, text: string): Block => ({ kind: 'heading', id: id('h', n), level: 2, text });
export const quote = (n: number, text: string): Block => ({ kind: 'quote', id: id('q', n), text, speaker: null });
export const separator = (n: number): Block => ({ kind: 'separator', id: id('s', n) });
export const list = (n: number, items: readonly string[]): Block => ({
  kind: 'list',
  id: id('l', n),
  introducedBy: null,
  items: items.map((text, index) => ({ id: id('i', n * 100 + index), text, duplicateOf: null })),
});

export const documentOf = (language: 'fr' | 'en', blocks: Block[], title = 'Titre'): DocumentContent => ({
  language,
  title: { text: title, source: 'page' },
  dateline: null,
  blocks,
  truncation: null,
});
