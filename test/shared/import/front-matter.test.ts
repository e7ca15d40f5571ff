import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '@shared/import/front-matter';

describe('readFrontMatter', () => {
  it('reads title, date, language, kind and source', () => {
    expect(
      readFrontMatter('title: A\ndate: 2024-01-02\nlanguage: en\nkind: news\nurl: https://x.example').frontMatter,
    ).toEqual({
      title: 'A',
      date: '2024-01-02',
      language: 'en',
      kind: 'news',
      source: 'https://x.example',
    });
  });

  it('reads nothing from YAML that is a list, and says so', () => {
    const read = readFrontMatter('- a\n- b');
    expect(read.frontMatter.title).toBeNull();
    expect(read.warnings.map((warning) => warning.code)).toEqual(['front-matter-unreadable']);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'
        .split('')
        .map((key, index) => `${key}: &${key} [${Array(9).fill(`*${'abcdefghij'[index]}`).join(', ')}]`),
      'title: Bombe',
    ].join('\n');
    const read = readFrontMatter(bomb);
    expect(read.warnings.map((warning) => warning.code)).toEqual(['front-matter-unreadable']);
  });

  it('ignores fields of the wrong type', () => {
    expect(readFrontMatter('title: [1, 2]\ndate: {a: 1}\nsource: 42').frontMatter).toMatchObject({
      title: null,
      date: null,
      source: null,
    });
  });
});
