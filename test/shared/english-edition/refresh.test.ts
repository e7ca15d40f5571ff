import { describe, expect, it } from 'vitest';
import type { Block } from '@shared/document/schema';
import { refreshTranslationFile } from '@shared/english-edition/refresh';
import { fingerprint, translationSkeleton, type TranslationFile } from '@shared/english-edition/source-file';

const paragraph = (id: string, text: string): Block => ({ kind: 'paragraph', id, text, footnoteMarkers: [] });
const french = (texts: readonly string[]) => ({
  title: 'Titre',
  dateline: null,
  blocks: texts.map((text, index) => paragraph(`p-0000000${index}`, text)),
});

/** An English file for three French paragraphs, each translated. */
function translatedFile(): TranslationFile {
  const file = translationSkeleton('doc', french(['Un.', 'Deux.', 'Trois.']));
  if (file.title) file.title.en = 'Title';
  ['One.', 'Two.', 'Three.'].forEach((en, index) => {
    const entry = file.blocks[index];
    if (entry && !('items' in entry)) entry.en = en;
  });
  return file;
}

describe('refreshTranslationFile', () => {
  it('changes nothing when the French has not changed', () => {
    const file = translatedFile();
    const result = refreshTranslationFile(french(['Un.', 'Deux.', 'Trois.']), file);
    expect(result.file).toEqual(file);
    expect(result).toMatchObject({ unchanged: 3, refingerprinted: [], stale: [], added: [], removed: [] });
  });

  it('moves the English of an edited passage to its new id, still fingerprinted for the old French', () => {
    const edited = french(['Un.', 'Deux, modifié.', 'Trois.']);
    const { file, stale } = refreshTranslationFile(edited, translatedFile());
    expect(stale).toEqual([
      { id: 'p-00000001', previousId: 'p-00000001', before: 'Deux.', after: 'Deux, modifié.', en: 'Two.' },
    ]);
    expect(file.blocks[1]).toMatchObject({ en: 'Two.', fr: 'Deux.', source: fingerprint('Deux.') });
  });

  it('recognises an edited passage by its place when the edit changed its id', () => {
    const edited = { ...french(['Un.', 'Deux, modifié.', 'Trois.']) };
    edited.blocks = edited.blocks.map((block, index) =>
      index === 1 ? paragraph('p-0000000a', 'Deux, modifié.') : block,
    );
    const { file, stale, added, removed } = refreshTranslationFile(edited, translatedFile());
    expect(stale).toEqual([expect.objectContaining({ id: 'p-0000000a', previousId: 'p-00000001', en: 'Two.' })]);
    expect(added).toEqual([]);
    expect(removed).toEqual([]);
    expect(file.blocks.map((entry) => entry.id)).toEqual(['p-00000000', 'p-0000000a', 'p-00000002']);
  });

  it('rewrites the fingerprint of an entry whose recorded French is the French of now', () => {
    const file = translatedFile();
    const second = file.blocks[1];
    if (second && !('items' in second)) Object.assign(second, { fr: 'Deux, modifié.', en: 'Two, revised.' });
    const result = refreshTranslationFile(french(['Un.', 'Deux, modifié.', 'Trois.']), file);
    expect(result.refingerprinted).toEqual(['p-00000001']);
    expect(result.stale).toEqual([]);
    expect(result.file.blocks[1]).toMatchObject({ source: fingerprint('Deux, modifié.'), en: 'Two, revised.' });
  });

  it('adds a new French passage with empty English and drops English whose French is gone', () => {
    const added = refreshTranslationFile(french(['Un.', 'Deux.', 'Trois.', 'Quatre.']), translatedFile());
    expect(added.added).toEqual([{ id: 'p-00000003', fr: 'Quatre.' }]);
    expect(added.file.blocks[3]).toMatchObject({ en: '', fr: 'Quatre.' });
    const shorter = { ...french(['Un.', 'Deux.']) };
    const removed = refreshTranslationFile(shorter, translatedFile());
    expect(removed.removed).toEqual([{ id: 'p-00000002', fr: 'Trois.' }]);
    expect(removed.file.blocks).toHaveLength(2);
  });

  it("keeps a passage's provenance when it moves", () => {
    const file = translatedFile();
    const second = file.blocks[1];
    if (second && !('items' in second)) second.origin = 'published';
    const { file: refreshed } = refreshTranslationFile(french(['Un.', 'Deux, modifié.', 'Trois.']), file);
    expect(refreshed.blocks[1]).toMatchObject({ origin: 'published' });
  });

  it('lists a changed title as stale, keeping its English', () => {
    const { stale, file } = refreshTranslationFile(
      { ...french(['Un.', 'Deux.', 'Trois.']), title: 'Nouveau titre' },
      translatedFile(),
    );
    expect(stale).toEqual([{ id: 'title', previousId: 'title', before: 'Titre', after: 'Nouveau titre', en: 'Title' }]);
    expect(file.title).toMatchObject({ fr: 'Titre', en: 'Title' });
  });
});
