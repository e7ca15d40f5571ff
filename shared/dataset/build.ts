import { z } from 'zod';
import { shortHash } from '../hash';
import { parsePage } from '../parser/parse-page';
import { sameAboutContent, type NavigationSection } from '../parser/navigation';
import { err, ok, type Result } from '../result';
import { buildAboutEntry } from './about';
import { MetadataFileSchema, type DocumentMetadata } from './metadata';
import { DATASET_FORMAT, DatasetSchema, DOCUMENT_KINDS, type Dataset, type DatasetDocument } from './schema';

export interface SourcePage {
  /** Path relative to `resources/source/`, as the metadata names it. */
  file: string;
  text: string;
}

export interface BuildOutput {
  dataset: Dataset;
  /** The exact bytes to write: same input, same output. */
  json: string;
  /** Build notes a person should read (parse warnings are also kept in each document). */
  notes: string[];
}

/** Joins the parsed pages with their curated metadata into the bundled dataset. Pure. */
export function buildDataset(metadataInput: unknown, pages: readonly SourcePage[]): Result<BuildOutput, string[]> {
  const metadata = MetadataFileSchema.safeParse(metadataInput);
  if (!metadata.success) {
    return err([`metadata.json is invalid: ${z.prettifyError(metadata.error)}`]);
  }
  const errors: string[] = [];
  const notes: string[] = [];
  const byFile = new Map(pages.map((page) => [page.file, page]));
  for (const page of pages) {
    if (!metadata.data.documents.some((entry) => entry.file === page.file)) {
      errors.push(`${page.file}: no entry in metadata.json (every bundled page needs its curated metadata)`);
    }
  }

  const documents: DatasetDocument[] = [];
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
    documents.push(toDocument(entry, content, warnings));
  }
  if (about === null) errors.push('no page carries the IOM navigation, so there is no "About IOM" entry');
  if (errors.length > 0 || about === null) return err(errors);

  const content = {
    format: DATASET_FORMAT,
    about: buildAboutEntry('fr', about.sections),
    documents: documents.sort(libraryOrder),
  };
  const dataset = { format: content.format, version: shortHash(JSON.stringify(content), 16), about: content.about, documents: content.documents };
  const validated = DatasetSchema.safeParse(dataset);
  if (!validated.success) return err([`the built dataset does not match its schema: ${z.prettifyError(validated.error)}`]);
  return ok({ dataset: validated.data, json: `${JSON.stringify(validated.data, null, 2)}\n`, notes });
}

function toDocument(entry: DocumentMetadata, content: Omit<DatasetDocument, 'id' | 'sourceFile' | 'kind' | 'date' | 'place' | 'sourceUrl' | 'topics' | 'warnings'>, warnings: DatasetDocument['warnings']): DatasetDocument {
  return {
    id: entry.id,
    sourceFile: entry.file,
    kind: entry.kind,
    date: entry.date,
    place: entry.place,
    sourceUrl: entry.sourceUrl,
    topics: entry.topics,
    ...content,
    warnings,
  };
}

/** By kind (news first, reference last), then newest first, undated last, then by id. */
export function libraryOrder(a: DatasetDocument, b: DatasetDocument): number {
  const byKind = DOCUMENT_KINDS.indexOf(a.kind) - DOCUMENT_KINDS.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  const dateA = a.date?.iso ?? '';
  const dateB = b.date?.iso ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
