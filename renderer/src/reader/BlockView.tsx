import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, BlockOf, Dateline } from '../../../shared/dataset/schema';
import { InlineText } from './InlineText';

export interface BlockContext {
  /** The route of the document (`/read/id` or `/about`): block links hang off it. */
  linkBase: string;
  /** The dateline, shown before the first paragraph's first sentence. */
  dateline: Dateline | null;
  isFirst: boolean;
  /** Footnote markers of the document and where each points. */
  footnoteHrefs: ReadonlyMap<string, string>;
  /** The list item (or block) where the source stops mid-sentence. */
  truncatedAt: string | null;
  isTarget: boolean;
}

export const blockDomId = (id: string): string => `block-${id}`;

/** One block of a document, with its anchor: a link to exactly this passage. */
export function BlockView({ block, context }: { block: Block; context: BlockContext }) {
  const { t } = useTranslation();
  const href = `#${context.linkBase}/${block.id}`;
  return (
    <div
      id={blockDomId(block.id)}
      className={`block block-${block.kind}${context.isTarget ? ' is-target' : ''}`}
      data-block-id={block.id}
      tabIndex={-1}
    >
      <BlockContent block={block} context={context} />
      {block.kind !== 'separator' && (
        <a className="block-anchor" href={href} aria-label={t('reader.linkToPassage')}>¶</a>
      )}
      {context.truncatedAt === block.id && <TruncationNote />}
    </div>
  );
}

function BlockContent({ block, context }: { block: Block; context: BlockContext }): ReactNode {
  const { t } = useTranslation();
  switch (block.kind) {
    case 'heading': {
      const Tag = `h${block.level}` as const;
      return <Tag className="block-heading">{block.text}</Tag>;
    }
    case 'paragraph':
      return (
        <p>
          {context.isFirst && context.dateline && (
            <><span className="dateline">{context.dateline.place}{context.dateline.dateText ? `, ${context.dateline.dateText}` : ''}</span>{' – '}</>
          )}
          <InlineText text={block.text} footnoteHrefs={context.footnoteHrefs} />
        </p>
      );
    case 'list':
      return <ListContent block={block} context={context} />;
    case 'quote':
      return (
        <figure className="quote">
          <blockquote><p><InlineText text={block.text} /></p></blockquote>
          {block.speaker && (
            <figcaption>
              <span className="speaker-name">{block.speaker.name}</span>
              {block.speaker.role && <span className="speaker-role">{block.speaker.role}</span>}
            </figcaption>
          )}
        </figure>
      );
    case 'footnote':
      return (
        <aside className="footnote" aria-label={t('reader.footnote', { marker: block.marker })}>
          <p>
            <span className="footnote-marker" aria-hidden="true">{block.marker}</span>{' '}
            <InlineText text={block.text} />
            {block.referencedFrom && (
              <> <a className="footnote-back" href={`#${context.linkBase}/${block.referencedFrom}`}>{t('reader.backToText')}</a></>
            )}
          </p>
        </aside>
      );
    case 'separator':
      return <hr />;
    case 'contact':
      return <p className="contact"><InlineText text={block.text} /></p>;
  }
}

function ListContent({ block, context }: { block: BlockOf<'list'>; context: BlockContext }) {
  const { t } = useTranslation();
  return (
    <ul>
      {block.items.map((item) => (
        <li key={item.id} id={blockDomId(item.id)} data-block-id={item.id}>
          <InlineText text={item.text} />
          {item.duplicateOf && <span className="badge" title={t('reader.repeatedInSourceHint')}>{t('reader.repeatedInSource')}</span>}
          {context.truncatedAt === item.id && <TruncationNote />}
        </li>
      ))}
    </ul>
  );
}

function TruncationNote() {
  const { t } = useTranslation();
  return <p className="truncation-note" role="note">{t('reader.truncatedHere')}</p>;
}
