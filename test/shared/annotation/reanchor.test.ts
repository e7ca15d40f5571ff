import { describe, expect, it } from 'vitest';
import type { AnnotationAnchor } from '@shared/annotation/anchor';
import { reanchor, reanchorDocument } from '@shared/annotation/reanchor';
import { selectorsFor } from '@shared/annotation/selectors';
import type { Block, ReadableDocument } from '@shared/document/schema';
import { bundledDataset } from '../../dataset-fixture';

const original = bundledDataset().documents.find((document) => document.id === 'regional-consultative-processes')!;
const paragraphs = original.blocks.filter((block) => block.kind === 'paragraph');
const [first, second, third] = paragraphs as Array<Extract<Block, { kind: 'paragraph' }>>;

/** A note on `words` of a paragraph, as the reader makes it from a selection. */
function noteOn(block: Extract<Block, { kind: 'paragraph' }>, words: string): AnnotationAnchor {
  const start = block.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${block.id}`);
  return {
    target: { docId: original.id, blockId: block.id, itemId: null, language: 'fr' },
    ...selectorsFor(block.text, start, start + words.length),
  };
}

/** The document with its blocks changed, as a new dataset version would carry it (French only). */
function revised(change: (blocks: Block[]) => Block[]): ReturnType<typeof reanchorDocument> {
  const document: Pick<ReadableDocument, 'blocks' | 'language'> = {
    blocks: change([...original.blocks]),
    language: 'fr',
  };
  return reanchorDocument(document);
}

const replaceBlock = (blocks: Block[], id: string, ...by: Block[]): Block[] =>
  blocks.flatMap((block) => (block.id === id ? by : [block]));

describe('reanchor', () => {
  const quote = 'États membres';
  const note = noteOn(second!, quote);

  it('leaves a note unchanged when its passage is the same', () => {
    expect(
      reanchor(
        note,
        revised((blocks) => blocks),
      ),
    ).toEqual({ status: 'unchanged', anchor: note });
  });

  it('leaves a note unchanged when two paragraphs are swapped (ids follow the text)', () => {
    const swapped = revised((blocks) => {
      const at = blocks.indexOf(first!);
      const next = blocks.indexOf(second!);
      const copy = [...blocks];
      [copy[at], copy[next]] = [second!, first!];
      return copy;
    });
    expect(reanchor(note, swapped)).toEqual({ status: 'unchanged', anchor: note });
  });

  it('moves a note when its paragraph is edited around the quote (a new block id)', () => {
    const edited = { ...second!, id: 'p-e0e0e0e0', text: `Selon l'OIM, ${second!.text.replace('également', 'aussi')}` };
    const outcome = reanchor(
      note,
      revised((blocks) => replaceBlock(blocks, second!.id, edited)),
    );
    expect(outcome.status).toBe('moved');
    if (outcome.status !== 'moved') return;
    expect(outcome.anchor.target.blockId).toBe('p-e0e0e0e0');
    expect(outcome.anchor.quote.exact).toBe(quote);
    expect(edited.text.slice(outcome.anchor.position!.start, outcome.anchor.position!.end)).toBe(quote);
  });

  it('moves a note when the quoted words themselves change slightly', () => {
    const edited = { ...second!, id: 'p-e1e1e1e1', text: second!.text.replace('États membres', 'Etats-membres') };
    const outcome = reanchor(
      note,
      revised((blocks) => replaceBlock(blocks, second!.id, edited)),
    );
    expect(outcome).toMatchObject({ status: 'moved', anchor: { quote: { exact: 'Etats-membres' } } });
  });

  it('moves a note into the half that holds it when its paragraph is split in two', () => {
    const cut = second!.text.indexOf(' ; ');
    const head = { ...second!, id: 'p-e2e2e2e2', text: `${second!.text.slice(0, cut)}.` };
    const tail = { ...second!, id: 'p-e3e3e3e3', text: second!.text.slice(cut + 3) };
    const outcome = reanchor(
      note,
      revised((blocks) => replaceBlock(blocks, second!.id, head, tail)),
    );
    expect(outcome).toMatchObject({ status: 'moved', anchor: { target: { blockId: 'p-e2e2e2e2' } } });
  });

  it('detaches a note whose paragraph was removed, and keeps its quote', () => {
    const longQuote = noteOn(third!, third!.text.slice(0, 60));
    const outcome = reanchor(
      longQuote,
      revised((blocks) => replaceBlock(blocks, third!.id)),
    );
    expect(outcome).toEqual({ status: 'detached', reason: 'quote-not-found' });
  });

  it('detaches every note of a removed document, and keeps notes on the document itself while it exists', () => {
    expect(reanchor(note, null)).toEqual({ status: 'detached', reason: 'document-removed' });
    const onDocument: AnnotationAnchor = {
      target: { docId: original.id, blockId: null, itemId: null, language: 'fr' },
      quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      position: null,
    };
    expect(
      reanchor(
        onDocument,
        revised((blocks) => blocks.slice(1)),
      ),
    ).toEqual({ status: 'unchanged', anchor: onDocument });
  });

  it('prefers the occurrence whose context matches when the words appear twice', () => {
    // "PCR" appears in many paragraphs: a note on it in the edited one moves there, not elsewhere.
    const onAcronym = noteOn(second!, 'Les PCR sont généralement');
    const edited = { ...second!, id: 'p-e4e4e4e4', text: second!.text.replace('présidés', 'dirigés') };
    const outcome = reanchor(
      onAcronym,
      revised((blocks) => replaceBlock(blocks, second!.id, edited)),
    );
    expect(outcome).toMatchObject({ status: 'moved', anchor: { target: { blockId: 'p-e4e4e4e4' } } });
  });
});

describe('reanchor, when the words recur elsewhere', () => {
  it('detaches a short quote rather than move it to the same words in another context', () => {
    const note = noteOn(second!, 'États membres');
    const outcome = reanchor(
      note,
      revised((blocks) => replaceBlock(blocks, second!.id)),
    );
    expect(outcome).toEqual({ status: 'detached', reason: 'quote-not-found' });
  });
});

describe('reanchor on a field list', () => {
  const fields = (value: string): Block => ({
    kind: 'fields',
    id: 'd-0000000a',
    items: [{ id: value === '57 pays' ? 't-0000000b' : 't-0000000c', label: 'Membres', value }],
  });

  it('moves a note on an edited field to the new field, naming it as the item', () => {
    const note: AnnotationAnchor = {
      target: { docId: 'profil', blockId: 'd-0000000a', itemId: 't-0000000b', language: 'fr' },
      ...selectorsFor('Membres: 57 pays', 9, 16),
    };
    const outcome = reanchor(note, reanchorDocument({ blocks: [fields('57 pays européens')], language: 'fr' }));
    expect(outcome.status).toBe('moved');
    if (outcome.status !== 'moved') return;
    expect(outcome.anchor.target).toMatchObject({ blockId: 'd-0000000a', itemId: 't-0000000c' });
  });
});
