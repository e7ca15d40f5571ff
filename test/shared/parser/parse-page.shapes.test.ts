import { describe, expect, it } from 'vitest';
import { passagesOf } from '@shared/document/passages';
import { BlockSchema, type Block, type BlockOf } from '@shared/document/schema';
import { parseText } from '../../seeds';

/**
 * Page shapes the bundled seeds do not have, written here in both languages: country-office
 * menus, category lines, repeated headlines, profile pages with labelled fields, layout rows,
 * hard-wrapped text and pages cut short.
 */

const GLOBAL_MENU_FR = ['-', 'Qui sommes nous', 'Qui sommes nous', 'Agir', 'Agir', '- 2030 AGENDA'];
const page = (...lines: string[]): string => [...GLOBAL_MENU_FR, ...lines].join('\n');
const codes = (warnings: ReadonlyArray<{ code: string }>): string[] => warnings.map((warning) => warning.code);
const ofKind = <K extends Block['kind']>(blocks: readonly Block[], kind: K): Array<BlockOf<K>> =>
  blocks.filter((block): block is BlockOf<K> => block.kind === kind);

describe('a country-office news page', () => {
  it('in French: drops the menu and the category line, keeps the category as a hint, dates it from its first sentence', () => {
    const parsed = parseText(
      [
        'Qui sommes-nous',
        "Qui sommes-nousL'OIM est présente au Sénégal depuis 2004.",
        'Ce que nous faisons',
        'Ce que nous faisons',
        '- Santé des migrants',
        'Actualités',
        'Le Sénégal adopte sa politique nationale de migration',
        'Dakar – Le 18 janvier 2024, le gouvernement du Sénégal a adopté sa politique.',
        'Le texte a été préparé avec les partenaires.',
      ].join('\n'),
    );
    expect(parsed.page.language).toBe('fr');
    expect(parsed.page.title).toEqual({
      text: 'Le Sénégal adopte sa politique nationale de migration',
      source: 'page',
    });
    expect(parsed.page.dateline).toEqual({ place: 'Dakar', dateText: null, raw: 'Dakar –' });
    expect(parsed.page.blocks[0]).toMatchObject({
      text: 'Le 18 janvier 2024, le gouvernement du Sénégal a adopté sa politique.',
    });
    expect(parsed.hints).toEqual({
      category: 'Actualités',
      kind: 'news',
      date: { iso: '2024-01-18', precision: 'day' },
    });
    expect(codes(parsed.warnings)).toEqual(['navigation-end-not-found', 'category-line-removed']);
    expect(parsed.warnings[1]).toMatchObject({ line: 6, message: expect.stringContaining('"Actualités"') });
  });

  it('in English: a press release with an em-dash dateline and a dated dateline year', () => {
    const parsed = parseText(
      [
        'Who We Are',
        'Who We AreIOM has had a presence in Kenya since 1983.',
        'What We Do',
        'What We Do',
        'Press Release',
        'Kenya Launches its National Migration Policy',
        'Nairobi, 3 May 2024 — The Government of Kenya today launched its national migration policy.',
      ].join('\n'),
    );
    expect(parsed.page.language).toBe('en');
    expect(parsed.page.dateline).toEqual({ place: 'Nairobi', dateText: '3 May 2024', raw: 'Nairobi, 3 May 2024 —' });
    expect(parsed.hints).toEqual({
      category: 'Press Release',
      kind: 'press-release',
      date: { iso: '2024-05-03', precision: 'day' },
    });
  });

  it('keeps a region category without a kind, and takes the kind from the dateline', () => {
    const parsed = parseText(page('Global', 'Un titre de page', 'Genève, Bangkok - Le rapport est publié.'));
    expect(parsed.hints).toEqual({ category: 'Global', kind: 'news', date: null });
    expect(parsed.page.dateline?.place).toBe('Genève, Bangkok');
  });

  it('says nothing of a year-less dateline date it cannot place in time', () => {
    expect(
      parseText(page('Un titre de page', 'Banjul, 25 juillet Le Réseau a accueilli un dialogue.')).hints.date,
    ).toBeNull();
  });

  it('reads the date of a first sentence in English when the dateline has none', () => {
    const parsed = parseText(
      'Who We Are\nWho We Are\nOur Work\nOur Work\n- 2030 Agenda\nA title for the page\nGeneva – On May 3, 2024, the Council met.',
    );
    expect(parsed.hints.date).toEqual({ iso: '2024-05-03', precision: 'day' });
  });

  it('takes a statement for one from its title, and a page without a dateline for no kind', () => {
    expect(parseText(page("Communiqué de l'OIM sur la Déclaration", 'Le texte.')).hints.kind).toBe('statement');
    expect(parseText(page('IOM Statement on the Declaration', 'The text.')).hints.kind).toBe('statement');
    expect(parseText(page('Un titre de page', 'Le texte.')).hints.kind).toBeNull();
  });

  it('does not take a category word for a category line when nothing follows it', () => {
    const parsed = parseText(page('Actualités'));
    expect(parsed.hints.category).toBeNull();
    expect(parsed.page.blocks.map((block) => block.kind)).toEqual(['paragraph']);
  });
});

describe('a headline repeated at the start', () => {
  it('keeps one, and says so', () => {
    const parsed = parseText(page('Un titre répété', '', 'Un titre répété', 'Le premier paragraphe.'));
    expect(parsed.page.title.text).toBe('Un titre répété');
    expect(parsed.page.blocks).toHaveLength(1);
    expect(parsed.warnings).toEqual([
      { code: 'repeated-title-removed', message: expect.stringMatching(/twice/u), line: 9 },
    ]);
  });

  it('in English, after a category line, whatever the case of the repeat', () => {
    const parsed = parseText(
      ['News', 'A Repeated Headline', 'A REPEATED HEADLINE', 'The first paragraph of the page.'].join('\n'),
    );
    expect(parsed.page.title.text).toBe('A Repeated Headline');
    expect(parsed.page.blocks.map((block) => block.kind)).toEqual(['paragraph']);
    expect(parsed.hints.category).toBe('News');
    expect(parsed.page.language).toBe('en');
  });

  it('keeps a second line that only resembles the title', () => {
    const parsed = parseText(page('Un titre de page', 'Un titre de page, suite.'));
    expect(parsed.page.blocks).toHaveLength(1);
    expect(codes(parsed.warnings)).toEqual([]);
  });
});

const RABAT_PROFILE_FR = [
  'Le Processus de Rabat (Dialogue euro-africain sur la migration et le développement) est un dialogue régional.',
  'Type : Processus consultatif régional',
  'Créé en : 2006',
  'Membres : 57 pays européens et africains',
  'Observateurs : OIM, HCR',
  'Le Processus est appuyé par un secrétariat.',
];

const BALI_PROFILE_EN = [
  'Type: Regional consultative process',
  'Established: 2002',
  'Formal association with a regional economic community: None',
  'The Bali Process on People Smuggling (Bali Process) is a forum for policy dialogue.',
  'It is co-chaired by Australia and Indonesia.',
];

describe('a profile page with labelled fields', () => {
  it('in French: makes a field list and takes the process named by the first sentence for the title', () => {
    const parsed = parseText(page(...RABAT_PROFILE_FR));
    expect(parsed.page.title).toEqual({
      text: 'Processus de Rabat (Dialogue euro-africain sur la migration et le développement)',
      source: 'page',
    });
    expect(parsed.page.blocks.map((block) => block.kind)).toEqual(['paragraph', 'fields', 'paragraph']);
    const [fields] = ofKind(parsed.page.blocks, 'fields');
    expect(fields?.items.map(({ label, value }) => [label, value])).toEqual([
      ['Type', 'Processus consultatif régional'],
      ['Créé en', '2006'],
      ['Membres', '57 pays européens et africains'],
      ['Observateurs', 'OIM, HCR'],
    ]);
    expect(parsed.hints).toEqual({ category: null, kind: 'reference', date: null });
    expect(codes(parsed.warnings)).toEqual([]);
  });

  it('in English: fields before the first sentence, a long known label', () => {
    const parsed = parseText(BALI_PROFILE_EN.join('\n'));
    expect(parsed.page.title).toEqual({ text: 'Bali Process on People Smuggling (Bali Process)', source: 'page' });
    expect(parsed.page.language).toBe('en');
    expect(ofKind(parsed.page.blocks, 'fields')[0]?.items.map((item) => item.label)).toEqual([
      'Type',
      'Established',
      'Formal association with a regional economic community',
    ]);
  });

  it('gives each field an id of its own, and a passage with its label and value', () => {
    const parsed = parseText(page(...RABAT_PROFILE_FR));
    const [fields] = ofKind(parsed.page.blocks, 'fields');
    expect(fields?.id).toMatch(/^d-[0-9a-f]{8}$/u);
    expect(fields?.items.every((item) => /^t-[0-9a-f]{8}$/u.test(item.id))).toBe(true);
    expect(new Set(fields?.items.map((item) => item.id)).size).toBe(4);
    const passages = passagesOf(parsed.page, 'fr').filter((passage) => passage.blockId === fields?.id);
    expect(passages.map((passage) => [passage.id, passage.kind, passage.text])).toEqual(
      fields?.items.map((item) => [item.id, 'item', `${item.label}: ${item.value}`]),
    );
    for (const block of parsed.page.blocks) expect(BlockSchema.safeParse(block).success).toBe(true);
  });

  it('never takes a field line for the title, and falls back when the first sentence names nothing', () => {
    const parsed = parseText(
      ['Type : Processus consultatif régional', 'Créé en : 2006', 'Un dialogue régional.'].join('\n'),
      {
        fileName: 'profil-rabat.txt',
      },
    );
    expect(parsed.page.title).toEqual({ text: 'profil rabat', source: 'file-name' });
    expect(codes(parsed.warnings)).toContain('title-from-file-name');
    expect(parsed.hints.kind).toBe('reference');
  });

  it('keeps a title line when the profile page has one', () => {
    const parsed = parseText(page('Processus de Rabat', ...RABAT_PROFILE_FR.slice(1)));
    expect(parsed.page.title).toEqual({ text: 'Processus de Rabat', source: 'page' });
    expect(ofKind(parsed.page.blocks, 'fields')[0]?.items).toHaveLength(4);
  });

  it('separates two runs of fields by the prose between them', () => {
    const parsed = parseText(
      page('Un titre de page', 'Type : PCR', 'Créé en : 2006', 'Un paragraphe.', 'Membres : 12', 'Observateurs : 3'),
    );
    expect(ofKind(parsed.page.blocks, 'fields').map((block) => block.items.length)).toEqual([2, 2]);
  });
});

describe('site residue', () => {
  it('drops layout rows with a warning naming each line', () => {
    const parsed = parseText(
      page('Un titre de page', 'Related Links | |', 'Le premier paragraphe.', '| Liens connexes | |'),
    );
    expect(parsed.page.blocks.map((block) => block.kind)).toEqual(['paragraph']);
    expect(parsed.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['site-residue-removed', 8],
      ['site-residue-removed', 10],
    ]);
    expect(parsed.warnings[0]?.message).toContain('"Related Links | |"');
  });
});

describe('hard-wrapped and line-broken pages', () => {
  it('re-flows an English page wrapped mid-sentence, and keeps paragraphs broken by lines apart', () => {
    const parsed = parseText(
      [
        'IOM Releases its World Migration Report',
        'Geneva – The International Organization for Migration (IOM)',
        'today released its World Migration Report, which examines recent',
        'trends and the challenges that governments of every region face.',
        'The report also presents new data on remittances and on displacement.',
        'It makes recommendations for public policy.',
      ].join('\n'),
    );
    expect(parsed.page.blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.kind))).toEqual([
      'The International Organization for Migration (IOM) today released its World Migration Report, which examines recent trends and the challenges that governments of every region face.',
      'The report also presents new data on remittances and on displacement.',
      'It makes recommendations for public policy.',
    ]);
    expect(parsed.warnings.find((warning) => warning.code === 'lines-reflowed')?.message).toBe(
      '2 hard-wrapped line(s) joined to the line before',
    );
  });
});

describe('a page cut short', () => {
  it.each([
    ['a paragraph', 'Le gouvernement a annoncé que les', 'paragraph'],
    ['a quotation', '« Nous devons agir ensemble pour', 'quote'],
    ['a footnote', '*Les participants comprenaient des représentants de', 'footnote'],
  ])('flags %s that stops mid-sentence, and quotes its end', (_what, last, kind) => {
    const parsed = parseText(page('Un titre de page', 'Le premier paragraphe.', last));
    const block = parsed.page.blocks.at(-1);
    expect(block?.kind).toBe(kind);
    expect(parsed.page.truncation).toEqual({ blockId: block?.id, itemId: null });
    expect(parsed.warnings.find((warning) => warning.code === 'truncated-ending')).toEqual({
      code: 'truncated-ending',
      message: `the page ends mid-sentence: "…${last.replace(/^\*/u, '').slice(-40)}"`,
      line: 9,
    });
  });

  it('flags a list item cut inside its brackets', () => {
    const parsed = parseText(
      page('Un titre de page', 'Les processus :', '- Processus de Prague', '- Conférence régionale (CEI'),
    );
    const [list] = ofKind(parsed.page.blocks, 'list');
    expect(parsed.page.truncation).toEqual({ blockId: list?.id, itemId: list?.items[1]?.id });
  });

  it('does not flag a complete page', () => {
    const parsed = parseText(page('Un titre de page', 'Le premier paragraphe.', '« Une citation. »'));
    expect(parsed.page.truncation).toBeNull();
    expect(codes(parsed.warnings)).toEqual([]);
  });
});

describe('warnings and odd line endings', () => {
  it('explains each warning in words', () => {
    const parsed = parseText(['Afrique- Forum ministériel', '- Dialogue'].join('\n'), { fileName: 'page.txt' });
    expect(parsed.warnings).toEqual([
      {
        code: 'navigation-not-found',
        message: 'no site navigation found at the top of the page; the whole text is taken as the page',
        line: null,
      },
      { code: 'glued-heading-split', message: 'a heading glued to the list item after it was split from it', line: 1 },
      expect.objectContaining({ code: 'title-from-file-name' }),
    ]);
    expect(parseText(page()).warnings).toEqual([
      { code: 'title-from-file-name', message: expect.any(String), line: null },
      { code: 'no-content', message: 'the page has no content after its navigation and title', line: null },
    ]);
  });

  it('reads old Mac line endings (a carriage return alone) as line breaks', () => {
    const parsed = parseText('Un titre de page\rLe premier paragraphe.\rLe second.');
    expect(parsed.page.title.text).toBe('Un titre de page');
    expect(parsed.page.blocks).toHaveLength(2);
  });

  it('takes a title line followed only by fields for the title', () => {
    const parsed = parseText('Processus de Rabat\nType : PCR\nCréé en : 2006');
    expect(parsed.page.title).toEqual({ text: 'Processus de Rabat', source: 'page' });
  });

  it('does not read the kind off a title that does not come from the page', () => {
    const parsed = parseText('Une phrase sans titre.', { fileName: "Communiqué de l'OIM.txt" });
    expect(parsed.page.title.source).toBe('file-name');
    expect(parsed.hints.kind).toBeNull();
  });

  it('reads no opening date from a first block that is not a paragraph', () => {
    expect(parseText(page('Un titre de page', '« Le 18 janvier 2024, nous avons agi. »')).hints.date).toBeNull();
  });
});
