import { describe, expect, it } from 'vitest';
import type { Block } from '@shared/document/schema';
import { findTruncation } from '@shared/parser/truncation';

const ID = 'p-00000001';
const ITEM = 'i-00000002';
const paragraph = (text: string): Block => ({ kind: 'paragraph', id: ID, text, footnoteMarkers: [] });
const quote = (text: string): Block => ({ kind: 'quote', id: ID, text, speaker: null });
const footnote = (text: string): Block => ({ kind: 'footnote', id: ID, marker: '*', text, referencedFrom: null });
const heading = (text: string): Block => ({ kind: 'heading', id: ID, level: 2, text });
const contact = (text: string): Block => ({
  kind: 'contact',
  id: ID,
  text,
  contacts: [{ type: 'email', value: 'a@iom.int' }],
});
const list = (...texts: string[]): Block => ({
  kind: 'list',
  id: ID,
  introducedBy: null,
  items: texts.map((text, index) => ({
    id: index === texts.length - 1 ? ITEM : `i-0000000${index + 3}`,
    text,
    duplicateOf: null,
  })),
});
const fields = (value: string): Block => ({
  kind: 'fields',
  id: ID,
  items: [{ id: ITEM, label: 'Membres', value }],
});
const whole = { blockId: ID, itemId: null };

describe('findTruncation', () => {
  it('finds nothing in a page without blocks', () => {
    expect(findTruncation([])).toBeNull();
  });

  it.each([
    ['paragraph', paragraph],
    ['quotation', quote],
    ['footnote', footnote],
  ] as const)('flags a %s that stops without final punctuation', (_kind, make) => {
    expect(findTruncation([make('La conférence a réuni les États membres et')])).toEqual(whole);
  });

  it.each([
    ['paragraph', paragraph],
    ['quotation', quote],
    ['footnote', footnote],
  ] as const)('flags a %s that leaves a bracket open, even after a full stop', (_kind, make) => {
    expect(findTruncation([make('Les processus (PCR, MCIM et forums.')])).toEqual(whole);
  });

  it.each([
    'Une phrase complète.',
    'Is it complete?',
    'Enfin !',
    '« Une citation complète. »',
    '“A complete quotation.”',
    'Une phrase (avec parenthèse).',
    'Voir la liste [annexe]',
    'Et ainsi de suite…',
  ])('does not flag a paragraph ending "%s"', (text) => {
    expect(findTruncation([paragraph(text)])).toBeNull();
  });

  it('looks only at the last block', () => {
    expect(findTruncation([paragraph('Coupé au milieu de'), paragraph('Fin.')])).toBeNull();
  });

  it('flags the last list item when it leaves a bracket open, naming the item', () => {
    expect(findTruncation([list('Processus de Prague', 'Pays voisins concernés (CEI')])).toEqual({
      blockId: ID,
      itemId: ITEM,
    });
  });

  it('does not flag a list item for its lack of final punctuation', () => {
    expect(findTruncation([list('Processus de Prague', 'Processus de Manille')])).toBeNull();
  });

  it('flags the last field when its value leaves a bracket open, and not otherwise', () => {
    expect(findTruncation([fields('Algérie, Bénin (observateur')])).toEqual({ blockId: ID, itemId: ITEM });
    expect(findTruncation([fields('Algérie, Bénin, Burkina Faso')])).toBeNull();
  });

  it('flags a heading or a contact line only when a bracket is left open', () => {
    expect(findTruncation([heading('Europe (Eurasie')])).toEqual(whole);
    expect(findTruncation([heading('Europe (Eurasie)')])).toBeNull();
    expect(findTruncation([heading('Sans ponctuation')])).toBeNull();
    expect(findTruncation([contact('Écrire à a@iom.int (bureau')])).toEqual(whole);
    expect(findTruncation([contact('Écrire à a@iom.int')])).toBeNull();
  });

  it('does not flag a separator', () => {
    expect(findTruncation([{ kind: 'separator', id: 's-00000001' }])).toBeNull();
  });
});
