import { blockTexts } from '../document/passages';
import type { Block, BlockOf, DocumentContent } from '../document/schema';
import type { Language } from '../document/vocabulary';
import { acronymKeys, type AcronymKeys } from './acronym-keys';
import { alignSequence } from './align-sequence';
import { anchorsOf, anchorWeights, cognatesOf } from './anchors';
import type { AlignUnit } from './costs';
import { DEFAULT_RATIO, GALE_CHURCH_VARIANCE, refinedRatio, type AlignParameters } from './length-model';
import type { AlignmentRow, EditionAlignment } from './rows';

export interface AlignOptions {
  /** Acronyms that differ across languages, as (French, English) pairs: OIM ↔ IOM, PCR ↔ RCP. */
  acronymPairs?: ReadonlyArray<readonly [string, string]>;
  /**
   * An earlier alignment of the same two documents: its manual rows (and manual list-item
   * rows) are kept as they are, and only the stretches between them are aligned again.
   */
  previous?: EditionAlignment;
}

const blockUnit = (block: Block, language: Language, keys: AcronymKeys): AlignUnit => {
  const text = blockTexts(block).join(' ');
  return {
    id: block.id,
    kind: block.kind,
    length: text.length,
    anchors: anchorsOf(text, language, keys),
    cognates: cognatesOf(text),
  };
};

const itemUnits = (list: BlockOf<'list'>, language: Language, keys: AcronymKeys): AlignUnit[] =>
  list.items.map((item) => ({
    id: item.id,
    kind: 'item',
    length: item.text.length,
    anchors: anchorsOf(item.text, language, keys),
    cognates: cognatesOf(item.text),
  }));

const manualRows = (rows: readonly AlignmentRow[] | undefined): AlignmentRow[] =>
  (rows ?? []).filter((row) => row.basis === 'manual');

/**
 * Aligns the English edition of a page with its French edition, block by block, and list item
 * by list item inside the lists paired one to one. Both are independent documents (two
 * imports); the rows cover every block of both exactly once, in order.
 */
export function alignEditions(fr: DocumentContent, en: DocumentContent, options: AlignOptions = {}): EditionAlignment {
  const keys = acronymKeys(options.acronymPairs ?? []);
  const french = fr.blocks.map((block) => blockUnit(block, 'fr', keys));
  const english = en.blocks.map((block) => blockUnit(block, 'en', keys));
  const fixed = manualRows(options.previous?.rows);
  const first: AlignParameters = {
    ratio: DEFAULT_RATIO,
    variance: GALE_CHURCH_VARIANCE,
    weights: anchorWeights([...french, ...english].flatMap((unit) => [unit.anchors, unit.cognates])),
  };
  let rows = alignSequence(french, english, fixed, first);
  // A second pass with the page's own length ratio, read from the first pass's sure pairs.
  const lengths = new Map([...french, ...english].map((unit) => [unit.id, unit.length]));
  const ratio = refinedRatio(
    rows
      .filter((row) => row.fr.length === 1 && row.en.length === 1 && row.confidence >= 0.5)
      .map((row) => [lengths.get(row.fr[0] ?? '') ?? 0, lengths.get(row.en[0] ?? '') ?? 0] as const),
  );
  const parameters = ratio === null ? first : { ...first, ratio };
  if (Math.abs(parameters.ratio - first.ratio) > 0.03) rows = alignSequence(french, english, fixed, parameters);
  return { rows, items: alignListItems(fr, en, rows, keys, parameters, options.previous) };
}

/** The item rows of every French list paired one to one with an English list. */
function alignListItems(
  fr: DocumentContent,
  en: DocumentContent,
  rows: readonly AlignmentRow[],
  keys: AcronymKeys,
  parameters: AlignParameters,
  previous: EditionAlignment | undefined,
): Record<string, AlignmentRow[]> {
  const frLists = new Map(fr.blocks.flatMap((block) => (block.kind === 'list' ? [[block.id, block] as const] : [])));
  const enLists = new Map(en.blocks.flatMap((block) => (block.kind === 'list' ? [[block.id, block] as const] : [])));
  const items: Record<string, AlignmentRow[]> = {};
  for (const row of rows) {
    const frenchList = row.fr.length === 1 ? frLists.get(row.fr[0] ?? '') : undefined;
    const englishList = row.en.length === 1 ? enLists.get(row.en[0] ?? '') : undefined;
    if (!frenchList || !englishList) continue;
    items[frenchList.id] = alignItems(
      frenchList,
      englishList,
      keys,
      parameters,
      manualRows(previous?.items[frenchList.id]),
    );
  }
  return items;
}

/** The rows over two paired lists' items (the same aligner, over items). */
export function alignItems(
  french: BlockOf<'list'>,
  english: BlockOf<'list'>,
  keys: AcronymKeys,
  parameters: AlignParameters,
  fixed: readonly AlignmentRow[] = [],
): AlignmentRow[] {
  const frenchItems = itemUnits(french, 'fr', keys);
  const englishItems = itemUnits(english, 'en', keys);
  // Rarity within the two lists: what every item of a list says (a region's name) tells no item apart.
  const weights = anchorWeights([...frenchItems, ...englishItems].flatMap((unit) => [unit.anchors, unit.cognates]));
  return alignSequence(frenchItems, englishItems, fixed, { ...parameters, weights });
}
