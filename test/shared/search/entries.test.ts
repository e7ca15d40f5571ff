import { describe, expect, it } from 'vitest';
import { documentEntries, glossaryEntry, GLOSSARY_GROUP, sectionKey } from '@shared/search/entries';
import { bundledDataset } from '../../dataset-fixture';

const dataset = bundledDataset();
const rcp = dataset.documents.find((document) => document.id === 'regional-consultative-processes')!;
const entries = documentEntries(rcp);
const byId = (id: string) => entries.find((entry) => entry.id === `${rcp.id}#${id}`);

describe('documentEntries', () => {
  it('gives the title first, then one entry per passage, list items apart', () => {
    expect(entries[0]).toMatchObject({ kind: 'title', passageId: null, order: -1 });
    expect(byId('i-ea445cc1')).toMatchObject({ kind: 'item', blockId: expect.stringMatching(/^l-/) });
  });

  it('carries each passage in both languages', () => {
    expect(byId('i-ea445cc1')?.text).toEqual({ fr: 'Processus de Prague', en: 'Prague Process' });
  });

  it('puts a passage under the sections of the headings above it, by fingerprint', () => {
    // The Almaty Process stands under "RCPs by region" and "Europe (Eurasia)".
    expect(byId('i-73fea056')?.sections).toEqual(['h-132998fe', 'h-767f3a96']);
    // A repeated "Africa" heading shares its first occurrence's key.
    expect(byId('i-da3a125c')?.sections).toEqual(['h-132998fe', 'h-53996900', 'h-96c44291']);
  });

  it('adds the place to a dated document’s title', () => {
    const banjul = documentEntries(
      dataset.documents.find((document) => document.id === 'gcm-africa-americas-dialogue')!,
    );
    expect(banjul[0]?.text.fr).toContain('Banjul');
  });
});

describe('sectionKey', () => {
  it('drops the repeat counter of a heading id', () => {
    expect(sectionKey('h-96c44291-3')).toBe('h-96c44291');
    expect(sectionKey('h-96c44291')).toBe('h-96c44291');
    // A fingerprint made only of digits is not a counter.
    expect(sectionKey('h-53996900')).toBe('h-53996900');
  });
});

describe('glossaryEntry', () => {
  it('indexes terms, expansion and definition in each language, in the glossary group', () => {
    const entry = glossaryEntry(dataset.glossary.find((candidate) => candidate.id === 'unfpa')!);
    expect(entry).toMatchObject({ docId: GLOSSARY_GROUP, passageId: 'unfpa', kind: 'glossary' });
    expect(entry.text.fr).toContain('FNUAP');
    expect(entry.text.en).toContain('UNFPA');
  });
});
