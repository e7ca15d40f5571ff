import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, DocumentContent } from '@shared/document/schema';
import { acronymPairsOf } from '@shared/align/acronym-keys';
import { TranslationFileSchema, type TranslationFile } from '@shared/english-edition/source-file';
import { parseSeed, projectRoot, SEED_FILES } from '../../seeds';

/**
 * The bundle's five French pages with their English editions, turned into two independent
 * documents each, as two imports would be: the English blocks get ids of their own, and the
 * bundle's join (French id → English entry) becomes the answer the aligner is checked against.
 */
export interface BundledPair {
  name: keyof typeof SEED_FILES;
  fr: DocumentContent;
  en: DocumentContent;
  /** French block (or item) id → the English block (or item) id the bundle joins it to. */
  truth: Map<string, string>;
}

const sourceDir = join(projectRoot, 'resources', 'source');

const documentIdOf = (file: string): string => {
  const metadata = JSON.parse(readFileSync(join(sourceDir, 'metadata.json'), 'utf8')) as {
    documents: Array<{ file: string; id: string }>;
  };
  const found = metadata.documents.find((document) => document.file === file);
  if (!found) throw new Error(`no metadata for ${file}`);
  return found.id;
};

const translationOf = (documentId: string): TranslationFile =>
  TranslationFileSchema.parse(JSON.parse(readFileSync(join(sourceDir, 'en', `${documentId}.json`), 'utf8')));

/** An English id: the kind's letter and a counter, unlike any French id. */
const englishId = (prefix: string, counter: { next: number }): string => {
  counter.next += 1;
  return `${prefix}-${counter.next.toString(16).padStart(8, 'e')}`;
};

function englishBlock(
  block: Block,
  english: ReadonlyMap<string, string>,
  truth: Map<string, string>,
  counter: { next: number },
): Block | null {
  const id = englishId(block.id[0] ?? 'p', counter);
  if (block.kind === 'separator') {
    truth.set(block.id, id);
    return { kind: 'separator', id };
  }
  if (block.kind === 'list') {
    const items = block.items.flatMap((item) => {
      const text = english.get(item.id);
      if (!text) return [];
      const itemId = englishId('i', counter);
      truth.set(item.id, itemId);
      return [{ id: itemId, text, duplicateOf: null }];
    });
    if (items.length === 0) return null;
    truth.set(block.id, id);
    return { kind: 'list', id, introducedBy: null, items };
  }
  const text = english.get(block.id);
  if (!text) return null;
  truth.set(block.id, id);
  return { ...block, id, text } as Block;
}

export function bundledPair(name: keyof typeof SEED_FILES): BundledPair {
  const file = SEED_FILES[name];
  const fr = parseSeed(file).page;
  const translation = translationOf(documentIdOf(file));
  const english = new Map(
    translation.blocks
      .flatMap((entry) => ('items' in entry ? entry.items : [entry]))
      .map((entry) => [entry.id, entry.en]),
  );
  const truth = new Map<string, string>();
  const counter = { next: 0 };
  const blocks = fr.blocks.flatMap((block) => englishBlock(block, english, truth, counter) ?? []);
  const en: DocumentContent = {
    language: 'en',
    title: { text: translation.title?.en || fr.title.text, source: fr.title.source },
    dateline:
      translation.dateline && fr.dateline
        ? {
            place: translation.dateline.place,
            dateText: translation.dateline.dateText,
            raw: translation.dateline.place,
          }
        : null,
    blocks,
    truncation: null,
  };
  return { name, fr, en, truth };
}

export const BUNDLED_PAIR_NAMES = Object.keys(SEED_FILES) as Array<keyof typeof SEED_FILES>;

/** The glossary's French–English acronym pairs (OIM ↔ IOM, PCR ↔ RCP…). */
export const glossaryAcronymPairs = (): Array<[string, string]> =>
  acronymPairsOf(
    (
      JSON.parse(readFileSync(join(sourceDir, 'glossary.json'), 'utf8')) as {
        entries: Parameters<typeof acronymPairsOf>[0];
      }
    ).entries,
  );
