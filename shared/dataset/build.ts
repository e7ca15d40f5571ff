import { z } from 'zod';
import { parsePage } from '../parser/parse-page';
import { sameAboutContent, type NavigationSection } from '../parser/navigation';
import { err, ok, type Result } from '../result';
import { aboutContent } from './about';
import { withOccurrences } from '../glossary/occurrences';
import { joinEnglishEdition, type EditionProblem } from '../english-edition/join';
import { GlossaryFileSchema } from './glossary';
import { MetadataFileSchema, type PublishedEnglish } from './metadata';
import { DATASET_FORMAT, DatasetSchema, type Dataset } from './schema';
import { datasetVersionOf } from './version';
import { passagesOf } from '../document/passages';
import type { DocumentContent, ReadableDocument } from '../document/schema';
import { ABOUT_DOCUMENT_ID, DOCUMENT_KINDS } from '../document/vocabulary';
import { publishedEntries, TranslationFileSchema, type TranslationFile } from '../english-edition/source-file';

export interface SourcePage {
  /** Path relative to `resources/source/`, as the metadata names it. */
  file: string;
  text: string;
}

export interface BuildSources {
  /** `resources/source/metadata.json`, parsed but not yet validated. */
  metadata: unknown;
  pages: readonly SourcePage[];
  /** The English edition files (`resources/source/en/*.json`), parsed but not yet validated. */
  translations: ReadonlyArray<{ file: string; content: unknown }>;
  /** `resources/source/glossary.json`, parsed but not yet validated. */
  glossary: unknown;
}

export interface BuildOutput {
  dataset: Dataset;
  /** The exact bytes to write: same input, same output. */
  json: string;
  /** Build notes a person should read (parse warnings are also kept in each document). */
  notes: string[];
  /** What is missing, stale or orphaned in the English edition, by document id. */
  editionProblems: Array<{ document: string; problems: EditionProblem[] }>;
}

/** Joins the parsed pages with their curated metadata, English edition and glossary. Pure. */
export function buildDataset(sources: BuildSources): Result<BuildOutput, string[]> {
  const { pages } = sources;
  const metadata = MetadataFileSchema.safeParse(sources.metadata);
  if (!metadata.success) {
    return err([`metadata.json is invalid: ${z.prettifyError(metadata.error)}`]);
  }
  const glossary = GlossaryFileSchema.safeParse(sources.glossary);
  if (!glossary.success) {
    return err([`glossary.json is invalid: ${z.prettifyError(glossary.error)}`]);
  }
  const errors: string[] = [];
  const notes: string[] = [];
  const translations = new Map<string, TranslationFile>();
  for (const { file, content } of sources.translations) {
    const parsed = TranslationFileSchema.safeParse(content);
    if (!parsed.success) errors.push(`${file} is invalid: ${z.prettifyError(parsed.error)}`);
    else if (translations.has(parsed.data.document))
      errors.push(`${file}: a second English file for ${parsed.data.document}`);
    else translations.set(parsed.data.document, parsed.data);
  }
  const byFile = new Map(pages.map((page) => [page.file, page]));
  for (const page of pages) {
    if (!metadata.data.documents.some((entry) => entry.file === page.file)) {
      errors.push(`${page.file}: no entry in metadata.json (every bundled page needs its curated metadata)`);
    }
  }

  const documents: ReadableDocument[] = [];
  const editionProblems: BuildOutput['editionProblems'] = [];
  /** Joins one document's English edition, noting what is missing, stale or orphaned. */
  const withEnglish = (
    id: string,
    content: DocumentContent,
    published: readonly PublishedEnglish[],
  ): ReadableDocument['english'] => {
    const file = translations.get(id);
    if (file && published.length === 0 && publishedEntries(file) > 0)
      errors.push(`en/${id}.json: passages marked "published" but metadata.json names no published English for ${id}`);
    const { edition, problems } = joinEnglishEdition(
      { title: content.title.text, dateline: content.dateline, blocks: content.blocks },
      file,
      published.map(({ url, coverage }) => ({ url, coverage })),
    );
    translations.delete(id);
    editionProblems.push({ document: id, problems });
    return edition;
  };
  let about: { sections: NavigationSection[]; from: string } | null = null;
  for (const entry of metadata.data.documents) {
    const page = byFile.get(entry.file);
    if (!page) {
      errors.push(`${entry.file}: named in metadata.json but not found`);
      continue;
    }
    const parsed = parsePage(page.text, { fileName: entry.file, metadataTitle: entry.title?.fr });
    if (!parsed.ok) {
      errors.push(`${entry.file}: ${parsed.error.message}`);
      continue;
    }
    const { page: content, about: sections, warnings } = parsed.value;
    if (sections.length > 0) {
      if (about === null) about = { sections, from: entry.file };
      else if (!sameAboutContent(about.sections, sections)) {
        notes.push(`${entry.file}: its "About IOM" navigation differs from ${about.from}'s; the first one is kept`);
      }
    }
    for (const warning of warnings) notes.push(`${entry.file}: ${warning.code}: ${warning.message}`);
    // A note may concern a whole block (a list) or one passage (a list item).
    const blockIds = new Set([
      ...content.blocks.map((block) => block.id),
      ...passagesOf(content, 'fr').map((passage) => passage.id),
    ]);
    for (const note of entry.editorialNotes) {
      if (!blockIds.has(note.blockId))
        errors.push(`${entry.file}: an editorial note points to ${note.blockId}, which the page does not have`);
    }
    documents.push({
      id: entry.id,
      role: 'page',
      sourceFile: entry.file,
      kind: entry.kind,
      date: entry.date,
      place: entry.place,
      sourceUrl: entry.sourceUrl,
      topics: entry.topics,
      ...content,
      warnings,
      english: withEnglish(entry.id, content, entry.publishedEnglish),
      editorialNotes: entry.editorialNotes,
    });
  }
  if (about === null) errors.push('no page carries the IOM navigation, so there is no "About IOM" document');
  if (errors.length > 0 || about === null) return err(errors);

  const aboutFrench = aboutContent('fr', about.sections, metadata.data.about.title.fr);
  const aboutDocument: ReadableDocument = {
    id: ABOUT_DOCUMENT_ID,
    role: 'about',
    sourceFile: about.from,
    // The organisation presenting itself: reference material, undated, from no one place.
    kind: 'reference',
    date: null,
    place: null,
    sourceUrl: null,
    topics: [],
    ...aboutFrench,
    warnings: [],
    english: withEnglish(ABOUT_DOCUMENT_ID, aboutFrench, metadata.data.about.publishedEnglish),
    editorialNotes: [],
  };
  if (errors.length > 0) return err(errors);
  for (const orphan of translations.keys())
    notes.push(`en/${orphan}.json: English edition of a document the dataset does not have`);
  for (const { document, problems } of editionProblems) {
    for (const problem of problems) notes.push(`en/${document}: ${problem.kind} ${problem.target}: ${problem.detail}`);
  }

  // The library's pages in library order, then the About IOM document.
  const all = [...documents.sort(libraryOrder), aboutDocument];
  const content = { format: DATASET_FORMAT, documents: all, glossary: withOccurrences(glossary.data.entries, all) };
  const dataset = { version: datasetVersionOf(content), ...content };
  const validated = DatasetSchema.safeParse(dataset);
  if (!validated.success)
    return err([`the built dataset does not match its schema: ${z.prettifyError(validated.error)}`]);
  return ok({ dataset: validated.data, json: `${JSON.stringify(validated.data, null, 2)}\n`, notes, editionProblems });
}

/** By kind (news first, reference last), then newest first, undated last, then by id. */
export function libraryOrder(a: ReadableDocument, b: ReadableDocument): number {
  const byKind = DOCUMENT_KINDS.indexOf(a.kind) - DOCUMENT_KINDS.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  const dateA = a.date?.iso ?? '';
  const dateB = b.date?.iso ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
