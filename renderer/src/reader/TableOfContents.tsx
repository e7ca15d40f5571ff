import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { OutlineEntry } from './outline';

/**
 * The document's sections, each a link to its heading. `folded`: side by side in a window too
 * narrow for three columns, the contents sit above the text, folded under their title.
 */
export function TableOfContents({
  outline,
  linkBase,
  currentId,
  folded = false,
}: {
  outline: OutlineEntry[];
  linkBase: string;
  currentId: string | null;
  folded?: boolean;
}) {
  const { t } = useTranslation();
  const title = (
    <h2 id="toc-title" className="toc-title">
      {t('reader.toc')}
    </h2>
  );
  const list = <OutlineList entries={outline} linkBase={linkBase} currentId={currentId} />;
  return (
    <nav className="toc" aria-labelledby="toc-title">
      {folded ? (
        <details className="toc-fold">
          <summary>{title}</summary>
          {list}
        </details>
      ) : (
        <>
          {title}
          {list}
        </>
      )}
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
