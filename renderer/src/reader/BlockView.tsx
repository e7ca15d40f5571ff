import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { BilingualText, Block, BlockOf, Dateline, EnglishText } from '@shared/document/schema';
import type { Language } from '@shared/document/vocabulary';
import { fieldText, passageText, type PassageText } from '@shared/document/passages';
import type { TextRange } from '@shared/text/ranges';
import { PassageActions } from '../annotations/PassageActions';
import { useDocumentAnnotations } from '../annotations/DocumentAnnotations';
import { MarginNotes } from '../annotations/MarginNotes';
import { useFirstMentions } from './FirstMentions';
import { InlineText } from './InlineText';
import { PassageProvenance } from './PassageProvenance';

export interface BlockContext {
  /** The route of the document (`/read/id` or `/about`): block links hang off it. */
  linkBase: string;
  /** The languages shown: one, or French and English side by side. */
  languages: Language[];
  /** The source's language, which stands in where a translation is missing. */
  originalLanguage: Language;
  /** The dateline in each language, shown before the first paragraph's first sentence. */
  datelines: Partial<Record<Language, Pick<Dateline, 'place' | 'dateText'>>>;
  isFirst: boolean;
  /** Footnote markers of the document and where each points. */
  footnoteHrefs: ReadonlyMap<string, string>;
  /** The list item (or block) where the source stops mid-sentence. */
  truncatedAt: string | null;
  isTarget: boolean;
  /** Our editorial notes on passages of this document, by block or item id. */
  editorialNotes: ReadonlyMap<string, BilingualText>;
}

export const blockDomId = (id: string): string => `block-${id}`;

/**
 * A passage's text, marked with what it is (passage, block, list item, language) so that a
 * selection in it can be read back as a quote, with the person's highlights drawn over it.
 */
function AnnotatablePassage({
  passageId,
  blockId,
  itemId,
  text,
  footnoteHrefs,
}: {
  passageId: string;
  blockId: string;
  itemId: string | null;
  text: PassageText;
  footnoteHrefs?: ReadonlyMap<string, string>;
}) {
  const annotations = useDocumentAnnotations();
  const highlights = annotations ? annotations.highlightsOf(passageId, text.language, text.text) : [];
  const firstMentions = useFirstMentions(passageId, text.language);
  return (
    <span
      className="passage-text"
      data-passage-id={passageId}
      data-passage-block={blockId}
      data-passage-item={itemId ?? undefined}
      data-language={text.language}
    >
      <InlineText
        text={text.text}
        language={text.language}
        footnoteHrefs={footnoteHrefs}
        decorations={highlights}
        firstMentions={firstMentions}
      />
    </span>
  );
}

/**
 * One block of a document, with its anchor (a link to exactly this passage). Side by side,
 * the block is one row holding both languages, so the pair scrolls, wraps and highlights
 * together; narrow windows stack the two halves.
 */
export function BlockView({
  block,
  english,
  context,
}: {
  block: Block;
  english: Readonly<Record<string, EnglishText>>;
  context: BlockContext;
}) {
  const { t } = useTranslation();
  const paired = context.languages.length > 1;
  return (
    <div
      id={blockDomId(block.id)}
      className={`block block-${block.kind}${paired ? ' block-pair' : ''}${context.isTarget ? ' is-target' : ''}`}
      data-block-id={block.id}
      tabIndex={-1}
    >
      {block.kind === 'heading' && <HeadingContent block={block} english={english} context={context} />}
      {block.kind === 'list' && <ListContent block={block} english={english} context={context} />}
      {block.kind === 'fields' && <FieldsContent block={block} english={english} context={context} />}
      {block.kind === 'separator' && <hr />}
      {block.kind !== 'heading' &&
        block.kind !== 'list' &&
        block.kind !== 'fields' &&
        block.kind !== 'separator' &&
        context.languages.map((language) => (
          <div key={language} className="block-half">
            <ProseContent
              block={block}
              text={passageText(block, english, language, context.originalLanguage)}
              context={context}
            />
          </div>
        ))}
      {block.kind !== 'separator' && (
        <a className="block-anchor" href={`#${context.linkBase}/${block.id}`} aria-label={t('reader.linkToPassage')}>
          ¶
        </a>
      )}
      {block.kind !== 'separator' && block.kind !== 'list' && block.kind !== 'fields' && (
        <PassageActions blockId={block.id} itemId={null} language={context.languages[0] ?? context.originalLanguage} />
      )}
      {context.truncatedAt === block.id && <TruncationNote />}
      <EditorialNote note={context.editorialNotes.get(block.id)} languages={context.languages} />
      <BlockMarginNotes blockId={block.id} languages={context.languages} isTarget={context.isTarget} />
    </div>
  );
}

/** The person's notes on a block, in the margin beside it (nothing while the document has none). */
function BlockMarginNotes({
  blockId,
  languages,
  isTarget,
}: {
  blockId: string;
  languages: Language[];
  isTarget: boolean;
}) {
  const annotations = useDocumentAnnotations();
  const notes = annotations?.notesByBlock.get(blockId);
  if (!annotations?.hasNotes) return null;
  return <MarginNotes notes={notes ?? []} languages={languages} isTarget={isTarget} />;
}

/** A note of ours on the source (an error it contains, say), set apart from the source's text. */
function EditorialNote({ note, languages }: { note: BilingualText | undefined; languages: Language[] }) {
  const { t } = useTranslation();
  if (!note) return null;
  return (
    <aside className="editorial-note" aria-label={t('reader.editorialNote')}>
      {languages.map((language) => (
        <p key={language} lang={language}>
          {note[language]}
        </p>
      ))}
    </aside>
  );
}

/**
 * The document has no edition in the other language at all (a person's page imported in one
 * language): the document's notice says so once, rather than a mark on every passage.
 */
export const SingleEditionContext = createContext(false);

function PassageMarks({ text }: { text: PassageText }) {
  const { t } = useTranslation();
  const singleEdition = useContext(SingleEditionContext);
  if (text.untranslated && singleEdition) return null;
  if (text.untranslated) return <span className="badge badge-warning">{t('reader.notTranslated')}</span>;
  if (text.stale)
    return (
      <span className="badge badge-warning" title={t('reader.staleHint')}>
        {t('reader.stale')}
      </span>
    );
  return null;
}

function HeadingContent({
  block,
  english,
  context,
}: {
  block: BlockOf<'heading'>;
  english: Readonly<Record<string, EnglishText>>;
  context: BlockContext;
}) {
  const Tag = `h${block.level}` as const;
  return (
    <Tag className="block-heading">
      {context.languages.map((language) => {
        const text = passageText(block, english, language, context.originalLanguage);
        return (
          <span key={language} className="block-half" lang={text.language}>
            <AnnotatablePassage passageId={block.id} blockId={block.id} itemId={null} text={text} />
            <PassageMarks text={text} />
            <PassageProvenance text={text} kind="heading" paired={context.languages.length > 1} />
          </span>
        );
      })}
    </Tag>
  );
}

function ProseContent({
  block,
  text,
  context,
}: {
  block: Exclude<Block, BlockOf<'heading' | 'list' | 'fields' | 'separator'>>;
  text: PassageText;
  context: BlockContext;
}) {
  const { t } = useTranslation();
  const inline = (
    <AnnotatablePassage
      passageId={block.id}
      blockId={block.id}
      itemId={null}
      text={text}
      footnoteHrefs={context.footnoteHrefs}
    />
  );
  const provenance = <PassageProvenance text={text} kind={block.kind} paired={context.languages.length > 1} />;
  switch (block.kind) {
    case 'paragraph': {
      const dateline = context.isFirst ? context.datelines[text.language] : undefined;
      return (
        <p lang={text.language}>
          {dateline && (
            <>
              <span className="dateline">
                {dateline.place}
                {dateline.dateText ? `, ${dateline.dateText}` : ''}
              </span>
              {' – '}
            </>
          )}
          {inline}
          <PassageMarks text={text} />
          {provenance}
        </p>
      );
    }
    case 'quote': {
      const speaker = text.language === 'en' ? (text.english?.speaker ?? null) : block.speaker;
      return (
        <figure className="quote" lang={text.language}>
          <blockquote>
            <p>
              {inline}
              <PassageMarks text={text} />
              {provenance}
            </p>
          </blockquote>
          {speaker && (
            <figcaption>
              <span className="speaker-name">{speaker.name}</span>
              {speaker.role && <span className="speaker-role">{speaker.role}</span>}
            </figcaption>
          )}
        </figure>
      );
    }
    case 'footnote':
      return (
        <aside className="footnote" lang={text.language} aria-label={t('reader.footnote', { marker: block.marker })}>
          <p>
            <span className="footnote-marker" aria-hidden="true">
              {block.marker}
            </span>{' '}
            {inline}
            <PassageMarks text={text} />
            {provenance}
            {block.referencedFrom && (
              <>
                {' '}
                <a className="footnote-back" href={`#${context.linkBase}/${block.referencedFrom}`}>
                  {t('reader.backToText')}
                </a>
              </>
            )}
          </p>
        </aside>
      );
    case 'contact':
      return (
        <p className="contact" lang={text.language}>
          {inline}
          <PassageMarks text={text} />
          {provenance}
        </p>
      );
  }
}

function ListContent({
  block,
  english,
  context,
}: {
  block: BlockOf<'list'>;
  english: Readonly<Record<string, EnglishText>>;
  context: BlockContext;
}) {
  const { t } = useTranslation();
  return (
    <ul>
      {block.items.map((item) => (
        <li
          key={item.id}
          id={blockDomId(item.id)}
          data-block-id={item.id}
          className={context.languages.length > 1 ? 'item-pair' : undefined}
        >
          {context.languages.map((language) => {
            const text = passageText(item, english, language, context.originalLanguage);
            return (
              <span key={language} className="block-half" lang={text.language}>
                <AnnotatablePassage passageId={item.id} blockId={block.id} itemId={item.id} text={text} />
                <PassageMarks text={text} />
                <PassageProvenance text={text} kind="item" paired={context.languages.length > 1} />
                {item.duplicateOf && (
                  <span className="badge" title={t('reader.repeatedInSourceHint')}>
                    {t('reader.repeatedInSource')}
                  </span>
                )}
              </span>
            );
          })}
          <PassageActions
            blockId={block.id}
            itemId={item.id}
            language={context.languages[0] ?? context.originalLanguage}
          />
          {context.truncatedAt === item.id && <TruncationNote />}
          <EditorialNote note={context.editorialNotes.get(item.id)} languages={context.languages} />
        </li>
      ))}
    </ul>
  );
}

/** The part of a text's ranges that falls in `from..to`, counted from `from`. */
const rangesWithin = <Range extends TextRange>(ranges: readonly Range[], from: number, to: number): Range[] =>
  ranges.flatMap((range) =>
    range.end <= from || range.start >= to
      ? []
      : [{ ...range, start: Math.max(range.start, from) - from, end: Math.min(range.end, to) - from }],
  );

/**
 * One field in one language, as a term and its description. The passage's text is the label
 * and the value ("Type: …"): both halves sit in the one passage element, so that a selection
 * across them, and the person's highlights, count in that whole text.
 */
function FieldPassage({ itemId, blockId, text }: { itemId: string; blockId: string; text: PassageText }) {
  const annotations = useDocumentAnnotations();
  const firstMentions = useFirstMentions(itemId, text.language);
  const highlights = annotations ? annotations.highlightsOf(itemId, text.language, text.text) : [];
  const colon = text.text.indexOf(': ');
  const split = colon < 0 ? 0 : colon + 2;
  const part = (from: number, to: number) => (
    <InlineText
      text={text.text.slice(from, to)}
      language={text.language}
      decorations={rangesWithin(highlights, from, to)}
      firstMentions={firstMentions}
    />
  );
  return (
    <div
      className="passage-text"
      data-passage-id={itemId}
      data-passage-block={blockId}
      data-passage-item={itemId}
      data-language={text.language}
    >
      <dt>{part(0, split)}</dt>
      <dd>
        {part(split, text.text.length)}
        <PassageMarks text={text} />
        <PassageProvenance text={text} kind="item" paired={false} />
      </dd>
    </div>
  );
}

/** A profile page's labelled facts: each field is a passage, with its own link, actions and notes. */
function FieldsContent({
  block,
  english,
  context,
}: {
  block: BlockOf<'fields'>;
  english: Readonly<Record<string, EnglishText>>;
  context: BlockContext;
}) {
  return (
    <div className="fields">
      {block.items.map((item) => (
        <div
          key={item.id}
          id={blockDomId(item.id)}
          data-block-id={item.id}
          className={context.languages.length > 1 ? 'item-pair' : undefined}
        >
          {context.languages.map((language) => (
            <dl key={language} className="block-half" lang={language}>
              <FieldPassage
                itemId={item.id}
                blockId={block.id}
                text={passageText({ id: item.id, text: fieldText(item) }, english, language, context.originalLanguage)}
              />
            </dl>
          ))}
          <PassageActions
            blockId={block.id}
            itemId={item.id}
            language={context.languages[0] ?? context.originalLanguage}
          />
          {context.truncatedAt === item.id && <TruncationNote />}
          <EditorialNote note={context.editorialNotes.get(item.id)} languages={context.languages} />
        </div>
      ))}
    </div>
  );
}

function TruncationNote() {
  const { t } = useTranslation();
  return (
    <p className="truncation-note" role="note">
      {t('reader.truncatedHere')}
    </p>
  );
}
