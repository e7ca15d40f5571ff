import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { I18N_RESOURCES } from '@shared/i18n/resources';
import { metaContentSecurityPolicy } from '../../../electron/main/content-security-policy';
import { outDir } from '../harness/paths';

type Catalogue = { [key: string]: string | Catalogue };
const texts = (catalogue: Catalogue): string[] =>
  Object.values(catalogue).flatMap((value) => (typeof value === 'string' ? [value] : texts(value)));

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * `text` as a whole string literal of minified JavaScript, whatever the minifier chose:
 * double, single or back quotes, a newline escaped or kept, a non-ASCII letter escaped or not.
 */
function literalPattern(text: string): RegExp {
  const body = [...text]
    .map((char) => {
      if (char === '\n') return '(?:\\\\n|\\n)';
      if (`"'\``.includes(char)) return `\\\\?${escapeRegExp(char)}`;
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x7f) return escapeRegExp(char);
      const hex = code.toString(16);
      return `(?:${escapeRegExp(char)}|\\\\u${hex.padStart(4, '0')}|\\\\u\\{${hex}\\})`;
    })
    .join('');
  return new RegExp(`(["'\`])${body}\\1`, 'u');
}

const rendererJs = (): string => {
  const assets = join(outDir, 'renderer', 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
};

const inBothLanguages = (namespace: 'common' | 'main'): string[] => [
  ...new Set([...texts(I18N_RESOURCES.fr[namespace]), ...texts(I18N_RESOURCES.en[namespace])]),
];

describe('the built renderer bundle', () => {
  const bundle = rendererJs();
  const common = inBothLanguages('common');
  // Words both namespaces share ("Bibliothèque", "English") prove nothing either way.
  const mainOnly = inBothLanguages('main').filter((text) => !common.includes(text));

  it("holds every text of the renderer's catalogues, as the search below finds them", () => {
    expect(common.filter((text) => !literalPattern(text).test(bundle))).toEqual([]);
  });

  it("holds none of the main process's menus and dialogs, in either language", () => {
    expect(mainOnly).toEqual(expect.arrayContaining(['Outils de développement', 'Developer Tools']));
    expect(mainOnly.filter((text) => literalPattern(text).test(bundle))).toEqual([]);
  });

  it('carries its Content-Security-Policy in the built page too, as the first element of its head', () => {
    const page = readFileSync(join(outDir, 'renderer', 'index.html'), 'utf8');
    const meta = /<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(page);
    expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(metaContentSecurityPolicy());
  });
});
