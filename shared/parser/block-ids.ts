import type { Block, FieldItem, ListItem, ParseWarning } from '../document/schema';
import { blockTexts, fieldText } from '../document/passages';
import { shortHash } from '../hash';
import { foldText } from '../text/fold';
import { normaliseForFingerprint } from '../text/normalise';
import type { DraftBlock } from './blocks';

const PREFIX: Record<DraftBlock['kind'] | 'item' | 'field', string> = {
  heading: 'h',
  paragraph: 'p',
  list: 'l',
  quote: 'q',
  footnote: 'f',
  separator: 's',
  contact: 'c',
  // A field list shows as a description list; each field is a term and its description.
  fields: 'd',
  item: 'i',
  field: 't',
};

/**
 * Gives every block and list item an id made from its own content, so that editing, adding
 * or removing one block leaves every other id as it was (notes anchor to these ids). Two
 * blocks with the same content are told apart by their order: `p-…`, `p-…-2`.
 */
export class BlockIdAllocator {
  private readonly used = new Map<string, number>();

  allocate(kind: keyof typeof PREFIX, content: string): string {
    const base = `${PREFIX[kind]}-${shortHash(normaliseForFingerprint(content))}`;
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }
}

// A separator has no text of its own; every separator is the same content.
const fingerprintOf = (draft: DraftBlock): string =>
  draft.kind === 'separator' ? '***' : blockTexts(draft).join('\n');

/**
 * Turns drafts into blocks with ids, links footnotes to the paragraphs that cite them, and
 * flags list items that repeat a heading or item of the same section.
 */
export function assignBlockIds(drafts: readonly DraftBlock[]): { blocks: Block[]; warnings: ParseWarning[] } {
  const ids = new BlockIdAllocator();
  const warnings: ParseWarning[] = [];
  const blockIds = drafts.map((draft) => ids.allocate(draft.kind, fingerprintOf(draft)));
  let seenInSection = new Map<string, string>();

  const blocks = drafts.map((draft, index): Block => {
    const id = blockIds[index] ?? '';
    switch (draft.kind) {
      case 'heading':
        if (draft.level === 2) seenInSection = new Map();
        rememberFirst(seenInSection, draft.text, id);
        return { kind: 'heading', id, level: draft.level, text: draft.text };
      case 'list': {
        const items = draft.items.map((item): ListItem => {
          const itemId = ids.allocate('item', item.text);
          const duplicateOf = seenInSection.get(foldText(item.text)) ?? null;
          if (duplicateOf) {
            warnings.push({
              code: 'duplicate-item',
              message: `the list item "${item.text}" repeats one shown earlier in the same section`,
              line: item.line,
            });
          }
          rememberFirst(seenInSection, item.text, itemId);
          return { id: itemId, text: item.text, duplicateOf };
        });
        const introducedBy = draft.introducedBy === null ? null : (blockIds[draft.introducedBy] ?? null);
        return { kind: 'list', id, introducedBy, items };
      }
      case 'paragraph':
        return { kind: 'paragraph', id, text: draft.text, footnoteMarkers: draft.footnoteMarkers };
      case 'quote':
        return { kind: 'quote', id, text: draft.text, speaker: draft.speaker };
      case 'footnote': {
        const citing = drafts.findIndex(
          (other, otherIndex) =>
            otherIndex < index && other.kind === 'paragraph' && other.footnoteMarkers.includes(draft.marker),
        );
        return {
          kind: 'footnote',
          id,
          marker: draft.marker,
          text: draft.text,
          referencedFrom: citing >= 0 ? (blockIds[citing] ?? null) : null,
        };
      }
      case 'separator':
        return { kind: 'separator', id };
      case 'contact':
        return { kind: 'contact', id, text: draft.text, contacts: draft.contacts };
      case 'fields':
        return {
          kind: 'fields',
          id,
          items: draft.items.map(({ label, value }): FieldItem => ({
            id: ids.allocate('field', fieldText({ label, value })),
            label,
            value,
          })),
        };
    }
  });
  return { blocks, warnings };
}

function rememberFirst(seen: Map<string, string>, text: string, id: string): void {
  const key = foldText(text);
  if (!seen.has(key)) seen.set(key, id);
}
