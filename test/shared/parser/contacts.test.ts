import { describe, expect, it } from 'vitest';
import { findContacts } from '@shared/parser/contacts';

const values = (text: string) => findContacts(text).map(({ type, value }) => ({ type, value }));

describe('contact points', () => {
  it('finds e-mail addresses', () => {
    expect(values("L'OIM en Afrique de l'Ouest et du Centre: Joëlle Furrer, jfurrer@iom.int")).toEqual([
      { type: 'email', value: 'jfurrer@iom.int' },
    ]);
  });

  it('finds web addresses without the sentence punctuation after them', () => {
    expect(
      values(
        'Voir https://www.unsouthsouth.org/bapa40. Et http://publications.iom.int/bookstore/ et www.iom.int, merci',
      ),
    ).toEqual([
      { type: 'url', value: 'https://www.unsouthsouth.org/bapa40' },
      { type: 'url', value: 'http://publications.iom.int/bookstore/' },
      { type: 'url', value: 'www.iom.int' },
    ]);
  });

  it('finds labelled and international phone numbers, exactly as written', () => {
    expect(values('rsvpnewyork@iom.int - Tel: + 1 212-681-7000 ext. 221')).toEqual([
      { type: 'email', value: 'rsvpnewyork@iom.int' },
      { type: 'phone', value: '+ 1 212-681-7000 ext. 221' },
    ]);
    expect(values('Tél. : 022 717 91 11')).toEqual([{ type: 'phone', value: '022 717 91 11' }]);
  });

  it('does not take dates, counts or paragraph numbers for phone numbers', () => {
    expect(values('La conférence (20-22/03) a réuni 1 500 participants et 193 États (paragraphes 54 et 55).')).toEqual(
      [],
    );
  });

  it('gives each contact point with its offsets in the text, in reading order', () => {
    const text = 'Écrire à cceli@iom.int ou voir https://www.iom.int.';
    const found = findContacts(text);
    expect(found.map(({ type, start, end }) => ({ type, start, end }))).toEqual([
      { type: 'email', start: 9, end: 22 },
      { type: 'url', start: 31, end: 50 },
    ]);
    expect(found.map(({ start, end, value }) => text.slice(start, end) === value)).toEqual([true, true]);
  });
});
