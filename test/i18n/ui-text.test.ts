import { describe, expect, it } from 'vitest';
import { I18N_RESOURCES } from '@shared/i18n/resources';
import { createRendererI18n } from '../../renderer/src/i18n/setup';
import { literalUiText, readProjectFile, sourceFiles, translationKeysUsed } from './source-scan';

type Catalogue = { [key: string]: string | Catalogue };
const flatten = (catalogue: Catalogue, prefix = ''): string[] =>
  Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
const base = (key: string): string => key.replace(/_(zero|one|two|few|many|other)$/u, '');

const rendererFiles = sourceFiles('renderer/src', ['.tsx', '.ts']);
const mainFiles = sourceFiles('electron/main', ['.ts']);

describe('interface text', () => {
  it('is never written into a component: every word a person sees comes from the catalogues', () => {
    const literals = rendererFiles.filter((file) => file.endsWith('.tsx')).flatMap(literalUiText);
    expect(literals.map(({ file, line, text }) => `${file}:${line} "${text}"`)).toEqual([]);
  });

  it.each([
    ['renderer', rendererFiles, 'common'],
    ['main process', mainFiles, 'main'],
  ] as const)('uses only keys that exist in the %s catalogues, in both languages', (_name, files, namespace) => {
    const french = new Set(flatten(I18N_RESOURCES.fr[namespace] as Catalogue).map(base));
    const english = new Set(flatten(I18N_RESOURCES.en[namespace] as Catalogue).map(base));
    const used = files.flatMap((file) => translationKeysUsed(file).exact);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((key) => !french.has(key) || !english.has(key))).toEqual([]);
  });

  it.each([
    ['renderer', rendererFiles, 'common'],
    ['main process', mainFiles, 'main'],
  ] as const)('has no unused key in the %s catalogue', (_name, files, namespace) => {
    const usage = files.map(translationKeysUsed);
    const exact = new Set(usage.flatMap((entry) => entry.exact));
    const patterns = usage.flatMap((entry) => entry.patterns);
    // The one message shown before i18next exists reads the catalogue directly.
    const direct = new Set(
      files.flatMap((file) =>
        [...readProjectFile(file).matchAll(/\.common\.([\w.]+)/gu)].map((match) => match[1] ?? ''),
      ),
    );
    const unused = flatten(I18N_RESOURCES.fr[namespace] as Catalogue)
      .map(base)
      .filter((key) => !exact.has(key) && !direct.has(key) && !patterns.some((pattern) => pattern.test(key)));
    expect([...new Set(unused)]).toEqual([]);
  });

  it('fails loudly on a missing key where the tests ask it to', () => {
    const i18n = createRendererI18n({
      language: 'en',
      resources: { common: I18N_RESOURCES.en.common },
      onMissingKey: (key) => {
        throw new Error(`missing translation: ${key}`);
      },
    });
    expect(i18n.t('library.title')).toBe('Library');
    expect(() => i18n.t('library.nothing' as 'library.title')).toThrow('missing translation: library.nothing');
  });

  it('formats plurals for each language', () => {
    const fr = createRendererI18n({
      language: 'fr',
      resources: { common: I18N_RESOURCES.fr.common },
      onMissingKey: () => undefined,
    });
    const en = createRendererI18n({
      language: 'en',
      resources: { common: I18N_RESOURCES.en.common },
      onMissingKey: () => undefined,
    });
    expect(fr.t('glossary.usedIn', { count: 1 })).toBe('Cité dans 1 passage');
    expect(fr.t('glossary.usedIn', { count: 3 })).toBe('Cité dans 3 passages');
    expect(en.t('glossary.usedIn', { count: 1 })).toBe('Used in 1 passage');
    expect(en.t('glossary.usedIn', { count: 3 })).toBe('Used in 3 passages');
  });
});
