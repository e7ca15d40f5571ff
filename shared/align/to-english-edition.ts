import { blockPassages, blockTexts } from '../document/passages';
import type { Block, BlockOf, DocumentContent, EnglishEdition, EnglishText } from '../document/schema';
import { findSpeaker } from '../parser/quotes';
import { acronymKeys } from './acronym-keys';
import { alignItems } from './align-editions';
import { DEFAULT_RATIO, GALE_CHURCH_VARIANCE } from './length-model';
import type { AlignmentRow, EditionAlignment } from './rows';

/** An English block with no French counterpart, and where it goes: after that French block (null: first). */
export interface EnglishOnlyBlock {
  after: string | null;
  block: Block;
}

export interface ReaderEdition {
  edition: EnglishEdition;
  englishOnly: EnglishOnlyBlock[];
  /**
   * French passages (blocks or items) whose English is given with an earlier passage's: a
   * 2–1 pair puts the whole English on the first French passage, and the reader shows the
   * second as "continued" (by the id of the passage that carries the English) rather than as
   * untranslated.
   */
  continued: Record<string, string>;
}

/** Joins English texts that one French passage translates (a split paragraph: a space; list items: a semicolon). */
const joinTexts = (blocks: readonly Block[]): string =>
  blocks
    .map((block) => blockTexts(block).join('; '))
    .filter((text) => text.trim() !== '')
    .join(' ');

const englishText = (text: string, frenchKind: string, englishBlocks: readonly Block[]): EnglishText => {
  if (frenchKind !== 'quote') return { text, stale: false };
  const quote = englishBlocks.find((block): block is BlockOf<'quote'> => block.kind === 'quote');
  return { text, stale: false, speaker: quote?.speaker ?? findSpeaker(text) };
};

/**
 * What the reader shows side by side for two aligned editions: the English of each French
 * passage (by French block or item id, as the bundle's English edition is), our own record
 * of nothing stale and no origin (the English is the page's, not a translation we wrote or
 * checked), and the English blocks with no French counterpart, with where they go.
 */
export function toEnglishEdition(
  fr: DocumentContent,
  en: DocumentContent,
  alignment: EditionAlignment,
  options: { acronymPairs?: ReadonlyArray<readonly [string, string]> } = {},
): ReaderEdition {
  const frBlocks = new Map(fr.blocks.map((block) => [block.id, block]));
  const enBlocks = new Map(en.blocks.map((block) => [block.id, block]));
  const blocks: Record<string, EnglishText> = {};
  const continued: Record<string, string> = {};
  const englishOnly: EnglishOnlyBlock[] = [];
  let lastFrench: string | null = null;

  const give = (frenchIds: readonly string[], frenchKind: string, english: readonly Block[]): void => {
    const text = joinTexts(english);
    const [first, ...rest] = frenchIds;
    if (first === undefined || text === '') return;
    blocks[first] = englishText(text, frenchKind, english);
    for (const id of rest) continued[id] = first;
  };

  for (const row of alignment.rows) {
    const french = row.fr.flatMap((id) => frBlocks.get(id) ?? []);
    const english = row.en.flatMap((id) => enBlocks.get(id) ?? []);
    if (french.length === 0) {
      englishOnly.push(...english.map((block) => ({ after: lastFrench, block })));
      continue;
    }
    lastFrench = french.at(-1)?.id ?? lastFrench;
    const [frenchList] = french;
    const [englishList] = english;
    if (french.length === 1 && english.length === 1 && frenchList?.kind === 'list' && englishList?.kind === 'list') {
      const itemRows = alignment.items[frenchList.id] ?? itemsOnTheFly(frenchList, englishList, options);
      const extra = giveItems(frenchList, englishList, itemRows, give);
      if (extra) englishOnly.push({ after: frenchList.id, block: extra });
      continue;
    }
    const passages = french.flatMap(blockPassages);
    give(
      passages.map((passage) => passage.id),
      passages[0]?.kind ?? 'paragraph',
      english,
    );
  }

  const title =
    fr.title.source !== 'file-name' && en.title.source !== 'file-name' ? { text: en.title.text, stale: false } : null;
  const dateline =
    fr.dateline && en.dateline ? { place: en.dateline.place, dateText: en.dateline.dateText, stale: false } : null;
  return { edition: { title, dateline, blocks }, englishOnly, continued };
}

/** Lists whose items were not aligned yet (a pair a person just made) are aligned here. */
const itemsOnTheFly = (
  french: BlockOf<'list'>,
  english: BlockOf<'list'>,
  options: { acronymPairs?: ReadonlyArray<readonly [string, string]> },
): AlignmentRow[] =>
  alignItems(french, english, acronymKeys(options.acronymPairs ?? []), {
    ratio: DEFAULT_RATIO,
    variance: GALE_CHURCH_VARIANCE,
  });

/** Gives each French item its English; returns the English items with no French, as one list to show after it. */
function giveItems(
  french: BlockOf<'list'>,
  english: BlockOf<'list'>,
  rows: readonly AlignmentRow[],
  give: (frenchIds: readonly string[], frenchKind: string, english: readonly Block[]) => void,
): BlockOf<'list'> | null {
  const items = new Map(english.items.map((item) => [item.id, item]));
  const known = new Set(french.items.map((item) => item.id));
  const alone: BlockOf<'list'>['items'] = [];
  for (const row of rows) {
    const englishItems = row.en.flatMap((id) => items.get(id) ?? []);
    const frenchItems = row.fr.filter((id) => known.has(id));
    if (frenchItems.length === 0) {
      alone.push(...englishItems);
      continue;
    }
    give(
      frenchItems,
      'item',
      englishItems.map((item) => ({ kind: 'paragraph', id: item.id, text: item.text, footnoteMarkers: [] })),
    );
  }
  const [first] = alone;
  return first ? { ...english, items: [first, ...alone.slice(1)] } : null;
}
