import { describe, expect, it } from 'vitest';
import { joinEnglishEdition } from '@shared/english-edition/join';
import { translationSkeleton, type TranslationFile } from '@shared/english-edition/source-file';
import type { Block } from '@shared/document/schema';

const blocks: Block[] = [
  { kind: 'paragraph', id: 'p-00000001', text: 'Le Pacte mondial a été adopté en 2018.', footnoteMarkers: [] },
  {
    kind: 'list',
    id: 'l-00000002',
    introducedBy: null,
    items: [{ id: 'i-00000003', text: 'Renforcement de la confiance', duplicateOf: null }],
  },
  { kind: 'quote', id: 'q-00000004', text: '« Texte », a déclaré Kristina Mejo, chargée de liaison.', speaker: null },
  { kind: 'separator', id: 's-00000005' },
];
const french = {
  title: 'Titre',
  dateline: { place: 'Banjul', dateText: '25 juillet', raw: 'Banjul, 25 juillet' },
  blocks,
};

function translated(): TranslationFile {
  const file = translationSkeleton('doc', french);
  if (file.title) file.title.en = 'Title';
  if (file.dateline) Object.assign(file.dateline, { place: 'Banjul', dateText: '25 July' });
  const english = [
    'The Global Compact was adopted in 2018.',
    'Confidence-building',
    '“Text,” said Kristina Mejo, liaison officer.',
  ];
  file.blocks
    .flatMap((entry) => ('items' in entry ? entry.items : [entry]))
    .forEach((entry, index) => {
      entry.en = english[index] ?? '';
    });
  return file;
}

describe('joinEnglishEdition', () => {
  it('aligns every block and list item by id, with the English dateline and title', () => {
    const { edition, problems } = joinEnglishEdition(french, translated());
    expect(problems).toEqual([]);
    expect(edition?.title).toEqual({ text: 'Title', stale: false, origin: 'ours' });
    expect(edition?.dateline).toEqual({ place: 'Banjul', dateText: '25 July', stale: false });
    expect(Object.keys(edition?.blocks ?? {})).toEqual(['p-00000001', 'i-00000003', 'q-00000004']);
  });

  it('names the speaker of a quotation as the English text does', () => {
    expect(joinEnglishEdition(french, translated()).edition?.blocks['q-00000004']?.speaker).toEqual({
      name: 'Kristina Mejo',
      role: 'liaison officer',
    });
  });

  it('marks stale the English of a French text that changed since', () => {
    const changed = {
      ...french,
      blocks: [{ ...blocks[0], text: 'Le Pacte mondial a été adopté en décembre 2018.' } as Block, ...blocks.slice(1)],
    };
    const { edition, problems } = joinEnglishEdition(changed, translated());
    expect(edition?.blocks['p-00000001']).toEqual({
      text: 'The Global Compact was adopted in 2018.',
      stale: true,
      origin: 'ours',
    });
    expect(problems).toEqual([expect.objectContaining({ kind: 'stale', target: 'p-00000001' })]);
  });

  it('reports French without English and English without French', () => {
    const file = translated();
    file.blocks = file.blocks.filter((entry) => entry.id !== 'p-00000001');
    file.blocks.push({ id: 'p-0000000f', source: '00000000', fr: 'Ancien paragraphe.', en: 'Old paragraph.' });
    expect(joinEnglishEdition(french, file).problems.map(({ kind, target }) => `${kind} ${target}`)).toEqual([
      'missing p-00000001',
      'orphan p-0000000f',
    ]);
  });

  it("carries each passage's provenance, ours unless the file says published, and the published sources", () => {
    const file = translated();
    const [first] = file.blocks;
    if (first && !('items' in first)) first.origin = 'published';
    const source = { url: 'https://www.iom.int/news/example', coverage: 'The first paragraph.' };
    const { edition } = joinEnglishEdition(french, file, [source]);
    expect(edition?.blocks['p-00000001']?.origin).toBe('published');
    expect(edition?.blocks['i-00000003']?.origin).toBe('ours');
    expect(edition?.publishedSources).toEqual([source]);
  });

  it('treats an empty English text as missing', () => {
    const file = translated();
    const [first] = file.blocks;
    if (first && !('items' in first)) first.en = '  ';
    expect(joinEnglishEdition(french, file).problems.map(({ kind, target }) => `${kind} ${target}`)).toEqual([
      'missing p-00000001',
    ]);
  });
});
