import { describe, expect, it } from 'vitest';
import { draftFromMarkdown } from '@shared/import/markdown';

const draft = (source: string, fileName = 'notes.md') => {
  const result = draftFromMarkdown(source, fileName);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('draftFromMarkdown', () => {
  it('reads the front matter as metadata, never as text', () => {
    const read = draft(
      '---\ntitle: Ma note\ndate: 2024-03-14\nlang: fr\nkind: reference\nsource: https://example.org/a\n---\n\nLe texte.\n',
    );
    expect(read.content.title).toEqual({ text: 'Ma note', source: 'page' });
    expect(read.content.language).toBe('fr');
    expect(read.metadataDate).toEqual({ iso: '2024-03-14', precision: 'day' });
    expect(read.declaredKind).toBe('reference');
    expect(read.urls).toEqual(['https://example.org/a']);
    expect(JSON.stringify(read.content.blocks)).not.toMatch(/title:|2024-03-14|reference/u);
  });

  it('takes the first level-1 heading as the title, and does not repeat it as a block', () => {
    const read = draft('# Le titre\n\nLe texte.\n\n## Une section\n\nSuite.\n');
    expect(read.content.title.text).toBe('Le titre');
    expect(read.content.blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('maps lists, quotations and thematic breaks, and reduces emphasis and links to their text', () => {
    const read = draft(
      '# T\n\nUn **gras** et un [lien](https://x.example).\n\n- a\n- b\n  - b1\n\n> Citée.\n\n---\n\nFin.\n',
    );
    expect(read.content.blocks).toMatchObject([
      { kind: 'paragraph', text: 'Un gras et un lien.' },
      { kind: 'list', items: [{ text: 'a' }, { text: 'b' }, { text: 'b1' }] },
      { kind: 'quote', text: 'Citée.' },
      { kind: 'separator' },
      { kind: 'paragraph', text: 'Fin.' },
    ]);
  });

  it('keeps no raw HTML, as markup or as code, only the text of its elements', () => {
    const read = draft(
      '# T\n\n<img src=x onerror=alert(1)>\n\n<script>alert("block")</script>\n\nEn ligne <script>alert(2)</script> et <b onclick="x()">gras</b>.\n\n<div onclick="alert(3)">Texte <i>gardé</i></div>\n',
    );
    const json = JSON.stringify(read.content);
    expect(json).not.toMatch(/<|>|alert|onerror|onclick|script/u);
    expect(read.content.blocks).toMatchObject([
      { kind: 'paragraph', text: 'En ligne et gras.' },
      { kind: 'paragraph', text: 'Texte gardé' },
    ]);
  });

  it('warns about front matter that is not YAML, and reads the text anyway', () => {
    const read = draft('---\ntitle: [unclosed\n---\n\nLe texte.\n', 'ma-note.md');
    expect(read.warnings.map((warning) => warning.code)).toContain('front-matter-unreadable');
    expect(read.content.title).toEqual({ text: 'ma note', source: 'file-name' });
  });

  it('refuses a file that is only front matter and rules', () => {
    expect(draftFromMarkdown('---\n---\n\n***\n', 'x.md')).toMatchObject({ ok: false, error: { code: 'no-text' } });
  });

  it('refuses a file that is only front matter', () => {
    expect(draftFromMarkdown('---\ntitle: Rien\n---\n', 'x.md')).toMatchObject({
      ok: false,
      error: { code: 'no-text' },
    });
  });

  it('refuses a file that is only raw HTML with no text', () => {
    expect(draftFromMarkdown('<img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n', 'x.md')).toMatchObject({
      ok: false,
      error: { code: 'no-text' },
    });
  });
});
