import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { OutlineEntry } from './outline';

/** The document's sections, each a link to its heading. */
export function TableOfContents({
  outline,
  linkBase,
  currentId,
}: {
  outline: OutlineEntry[];
  linkBase: string;
  currentId: string | null;
}) {
  const { t } = useTranslation();
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="toc-title">
        {t('reader.toc')}
      </h2>
      <OutlineList entries={outline} linkBase={linkBase} currentId={currentId} />
    </nav>
  );
}

function OutlineList({
  entries,
  linkBase,
  currentId,
}: {
  entries: OutlineEntry[];
  linkBase: string;
  currentId: string | null;
}) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <Link href={`${linkBase}/${entry.id}`} aria-current={entry.id === currentId ? 'location' : undefined}>
            {entry.text}
          </Link>
          {entry.children.length > 0 && (
            <OutlineList entries={entry.children} linkBase={linkBase} currentId={currentId} />
          )}
        </li>
      ))}
    </ol>
  );
}
