import type { Block } from '@shared/document/schema';
import type { ParsedPageResult } from '@shared/parser/parse-page';

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

/** The human-readable report of `cli parse FILE`. */
export function formatParsedPage(fileName: string, result: ParsedPageResult): string {
  const { page, about, warnings } = result;
  const lines = [
    `file      ${fileName}`,
    `language  ${page.language ?? 'unknown'}`,
    `title     ${page.title.text}${page.title.source === 'page' ? '' : `  (from ${page.title.source})`}`,
    `dateline  ${page.dateline ? `${page.dateline.place}${page.dateline.dateText ? `, ${page.dateline.dateText}` : ''}  (“${page.dateline.raw}”)` : '—'}`,
    `truncated ${page.truncation ? `yes, at ${page.truncation.itemId ?? page.truncation.blockId}` : 'no'}`,
    `about     ${about.length ? about.map((section) => section.label).join(' · ') : '—'}`,
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
