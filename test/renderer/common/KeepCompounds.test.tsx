import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KeepCompounds } from '../../../renderer/src/common/KeepCompounds';

const render = (text: string): string => renderToStaticMarkup(<KeepCompounds text={text} />);

describe('KeepCompounds', () => {
  it('keeps each hyphenated word on one line and the text as it was', () => {
    expect(render('La coopération Sud-Sud et Afrique-Amérique-Caraïbes')).toBe(
      'La coopération <span class="keep-together">Sud-Sud</span> et ' +
        '<span class="keep-together">Afrique-Amérique-Caraïbes</span>',
    );
  });

  it('leaves a title without compounds, or with a dash between words, untouched', () => {
    expect(render('Processus consultatifs – régionaux')).toBe('Processus consultatifs – régionaux');
  });
});
