import type { Block } from '@shared/document/schema';
import type { ImportDraft } from '@shared/import/import-file';

const excerpt = (text: string, width = 90): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

function describeBlock(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${block.id}  heading h${block.level}  ${excerpt(block.text)}`];
    case 'paragraph':
      return [
        `${block.id}  paragraph  ${excerpt(block.text)}${block.footnoteMarkers.length ? `  [footnote ${block.footnoteMarkers.join(' ')}]` : ''}`,
      ];
    case 'quote':
      return [
        `${block.id}  quote  ${excerpt(block.text)}`,
        `    speaker: ${block.speaker ? `${block.speaker.name}${block.speaker.role ? ` (${block.speaker.role})` : ''}` : '—'}`,
      ];
    case 'footnote':
      return [
        `${block.id}  footnote ${block.marker}  ${excerpt(block.text)}${block.referencedFrom ? `  ← ${block.referencedFrom}` : ''}`,
      ];
    case 'separator':
      return [`${block.id}  separator`];
    case 'contact':
      return [
        `${block.id}  contact  ${excerpt(block.text)}`,
        ...block.contacts.map((contact) => `    ${contact.type}: ${contact.value}`),
      ];
    case 'fields':
      return [
        `${block.id}  fields (${block.items.length})`,
        ...block.items.map((item) => `    ${item.id}  ${item.label}: ${excerpt(item.value, 80)}`),
      ];
    case 'list':
      return [
        `${block.id}  list (${block.items.length} items)${block.introducedBy ? `  introduced by ${block.introducedBy}` : ''}`,
        ...block.items.map(
          (item) =>
            `    ${item.id}  - ${excerpt(item.text, 80)}${item.duplicateOf ? `  [repeats ${item.duplicateOf}]` : ''}`,
        ),
      ];
  }
}

/** What `cli parse FILE --json` prints: the draft the app's import makes of the file. */
export function draftJson(draft: ImportDraft): object {
  const { content } = draft;
  return {
    format: draft.format,
    fileName: draft.fileName,
    title: content.title,
    lang: content.language,
    dateline: content.dateline
      ? { place: content.dateline.place, date: content.dateline.dateText, raw: content.dateline.raw }
      : null,
    kind: draft.kind,
    date: draft.date,
    sourceUrl: draft.sourceUrl,
    contentHash: draft.contentHash,
    truncation: content.truncation,
    blocks: content.blocks,
    warnings: draft.warnings,
  };
}

/** The human-readable report of `cli parse FILE`. */
export function formatDraft(fileName: string, draft: ImportDraft): string {
  const { content: page, warnings } = draft;
  const lines = [
    `file      ${fileName}`,
    `format    ${draft.format}`,
    `language  ${page.language ?? 'unknown'}`,
    `title     ${page.title.text}${page.title.source === 'page' ? '' : `  (from ${page.title.source})`}`,
    `dateline  ${page.dateline ? `${page.dateline.place}${page.dateline.dateText ? `, ${page.dateline.dateText}` : ''}  (“${page.dateline.raw}”)` : '—'}`,
    `kind      ${draft.kind ?? 'unknown'}`,
    `date      ${draft.date?.iso ?? '—'}`,
    `source    ${draft.sourceUrl ?? '—'}`,
    `truncated ${page.truncation ? `yes, at ${page.truncation.itemId ?? page.truncation.blockId}` : 'no'}`,
    '',
    `blocks (${page.blocks.length})`,
    ...page.blocks.flatMap(describeBlock).map((line) => `  ${line}`),
    '',
    `warnings (${warnings.length})`,
    ...warnings.map(
      (warning) => `  ${warning.code}${warning.line ? ` (line ${warning.line})` : ''}: ${warning.message}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
