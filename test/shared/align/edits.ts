import type { Block, DocumentContent } from '@shared/document/schema';
import type { EditionAlignment } from '@shared/align/rows';
import type { BundledPair } from './bundled-pairs';

/**
 * Edits to a bundled English edition, the kind an independent English page shows against its
 * French, each with the answer it implies: for every French block, the English ids its row
 * should hold.
 */
export interface EditedPair {
  fr: DocumentContent;
  en: DocumentContent;
  /** French block id → the English block ids expected with it ([] when it should stand alone). */
  expected: Map<string, string[]>;
}

export function unedited(pair: BundledPair): EditedPair {
  const expected = new Map(
    pair.fr.blocks.map((block) => [block.id, pair.truth.has(block.id) ? [pair.truth.get(block.id) ?? ''] : []]),
  );
  return { fr: pair.fr, en: pair.en, expected };
}

const frenchOf = (pair: EditedPair, englishId: string): string | undefined =>
  [...pair.expected].find(([, english]) => english.includes(englishId))?.[0];

/** Drops the English block at an index: its French stands alone. */
export function removeEnglish(pair: EditedPair, index: number): EditedPair {
  const removed = pair.en.blocks[index];
  if (!removed) throw new Error(`no English block ${index}`);
  const expected = new Map(pair.expected);
  const french = frenchOf(pair, removed.id);
  if (french) expected.set(french, []);
  return { ...pair, en: { ...pair.en, blocks: pair.en.blocks.filter((block) => block !== removed) }, expected };
}

/** Joins the English paragraph at an index with the next: both French paragraphs pair with it. */
export function mergeEnglish(pair: EditedPair, index: number): EditedPair {
  const first = pair.en.blocks[index];
  const second = pair.en.blocks[index + 1];
  if (first?.kind !== 'paragraph' || second?.kind !== 'paragraph')
    throw new Error(`blocks ${index} and ${index + 1} are not two paragraphs`);
  const merged: Block = { ...first, text: `${first.text} ${second.text}` };
  const expected = new Map(pair.expected);
  const frenchSecond = frenchOf(pair, second.id);
  if (frenchSecond) expected.set(frenchSecond, [first.id]);
  const blocks = pair.en.blocks.flatMap((block) => (block === first ? [merged] : block === second ? [] : [block]));
  return { ...pair, en: { ...pair.en, blocks }, expected };
}

/** Cuts the English paragraph at an index after its first sentence: its French pairs with both halves. */
export function splitEnglish(pair: EditedPair, index: number): EditedPair {
  const block = pair.en.blocks[index];
  if (block?.kind !== 'paragraph') throw new Error(`block ${index} is not a paragraph`);
  // The first sentence end after some text, not an abbreviation's dot (Mr. Vitorino).
  const cut = block.text.search(/(?<=.{40})(?<!\b(?:Mr|Mrs|Ms|Dr|M))[.!?]\s+\S/u) + 1;
  if (cut <= 0) throw new Error(`block ${index} has one sentence`);
  const head: Block = { ...block, text: block.text.slice(0, cut) };
  const tail: Block = { ...block, id: `${block.id}-2`, text: block.text.slice(cut).trim() };
  const expected = new Map(pair.expected);
  const french = frenchOf(pair, block.id);
  if (french) expected.set(french, [head.id, tail.id]);
  const blocks = pair.en.blocks.flatMap((other) => (other === block ? [head, tail] : [other]));
  return { ...pair, en: { ...pair.en, blocks }, expected };
}

/** Inserts an English-only block before an index (at the end when the index is past it). */
export function insertEnglish(pair: EditedPair, index: number, block: Block): EditedPair {
  const blocks = [...pair.en.blocks.slice(0, index), block, ...pair.en.blocks.slice(index)];
  return { ...pair, en: { ...pair.en, blocks } };
}

/** Replaces the text of the English block at an index. */
export function rewordEnglish(pair: EditedPair, index: number, text: string): EditedPair {
  const blocks = pair.en.blocks.map((block, at) =>
    at === index && 'text' in block ? ({ ...block, text } as Block) : block,
  );
  return { ...pair, en: { ...pair.en, blocks } };
}

/** The share of French blocks whose row holds exactly the English expected (alone when none is). */
export function accuracy(
  pair: EditedPair,
  alignment: EditionAlignment,
): { right: number; total: number; wrong: string[] } {
  const wrong: string[] = [];
  for (const [french, english] of pair.expected) {
    const row = alignment.rows.find((candidate) => candidate.fr.includes(french));
    const got = row?.en ?? [];
    if (got.length !== english.length || got.some((id, index) => id !== english[index])) wrong.push(french);
  }
  return { right: pair.expected.size - wrong.length, total: pair.expected.size, wrong };
}

const paragraphsOf = (pair: EditedPair): number[] =>
  pair.en.blocks.flatMap((block, index) => (block.kind === 'paragraph' ? [index] : []));

/**
 * The edits measured on every bundled pair, at positions found the same way in each: the
 * third English paragraph removed; the first two neighbouring paragraphs merged; the first
 * paragraph of several sentences split; an English-only paragraph after the second block;
 * a "Related links" heading and list at the end; and most of these at once.
 */
export function standardEdits(base: EditedPair): Array<[label: string, pair: EditedPair]> {
  const paragraphs = paragraphsOf(base);
  const merged = paragraphs.find((index, at) => paragraphs[at + 1] === index + 1) ?? -1;
  const split =
    paragraphs.find((index) => {
      const block = base.en.blocks[index];
      return block?.kind === 'paragraph' && /(?<=.{40})(?<!\b(?:Mr|Mrs|Ms|Dr|M))[.!?]\s+\S/u.test(block.text);
    }) ?? -1;
  const added: Block = {
    kind: 'paragraph',
    id: 'p-eeee0001',
    text: 'This paragraph appears on the English page only: it points readers to the 2030 Agenda for Sustainable Development.',
    footnoteMarkers: [],
  };
  const linksHeading: Block = { kind: 'heading', id: 'h-eeee0002', level: 2, text: 'Related links' };
  const links: Block = {
    kind: 'list',
    id: 'l-eeee0003',
    introducedBy: null,
    items: [
      { id: 'i-eeee0004', text: 'Global Compact for Migration', duplicateOf: null },
      { id: 'i-eeee0005', text: 'United Nations Network on Migration', duplicateOf: null },
    ],
  };
  const multiSentence = (index: number): boolean => {
    const block = base.en.blocks[index];
    return block?.kind === 'paragraph' && /(?<=.{40})(?<!\b(?:Mr|Mrs|Ms|Dr|M))[.!?]\s+\S/u.test(block.text);
  };
  // All at once, at separate places, applied from the end so that earlier indexes still hold:
  // links at the end, a late paragraph split, two middle ones merged, an English-only
  // paragraph before the fourth, the second removed.
  const mergeAt = paragraphs.find((index, at) => index > (paragraphs[3] ?? 0) && paragraphs[at + 1] === index + 1);
  const splitAt = [...paragraphs].reverse().find((index) => multiSentence(index) && index > (mergeAt ?? 0) + 1);
  let all = insertEnglish(base, base.en.blocks.length, links);
  if (splitAt !== undefined) all = splitEnglish(all, splitAt);
  if (mergeAt !== undefined) all = mergeEnglish(all, mergeAt);
  all = removeEnglish(insertEnglish(all, paragraphs[3] ?? 0, added), paragraphs[1] ?? -1);
  return [
    ['paragraph removed', removeEnglish(base, paragraphs[2] ?? -1)],
    ['paragraphs merged', mergeEnglish(base, merged)],
    ['paragraph split', splitEnglish(base, split)],
    ['English-only paragraph', insertEnglish(base, 2, added)],
    [
      '"Related links" list',
      insertEnglish(insertEnglish(base, base.en.blocks.length, linksHeading), base.en.blocks.length + 1, links),
    ],
    ['edits all at once', all],
  ];
}
