import type { Language } from '@shared/document/vocabulary';
import type { OutlineEntry } from './outline';

function findEntry(entries: readonly OutlineEntry[], id: string | null): OutlineEntry | null {
  if (id === null) return null;
  for (const entry of entries) {
    if (entry.id === id) return entry;
    const inside = findEntry(entry.children, id);
    if (inside) return inside;
  }
  return null;
}

/**
 * Once the title has scrolled away, a slim bar under the header says where the reader is:
 * the document's title, and the section in view. Screen readers have the real headings, so
 * the bar is for the eyes only.
 */
export function ReaderTitleBar({
  shown,
  title,
  language,
  outline,
  sectionId,
}: {
  shown: boolean;
  title: string;
  language: Language;
  outline: readonly OutlineEntry[];
  sectionId: string | null;
}) {
  const section = findEntry(outline, sectionId);
  return (
    <div className="reader-titlebar" data-shown={shown} aria-hidden="true">
      <span className="reader-titlebar-title" lang={language}>
        {title}
      </span>
      {section && (
        <>
          <span className="reader-titlebar-separator">›</span>
          <span className="reader-titlebar-section">{section.text}</span>
        </>
      )}
    </div>
  );
}
