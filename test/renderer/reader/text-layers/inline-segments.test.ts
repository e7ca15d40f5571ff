import { describe, expect, it } from 'vitest';
import { inlineSegments, type InlineSegment } from '../../../../renderer/src/reader/text-layers/inline-segments';
import { glossaryEntries, matchFrenchTerms } from './glossary-fixture';

const hrefs = new Map([['*', '#/read/gcm/f-11111111']]);
const sources = { footnoteHrefs: hrefs, matchTerms: matchFrenchTerms, glossaryEntries };
const describeSegment = ({ text, atomic, decorations }: InlineSegment): string =>
  `${text}${atomic ? `[${atomic.layer}]` : ''}${decorations.length ? `(${decorations.map((d) => d.layer).join(',')})` : ''}`;
const segments = (text: string, extra: Partial<Parameters<typeof inlineSegments>[1]> = {}): string[] =>
  inlineSegments(text, { ...sources, ...extra }).map(describeSegment);

describe('inlineSegments', () => {
  it('cuts a passage at its contact points, footnote markers and glossary terms', () => {
    expect(segments('Le GCM* : écrire à gcm@iom.int.')).toEqual([
      'Le ',
      'GCM[glossary-term]',
      '*[footnote-marker]',
      ' : écrire à ',
      'gcm@iom.int[contact]',
      '.',
    ]);
  });

  it('keeps a web address whole when it contains a glossary term', () => {
    expect(segments('Voir https://www.iom.int/GCM et le GCM.')).toEqual([
      'Voir ',
      'https://www.iom.int/GCM[contact]',
      ' et le ',
      'GCM[glossary-term]',
      '.',
    ]);
  });

  it('keeps a footnote marker with no footnote as plain text', () => {
    expect(segments('Le GCM* et l’OIM**', { footnoteHrefs: undefined })).toEqual([
      'Le ',
      'GCM[glossary-term]',
      '* et l’',
      'OIM[glossary-term]',
      '**',
    ]);
  });

  it('draws decorations across the atomic ranges they cross', () => {
    expect(
      segments('Le GCM et l’OIM', { decorations: [{ layer: 'highlight', start: 4, end: 12, data: null }] }),
    ).toEqual(['Le ', 'G[glossary-term]', 'CM[glossary-term](highlight)', ' et l’(highlight)', 'OIM[glossary-term]']);
  });

  it('gives no segment for an empty passage', () => {
    expect(segments('')).toEqual([]);
  });
});
