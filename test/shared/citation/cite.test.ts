import { describe, expect, it } from 'vitest';
import {
  citation,
  citationCsl,
  citationMarkdown,
  citationPair,
  citationText,
  type CitationSource,
} from '@shared/citation/cite';

const FRENCH: CitationSource = {
  language: 'fr',
  quote: 'Les PCR sont des\nmécanismes consultatifs.',
  docId: 'regional-consultative-processes',
  title: 'Processus consultatifs régionaux sur la migration',
  date: { iso: '2024-07-25', precision: 'day' },
  place: 'Banjul, Gambie',
  sourceUrl: 'https://www.iom.int/fr/pcr',
  paragraph: 3,
  datasetVersion: '2026.11.1',
  englishOrigin: null,
  sourceTruncated: false,
  corrected: false,
  consultedAt: Date.UTC(2026, 10, 24),
};
const ENGLISH: CitationSource = {
  ...FRENCH,
  language: 'en',
  quote: 'RCPs are Inter-State consultation mechanisms.',
  title: 'Regional Consultative Processes on Migration',
  place: 'Banjul, The Gambia',
  date: { iso: '2019-03', precision: 'month' },
  englishOrigin: 'published',
};

describe('citations', () => {
  it('quotes French in guillemets (with no-break spaces), with IOM, the title, place, date, paragraph, address and dataset', () => {
    const text = citationText(FRENCH);
    expect(text.split('\n')).toEqual([
      '«\u00a0Les PCR sont des mécanismes consultatifs.\u00a0»',
      '— OIM, «\u00a0Processus consultatifs régionaux sur la migration\u00a0», Banjul, Gambie, 25 juillet 2024, §\u00a03. https://www.iom.int/fr/pcr',
      'Consulté hors ligne dans Repères (jeu de données 2026.11.1) le 24 novembre 2026.',
    ]);
  });

  it('quotes English in curly quotes, with the date to its precision and where the English comes from', () => {
    const text = citationText(ENGLISH);
    expect(text).toContain('“RCPs are Inter-State consultation mechanisms.”');
    expect(text).toContain(
      '— IOM, “Regional Consultative Processes on Migration”, Banjul, The Gambia, March 2019, para. 3.',
    );
    expect(text).toContain('English text as published by IOM.');
    expect(citationText({ ...ENGLISH, englishOrigin: 'ours' })).toContain('Unofficial English translation by Repères');
  });

  it('says when the source is incomplete or corrected, and when it has no date', () => {
    const text = citationText({ ...FRENCH, sourceTruncated: true, corrected: true, date: null });
    expect(text).toContain('Le texte source est incomplet.');
    expect(text).toContain('Une note de Repères corrige ce passage de la source.');
    expect(text).toContain(', sans date, ');
  });

  it('writes Markdown with the quote as text, never as markup', () => {
    const markdown = citationMarkdown({ ...FRENCH, quote: '<img src=x onerror=alert(1)> *gras* [lien](javascript:x)' });
    expect(markdown.startsWith('> \\<img src=x onerror=alert(1)\\> \\*gras\\* \\[lien\\](javascript:x)')).toBe(true);
    expect(markdown).toContain('*Processus consultatifs régionaux sur la migration*');
    expect(markdown).toContain('<https://www.iom.int/fr/pcr>');
  });

  it('writes CSL-JSON a reference manager imports: a web page by IOM, dated to its precision', () => {
    const [item] = JSON.parse(citation(ENGLISH, 'csl-json')) as Record<string, unknown>[];
    expect(item).toMatchObject({
      id: 'reperes-regional-consultative-processes-3',
      type: 'webpage',
      title: 'Regional Consultative Processes on Migration',
      author: [{ literal: 'International Organization for Migration (IOM)' }],
      issued: { 'date-parts': [[2019, 3]] },
      accessed: { 'date-parts': [[2026, 11, 24]] },
      URL: 'https://www.iom.int/fr/pcr',
      language: 'en',
    });
    expect(item?.['note']).toContain('English text as published by IOM.');
  });

  it('leaves out what the document does not have', () => {
    const [item] = citationCsl({ ...FRENCH, date: null, place: null, sourceUrl: null, paragraph: null });
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('URL');
    expect(item).not.toHaveProperty('publisher-place');
    expect(item?.['id']).toBe('reperes-regional-consultative-processes');
  });
});

describe('a passage in both languages', () => {
  it('gives the French with its citation, then the English with its own', () => {
    const pair = citationPair([FRENCH, ENGLISH]);
    const [french, english] = pair.split('\n\n');
    expect(french).toBe(citationText(FRENCH));
    expect(english).toBe(citationText(ENGLISH));
  });
});
