import { describe, expect, it } from 'vitest';
import { contactRanges } from '../../../../renderer/src/reader/text-layers/contact-ranges';

describe('contactRanges', () => {
  it('gives each contact point of a text as a range over it, with its type and value', () => {
    const text = 'Écrire à cceli@iom.int ou voir https://www.iom.int.';
    const ranges = contactRanges(text);
    expect(ranges).toEqual([
      { layer: 'contact', start: 9, end: 22, data: { type: 'email', value: 'cceli@iom.int' } },
      { layer: 'contact', start: 31, end: 50, data: { type: 'url', value: 'https://www.iom.int' } },
    ]);
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(['cceli@iom.int', 'https://www.iom.int']);
  });

  it('gives a labelled phone number without its label', () => {
    const text = 'Tél. : 022 717 91 11';
    const [phone] = contactRanges(text);
    expect(phone?.data).toEqual({ type: 'phone', value: '022 717 91 11' });
    expect(text.slice(phone?.start, phone?.end)).toBe('022 717 91 11');
  });

  it('gives nothing for a text without contact points', () => {
    expect(contactRanges('Le Pacte mondial sur les migrations')).toEqual([]);
  });
});

describe('contact ranges, asked again', () => {
  it('gives the same ranges for the same text, in an array the caller may change', () => {
    const text = 'Écrire à info@iom.int ou appeler le +41 22 717 91 11.';
    const first = contactRanges(text);
    first.pop();
    expect(contactRanges(text)).toEqual(contactRanges(`${text}`));
    expect(contactRanges(text).length).toBe(first.length + 1);
  });
});
