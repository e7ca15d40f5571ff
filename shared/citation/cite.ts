import type { IsoDate } from '../document/schema';
import type { Language } from '../document/vocabulary';
import { formatIsoDate } from '../format/dates';

/**
 * A passage quoted with its reference, as a person pastes it into a report or a reference
 * manager. The words around the quote are in the quote's language, whatever the interface's:
 * they are part of the text being written, and the CLI and tests build the same citations.
 */

export const CITATION_FORMATS = ['text', 'markdown', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export interface CitationSource {
  /** The language the passage is quoted in. */
  language: Language;
  /** The words quoted: the passage, or a selection in it. */
  quote: string;
  /** The document's id (the CSL item's id). */
  docId: string;
  title: string;
  date: IsoDate | null;
  /** Where the page was written from, in the quote's language. */
  place: string | null;
  sourceUrl: string | null;
  /** The passage's number in the document, counted from 1. */
  paragraph: number | null;
  datasetVersion: string;
  /** For an English quote: IOM's published words, or our translation. */
  englishOrigin: 'published' | 'ours' | null;
  /** The source page stops mid-sentence. */
  sourceTruncated: boolean;
  /** An editorial note corrects this passage of the source. */
  corrected: boolean;
  /** When the citation is made (the "consulted" date), as milliseconds since 1970. */
  consultedAt: number;
}

const WORDS = {
  fr: {
    author: 'Organisation internationale pour les migrations (OIM)',
    authorShort: 'OIM',
    open: '«\u00a0',
    close: '\u00a0»',
    paragraph: (number: number) => `§\u00a0${number}`,
    consulted: (dataset: string, date: string) =>
      `Consulté hors ligne dans Repères (jeu de données ${dataset}) le ${date}.`,
    published: 'Texte anglais publié par l’OIM.',
    ours: 'Traduction anglaise non officielle, par Repères ; le texte de référence est le français.',
    truncated: 'Le texte source est incomplet.',
    corrected: 'Une note de Repères corrige ce passage de la source.',
    undated: 'sans date',
  },
  en: {
    author: 'International Organization for Migration (IOM)',
    authorShort: 'IOM',
    open: '“',
    close: '”',
    paragraph: (number: number) => `para. ${number}`,
    consulted: (dataset: string, date: string) => `Consulted offline in Repères (dataset ${dataset}) on ${date}.`,
    published: 'English text as published by IOM.',
    ours: 'Unofficial English translation by Repères; the reference text is the French.',
    truncated: 'The source text is incomplete.',
    corrected: 'A Repères note corrects this passage of the source.',
    undated: 'n.d.',
  },
} as const;

/** Runs of white space (line breaks included) as one space: a quote is one run of text. */
const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();

const consultedDate = (source: CitationSource): string =>
  formatIsoDate({ iso: new Date(source.consultedAt).toISOString().slice(0, 10), precision: 'day' }, source.language);

/** The reference after the quote: author, title, place, date, paragraph, address. */
function reference(source: CitationSource, title: string): string {
  const words = WORDS[source.language];
  const parts = [
    words.authorShort,
    title,
    source.place,
    source.date ? formatIsoDate(source.date, source.language) : words.undated,
    source.paragraph === null ? null : words.paragraph(source.paragraph),
  ].filter((part): part is string => part !== null && part !== '');
  return parts.join(', ');
}

/** What a reader of the citation should know about the text: provenance, truncation, correction. */
function remarks(source: CitationSource): string[] {
  const words = WORDS[source.language];
  const found: string[] = [];
  if (source.language === 'en' && source.englishOrigin) found.push(words[source.englishOrigin]);
  if (source.sourceTruncated) found.push(words.truncated);
  if (source.corrected) found.push(words.corrected);
  return found;
}

/** The citation as plain text: the quote in the language's quotation marks, then its reference. */
export function citationText(source: CitationSource): string {
  const words = WORDS[source.language];
  const title = `${words.open}${oneLine(source.title)}${words.close}`;
  const lines = [
    `${words.open}${oneLine(source.quote)}${words.close}`,
    `— ${reference(source, title)}.${source.sourceUrl ? ` ${source.sourceUrl}` : ''}`,
    words.consulted(source.datasetVersion, consultedDate(source)),
    ...remarks(source),
  ];
  return lines.join('\n');
}

/** Characters Markdown would read as formatting, escaped so the quote stays text. */
const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<>#|~])/gu, '\\$1');

/** The citation as Markdown: a block quote, the title in italics, the address as a link. */
export function citationMarkdown(source: CitationSource): string {
  const title = `*${escapeMarkdown(oneLine(source.title))}*`;
  const link = source.sourceUrl ? ` <${source.sourceUrl}>` : '';
  return [
    `> ${escapeMarkdown(oneLine(source.quote))}`,
    '>',
    `> — ${reference(source, title)}.${link}`,
    '',
    [WORDS[source.language].consulted(source.datasetVersion, consultedDate(source)), ...remarks(source)].join(' '),
  ].join('\n');
}

/** A CSL-JSON date: year, then month and day as far as the precision goes. */
const cslDate = (iso: string): { 'date-parts': number[][] } => ({ 'date-parts': [iso.split('-').map(Number)] });

/**
 * The citation as CSL-JSON (an array of one item), which Zotero, Mendeley and Pandoc import:
 * a web page by IOM, with the quote and what the reader should know in its note.
 */
export function citationCsl(source: CitationSource): Record<string, unknown>[] {
  const words = WORDS[source.language];
  const note = [
    source.paragraph === null ? null : words.paragraph(source.paragraph),
    `${words.open}${oneLine(source.quote)}${words.close}`,
    words.consulted(source.datasetVersion, consultedDate(source)),
    ...remarks(source),
  ].filter((part): part is string => part !== null);
  return [
    {
      id: `reperes-${source.docId}${source.paragraph === null ? '' : `-${source.paragraph}`}`,
      type: 'webpage',
      title: oneLine(source.title),
      author: [{ literal: words.author }],
      publisher: words.author,
      ...(source.place ? { 'publisher-place': source.place } : {}),
      ...(source.date ? { issued: cslDate(source.date.iso) } : {}),
      ...(source.sourceUrl ? { URL: source.sourceUrl } : {}),
      accessed: cslDate(new Date(source.consultedAt).toISOString().slice(0, 10)),
      language: source.language,
      note: note.join(' '),
    },
  ];
}

/** The citation in one of the formats, as the text put on the clipboard. */
export function citation(source: CitationSource, format: CitationFormat): string {
  if (format === 'markdown') return citationMarkdown(source);
  if (format === 'csl-json') return JSON.stringify(citationCsl(source), null, 2);
  return citationText(source);
}

/**
 * A passage in both languages, for a handout: each text with its own citation (the French
 * original, then the English with whose English it is), one after the other, in plain text.
 */
export function citationPair(sources: readonly CitationSource[]): string {
  return sources.map(citationText).join('\n\n');
}
