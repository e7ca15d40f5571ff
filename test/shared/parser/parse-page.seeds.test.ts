import { describe, expect, it } from 'vitest';
import { passagesOf } from '@shared/document/passages';
import type { Block, BlockOf } from '@shared/document/schema';
import { parseSeed, SEED_FILES } from '../../seeds';

const kinds = (blocks: readonly Block[]): Record<string, number> =>
  blocks.reduce<Record<string, number>>(
    (counts, block) => ({ ...counts, [block.kind]: (counts[block.kind] ?? 0) + 1 }),
    {},
  );
const ofKind = <K extends Block['kind']>(blocks: readonly Block[], kind: K): Array<BlockOf<K>> =>
  blocks.filter((block): block is BlockOf<K> => block.kind === kind);
const allText = (blocks: readonly Block[]): string =>
  passagesOf({ blocks }, 'fr')
    .map((passage) => passage.text)
    .join('\n');

const NAVIGATION_WORDS = [
  'Qui sommes nous',
  'Structure organisationnelle',
  'Travailler avec nous',
  'Engagez-vous',
  '2030 AGENDA',
  'Où travaillons-nous',
];

describe('parsePage on the five seed pages', () => {
  it.each(Object.values(SEED_FILES))('removes the navigation boilerplate from %s', (file) => {
    const { page } = parseSeed(file);
    const text = allText(page.blocks);
    for (const word of NAVIGATION_WORDS) expect(text).not.toContain(word);
    expect(page.language).toBe('fr');
  });

  it.each(Object.values(SEED_FILES))('keeps the About IOM content of %s: blurb, structure list, our work', (file) => {
    const { about } = parseSeed(file);
    expect(about.map((section) => section.label)).toEqual(['Qui sommes nous', 'Structure', 'Notre travail']);
    expect(about[0]?.text).toMatch(/^L'Organisation internationale pour les migrations \(OIM\) fait partie/u);
    expect(about[1]?.items).toHaveLength(7);
    expect(about[1]?.items[0]).toBe('Structure organisationnelle');
    expect(about[2]?.text).toMatch(/^En tant que principale organisation/u);
  });

  it('gives each page the kind its shape says, and no date where the dateline names no year', () => {
    const hints = Object.values(SEED_FILES).map((file) => parseSeed(file).hints);
    expect(hints.map((hint) => hint.kind)).toEqual(['news', 'news', null, 'statement', 'news']);
    expect(hints.every((hint) => hint.category === null && hint.date === null)).toBe(true);
  });

  describe('000 — Africa–Americas dialogue on the GCM (news)', () => {
    const parse = () => parseSeed(SEED_FILES.gcmDialogue);

    it('takes the title from its first line', () => {
      const { page } = parse();
      expect(page.title).toEqual({
        text: 'Dialogue Afrique-Amérique sur le Pacte mondial pour des migrations sûres, ordonnées et régulières',
        source: 'page',
      });
    });

    it('splits the dateline glued to the first sentence', () => {
      const { page } = parse();
      expect(page.dateline).toEqual({ place: 'Banjul', dateText: '25 juillet', raw: 'Banjul, 25 juillet' });
      expect(page.blocks[0]).toMatchObject({
        kind: 'paragraph',
        text: expect.stringMatching(/^Le Réseau des Nations Unies sur les migrations/u),
      });
    });

    it('makes 9 paragraphs, 3 quotations, a footnote, a separator and 2 contacts', () => {
      const { page } = parse();
      expect(kinds(page.blocks)).toEqual({ paragraph: 9, quote: 3, footnote: 1, separator: 1, contact: 2 });
    });

    it('names the speaker of each quotation', () => {
      const { page } = parse();
      expect(ofKind(page.blocks, 'quote').map((quote) => quote.speaker)).toEqual([
        { name: 'Karl Frédérick Paul', role: 'coordonnateur résident des Nations unies en Gambie' },
        {
          name: 'Kristina Mejo',
          role: "Chargée de liaison et de politique régionale principale de l'OIM pour l'Afrique de l'Ouest et l'Afrique centrale",
        },
        { name: 'Tshenolo Florence Omphitlhetse', role: 'représentant le Forum panafricain sur les migrations' },
      ]);
    });

    it('links the footnote to the paragraph that carries its marker', () => {
      const { page } = parse();
      const [footnote] = ofKind(page.blocks, 'footnote');
      const citing = ofKind(page.blocks, 'paragraph').find((paragraph) => paragraph.footnoteMarkers.includes('*'));
      expect(footnote).toMatchObject({ marker: '*', text: expect.stringMatching(/^Les participants comprenaient/u) });
      expect(citing?.text).toContain('Les participants* ont constaté');
      expect(footnote?.referencedFrom).toBe(citing?.id);
    });

    it('recognises the e-mail addresses of the contacts', () => {
      const { page } = parse();
      expect(ofKind(page.blocks, 'contact').map((contact) => contact.contacts)).toEqual([
        [{ type: 'email', value: 'jfurrer@iom.int' }],
        [{ type: 'email', value: 'fkim@iom.int' }],
      ]);
    });

    it('is complete and gives no warning', () => {
      const { page, warnings } = parse();
      expect(page.truncation).toBeNull();
      expect(warnings).toEqual([]);
    });
  });

  describe('001 — CEB publication before the High-level Dialogue (press release)', () => {
    const parse = () => parseSeed(SEED_FILES.cebRelease);

    it('takes the title and the dash dateline', () => {
      const { page } = parse();
      expect(page.title.text).toBe(
        'L’OIM, le FNUAP et les partenaires des Nations Unies lancent une publication à la veille du 2ème Dialogue de haut niveau sur la migration',
      );
      expect(page.dateline).toEqual({ place: "États-Unis d'Amérique", dateText: null, raw: "États-Unis d'Amérique -" });
      expect(page.blocks[0]).toMatchObject({
        text: expect.stringMatching(/^L’OIM, le FNUAP et leurs partenaires lancent/u),
      });
    });

    it('makes the list of five recommendations, introduced by its lead-in paragraph', () => {
      const { page } = parse();
      const [list] = ofKind(page.blocks, 'list');
      expect(list?.items.map((item) => item.text.split(' ').slice(0, 2).join(' '))).toEqual([
        'Faire progresser',
        'Générer des',
        'Intégrer la',
        'Améliorer la',
        'Surveiller les',
      ]);
      const introducer = page.blocks.find((block) => block.id === list?.introducedBy);
      expect(introducer).toMatchObject({
        kind: 'paragraph',
        text: 'Le groupe établit des recommandations dans cinq domaines clés :',
      });
      expect(list?.items.every((item) => item.duplicateOf === null)).toBe(true);
    });

    it('names both speakers, the second with his title', () => {
      const { page } = parse();
      expect(ofKind(page.blocks, 'quote').map((quote) => quote.speaker?.name)).toEqual([
        'William Lacy Swing',
        'Dr. Babatunde Osotimehin',
      ]);
      expect(ofKind(page.blocks, 'quote')[1]?.speaker?.role).toBe('Directeur exécutif du FNUAP');
    });

    it('recognises the e-mail, the phone number with its extension and the two web addresses', () => {
      const { page } = parse();
      expect(ofKind(page.blocks, 'contact').flatMap((contact) => contact.contacts)).toEqual([
        { type: 'email', value: 'rsvpnewyork@iom.int' },
        { type: 'phone', value: '+ 1 212-681-7000 ext. 221' },
        { type: 'url', value: 'http://publications.iom.int/bookstore/' },
        { type: 'url', value: 'http://www.globalmigrationgroup.org/' },
      ]);
    });

    it('counts its blocks', () => {
      const { page, warnings } = parse();
      expect(kinds(page.blocks)).toEqual({ paragraph: 9, list: 1, quote: 2, contact: 2 });
      expect(warnings).toEqual([]);
    });
  });

  describe('002 — Regional consultative processes (reference, no title, truncated)', () => {
    const parse = () =>
      parseSeed(SEED_FILES.rcpReference, { metadataTitle: 'Processus consultatifs régionaux sur la migration' });
    const headingsOf = (page: { blocks: readonly Block[] }) => ofKind(page.blocks, 'heading');

    it('takes its title from the curated metadata and says so', () => {
      const { page, warnings } = parse();
      expect(page.title).toEqual({ text: 'Processus consultatifs régionaux sur la migration', source: 'metadata' });
      expect(warnings.map((warning) => warning.code)).toContain('title-from-metadata');
      expect(page.blocks[0]).toMatchObject({
        kind: 'paragraph',
        text: expect.stringMatching(/^Les processus consultatifs régionaux sur la migration \(PCR\) sont/u),
      });
    });

    it('falls back to the file name when there is no curated title either', () => {
      const { page: untitled, warnings: fallbackWarnings } = parseSeed(SEED_FILES.rcpReference);
      expect(untitled.title).toEqual({ text: '002 b8e1d6274cf10261', source: 'file-name' });
      expect(fallbackWarnings.map((warning) => warning.code)).toContain('title-from-file-name');
    });

    it('has no dateline', () => {
      const { page } = parse();
      expect(page.dateline).toBeNull();
    });

    it('finds the three sections and their sub-headings, regions grouped under RCP status', () => {
      const headings = headingsOf(parse().page);
      expect(headings.map((heading) => `${heading.level} ${heading.text}`)).toEqual([
        '2 Les principales réalisations des PCR sont les suivantes :',
        '3 Renforcement de la confiance',
        '3 Développement de réseaux',
        '3 Impact sur les politiques',
        "2 Rôle de l'OIM dans les PCR",
        '2 PCR par région',
        '3 Afrique',
        '3 Amériques',
        '3 Asie et Pacifique',
        '3 Europe (Eurasie)',
        '3 Moyen-Orient',
        '3 PCR émergents',
        '4 Afrique',
        '3 PCR inactifs',
        '4 Afrique',
        '4 Amériques',
        '4 Asie et Pacifique',
        '4 Europe',
      ]);
    });

    it('nests each list under the heading that introduces it, the glued "Afrique- Forum…" split', () => {
      const { page, warnings } = parse();
      const lists = ofKind(page.blocks, 'list');
      const introducers = lists.map((list) => page.blocks.find((block) => block.id === list.introducedBy));
      expect(lists.map((list) => list.items.length)).toEqual([1, 5, 4, 2, 2, 4, 2]);
      expect(introducers.map((block) => (block?.kind === 'heading' ? block.text : null))).toEqual(
        [
          'Impact sur les politiques',
          'Afrique',
          'Amériques',
          'Europe (Eurasie)',
          'Afrique',
          'Asie et Pacifique',
          'Europe',
        ].map((text, index) => (index === 0 ? null : text)),
      );
      expect(lists[4]?.items[0]?.text).toBe(
        'Forum ministériel régional sur les migrations pour l’est et la corne de l’Afrique (RMFM)',
      );
      expect(warnings.filter((warning) => warning.code === 'glued-heading-split')).toHaveLength(1);
    });

    it('keeps the repeated "Renforcement de la confiance" and flags it as a repeat', () => {
      const { page, warnings } = parse();
      const headings = headingsOf(page);
      const repeated = ofKind(page.blocks, 'list')[0]?.items[0];
      const original = headings.find((heading) => heading.text === 'Renforcement de la confiance');
      expect(repeated).toMatchObject({ text: 'Renforcement de la confiance', duplicateOf: original?.id });
      expect(warnings.find((warning) => warning.code === 'duplicate-item')?.line).toBe(45);
    });

    it('flags the ending cut off mid-word, on the last list item', () => {
      const { page, warnings } = parse();
      const lastList = ofKind(page.blocks, 'list').at(-1);
      const lastItem = lastList?.items.at(-1);
      expect(lastItem?.text).toMatch(/\(CEI$/u);
      expect(page.truncation).toEqual({ blockId: lastList?.id, itemId: lastItem?.id });
      expect(warnings.map((warning) => warning.code)).toContain('truncated-ending');
    });

    it('keeps the source\'s "2015" for the New York Declaration as written', () => {
      const { page } = parse();
      expect(allText(page.blocks)).toContain('Déclaration de New York pour les réfugiés et les migrants de 2015');
    });
  });

  describe('003 — statement on the Los Angeles Declaration', () => {
    const parse = () => parseSeed(SEED_FILES.losAngeles);

    it('takes the title and the en-dash dateline', () => {
      const { page } = parse();
      expect(page.title.text).toBe(
        "Communiqué de l'OIM à propos de la Déclaration de Los Angeles sur la migration et la protection",
      );
      expect(page.dateline).toEqual({ place: 'Los Angeles', dateText: null, raw: 'Los Angeles –' });
      expect(page.blocks[0]).toMatchObject({
        text: expect.stringMatching(/^L'Organisation internationale pour les migrations \(OIM\) se félicite/u),
      });
    });

    it('is seven paragraphs, complete', () => {
      const { page, warnings } = parse();
      expect(kinds(page.blocks)).toEqual({ paragraph: 7 });
      expect(page.truncation).toBeNull();
      expect(warnings).toEqual([]);
    });
  });

  describe('004 — Director General at BAPA+40 (news)', () => {
    const parse = () => parseSeed(SEED_FILES.bapa40);

    it('takes the title and the hyphen dateline', () => {
      const { page } = parse();
      expect(page.title.text).toBe(
        'Le Directeur général participe à une conférence de haut niveau sur la coopération Sud-Sud',
      );
      expect(page.dateline).toEqual({ place: 'Buenos Aires', dateText: null, raw: 'Buenos Aires -' });
    });

    it('keeps paragraphs with inline quotations as paragraphs', () => {
      const { page } = parse();
      expect(kinds(page.blocks)).toEqual({ paragraph: 13, contact: 3 });
      expect(
        ofKind(page.blocks, 'paragraph').some((paragraph) => paragraph.text.includes('« la migration internationale')),
      ).toBe(true);
    });

    it('recognises the web address, e-mail addresses and international phone numbers', () => {
      const { page, warnings } = parse();
      expect(ofKind(page.blocks, 'contact').flatMap((contact) => contact.contacts)).toEqual([
        { type: 'url', value: 'https://www.unsouthsouth.org/bapa40' },
        { type: 'email', value: 'cceli@iom.int' },
        { type: 'phone', value: '+54 11 15 3232 1384' },
        { type: 'email', value: 'dtaicz@iom.int' },
        { type: 'phone', value: '+ 54 11 4815 1035' },
      ]);
      expect(warnings).toEqual([]);
    });
  });
});
