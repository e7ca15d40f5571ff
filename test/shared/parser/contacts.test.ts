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

  it.each([
    ['Tel: +41 22 717 91 11', '+41 22 717 91 11'],
    ['Tél : 022 717 91 11', '022 717 91 11'],
    ['Téléphone : 022 717 91 11', '022 717 91 11'],
    ['Telephone 022 717 91 11', '022 717 91 11'],
    ['Phone: (022) 717-9111', '(022) 717-9111'],
    ['Fax. 022 798 61 50', '022 798 61 50'],
    ['Mobile : 079 123 45 67', '079 123 45 67'],
    ['Portable : 06 12 34 56 78', '06 12 34 56 78'],
    ['tel: 022.717.91.11 ext 12', '022.717.91.11 ext 12'],
  ])('finds the labelled phone number in "%s"', (text, number) => {
    expect(values(text)).toEqual([{ type: 'phone', value: number }]);
  });

  it('does not take a labelled number too short to be a phone number', () => {
    expect(values('Tel: 12 34')).toEqual([]);
  });

  it.each([
    ['+41 22 717 91 11', '+41 22 717 91 11'],
    ['+1-212-681-7000', '+1-212-681-7000'],
    ['+221 (33) 869 62 00 ext. 4', '+221 (33) 869 62 00 ext. 4'],
  ])('finds the international number in "Appeler le %s."', (number, value) => {
    expect(values(`Appeler le ${number}.`)).toEqual([{ type: 'phone', value }]);
  });

  it('lists contact points in the order the text gives them, whatever their type', () => {
    expect(values('Tel : +41 22 717 91 11, www.iom.int, media@iom.int').map(({ type }) => type)).toEqual([
      'phone',
      'url',
      'email',
    ]);
  });

  it('keeps an address inside another found first only once', () => {
    expect(values('Écrire à contact@www.iom.int')).toEqual([{ type: 'email', value: 'contact@www.iom.int' }]);
  });

  it('ends a web address before closing brackets, quotation marks and sentence punctuation', () => {
    expect(values('(voir www.iom.int/fr) et « https://iom.int/news » ou "http://a.org/b"; fin')).toEqual([
      { type: 'url', value: 'www.iom.int/fr' },
      { type: 'url', value: 'https://iom.int/news' },
      { type: 'url', value: 'http://a.org/b' },
    ]);
  });

  it('finds e-mail addresses with dots, pluses and accented letters', () => {
    expect(values('jean.dupont+presse@oim.int, élodie@bureau-régional.iom.int')).toEqual([
      { type: 'email', value: 'jean.dupont+presse@oim.int' },
      { type: 'email', value: 'élodie@bureau-régional.iom.int' },
    ]);
  });

  it('does not take a word with an at sign but no domain for an e-mail address', () => {
    expect(values('rendez-vous @ Genève ou nom@domaine')).toEqual([]);
  });
});
