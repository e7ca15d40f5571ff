import { describe, expect, it } from 'vitest';
import { buildDataset, type SourcePage } from '@shared/dataset/build';
import { DatasetSchema } from '@shared/dataset/schema';
import { aboutDocumentOf, bundledSources } from '../../dataset-fixture';
import { SEED_FILES } from '../../seeds';

const sources = bundledSources();
const { metadata, pages } = sources;

const build = (meta: unknown = metadata, pageSources: readonly SourcePage[] = pages) =>
  buildDataset({ ...sources, metadata: meta, pages: pageSources });

describe('buildDataset', () => {
  it('writes the same bytes from the same input', () => {
    const first = build();
    const second = build(metadata, [...pages].reverse());
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.value.json).toBe(first.value.json);
    expect(first.value.json).not.toMatch(/20\d\d-\d\d-\d\dT/u);
  });

  it('produces a dataset that matches its schema', () => {
    const result = build();
    expect(result.ok && DatasetSchema.safeParse(JSON.parse(result.value.json)).success).toBe(true);
  });

  it('versions the dataset by a hash of its content', () => {
    const original = build();
    const edited = build(
      metadata,
      pages.map((page) =>
        page.file === SEED_FILES.losAngeles
          ? { ...page, text: page.text.replace('Enfin,', 'Enfin et surtout,') }
          : page,
      ),
    );
    expect(original.ok && original.value.dataset.version).toMatch(/^[0-9a-f]{16}$/u);
    expect(original.ok && edited.ok && original.value.dataset.version !== edited.value.dataset.version).toBe(true);
  });

  it('joins the curated metadata: kind, date with its precision, place, topics', () => {
    const result = build();
    if (!result.ok) throw new Error(result.error.join('\n'));
    const byId = new Map(result.value.dataset.documents.map((document) => [document.id, document]));
    expect(byId.get('bapa40-south-south-cooperation')).toMatchObject({
      kind: 'news',
      date: { iso: '2019-03', precision: 'month' },
      place: { en: 'Buenos Aires, Argentina' },
    });
    expect(byId.get('regional-consultative-processes')).toMatchObject({
      kind: 'reference',
      date: null,
      title: { source: 'metadata' },
    });
  });

  it('orders documents by kind, then newest first', () => {
    const result = build();
    expect(result.ok && result.value.dataset.documents.map((document) => document.id)).toEqual([
      'gcm-africa-americas-dialogue',
      'bapa40-south-south-cooperation',
      'ceb-publication-high-level-dialogue',
      'los-angeles-declaration-statement',
      'regional-consultative-processes',
      'about-iom',
    ]);
  });

  it('keeps one About IOM document, with its role, from the navigation all pages share', () => {
    const result = build();
    const about = result.ok ? aboutDocumentOf(result.value.dataset) : null;
    expect(about).toMatchObject({ id: 'about-iom', role: 'about', title: { text: 'À propos de l’OIM' } });
    expect(about?.english?.title?.text).toBe('About IOM');
    expect(about?.blocks.map((block) => block.kind).join(' ')).toBe('heading paragraph heading list heading paragraph');
  });

  it('keeps the editorial notes and refuses one that points to a passage the page lacks', () => {
    const result = build();
    expect(
      result.ok &&
        result.value.dataset.documents.find((document) => document.id === 'regional-consultative-processes')
          ?.editorialNotes[0]?.text.en,
    ).toMatch(/19 September 2016/u);
    const meta = JSON.parse(JSON.stringify(metadata)) as { documents: Array<{ editorialNotes: unknown[] }> };
    meta.documents[0]?.editorialNotes.push({ blockId: 'p-00000000', text: { fr: 'Note.', en: 'Note.' } });
    const refused = build(meta);
    expect(refused.ok ? [] : refused.error).toEqual([
      `${SEED_FILES.gcmDialogue}: an editorial note points to p-00000000, which the page does not have`,
    ]);
  });

  it('refuses metadata of the wrong shape, saying where', () => {
    const result = build({ format: 1, documents: [{ file: 'fr/000.txt' }] });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error[0]).toMatch(/metadata\.json is invalid.*\n.*documents\[0\]/su);
  });

  it('refuses a page without metadata and metadata without a page', () => {
    const extra = build(metadata, [...pages, { file: 'fr/999_extra.txt', text: 'Titre\nTexte.' }]);
    expect(extra.ok ? [] : extra.error).toEqual([
      'fr/999_extra.txt: no entry in metadata.json (every bundled page needs its curated metadata)',
    ]);
    const missing = build(metadata, pages.slice(1));
    expect(missing.ok ? [] : missing.error).toEqual([
      `${SEED_FILES.gcmDialogue}: named in metadata.json but not found`,
    ]);
  });

  it('refuses an English edition file of the wrong shape, and a glossary of the wrong shape', () => {
    const badTranslation = buildDataset({
      ...sources,
      translations: [...sources.translations, { file: 'en/bad.json', content: { format: 2 } }],
    });
    expect(badTranslation.ok ? [] : badTranslation.error[0]).toMatch(/^en\/bad\.json is invalid/u);
    const badGlossary = buildDataset({ ...sources, glossary: { format: 1, entries: [{ id: 'x' }] } });
    expect(badGlossary.ok ? [] : badGlossary.error[0]).toMatch(/^glossary\.json is invalid/u);
  });

  it('notes an English file for a document the dataset does not have', () => {
    const result = buildDataset({
      ...sources,
      translations: [
        ...sources.translations,
        { file: 'en/gone.json', content: { format: 1, document: 'gone', title: null, dateline: null, blocks: [] } },
      ],
    });
    expect(result.ok && result.value.notes).toContain(
      'en/gone.json: English edition of a document the dataset does not have',
    );
  });

  it('refuses a page that is not text', () => {
    const result = build(
      metadata,
      pages.map((page) => (page.file === SEED_FILES.bapa40 ? { ...page, text: '' } : page)),
    );
    expect(result.ok ? [] : result.error).toEqual([
      `${SEED_FILES.bapa40}: the file is empty: there is no text to read`,
    ]);
  });
});
