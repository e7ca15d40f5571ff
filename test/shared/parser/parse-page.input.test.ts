import { describe, expect, it } from 'vitest';
import { parsePage } from '@shared/parser/parse-page';

describe('parsePage on odd and hostile input', () => {
  it.each([
    ['empty text', '', 'empty'],
    ['only whitespace', ' \n\t\n ', 'empty'],
    ['text with NUL characters', 'abc\u0000def', 'binary'],
    ['mostly control characters', '\u0001\u0002\u0003\u0004\u0005abc', 'binary'],
  ])('refuses %s with a reason', (_name, text, code) => {
    const result = parsePage(text);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(result.ok ? '' : result.error.message).toMatch(/\w+/u);
  });

  it.each([
    ['a single word', 'Bonjour'],
    ['only a navigation menu', '-\nQui sommes nous\nQui sommes nous\n- 2030 AGENDA'],
    ['only dashes and separators', '-\n-\n***\n-'],
    ['a very long line', 'mot '.repeat(50_000)],
    ['unbalanced quotation marks and brackets', '« ( [ “\n» ) ] ”'],
    ['right-to-left and emoji text', 'مرحبا 👋\n- élément'],
    ['Windows line endings', 'Titre de page\r\nBanjul, 25 juillet Le texte.\r\n- un\r\n- deux'],
    ['only field lines', 'Type : a\nMembres : b\nCréé en : c'],
    ['a line of pipes', '|'.repeat(100_000)],
    ['a menu of thousands of repeated labels', 'Agir\n'.repeat(5_000)],
    ['a dateline of thousands of places', `${'Genève, '.repeat(5_000)}Bangkok - Le texte.`],
    ['a category line alone', 'Communiqué'],
  ])('gives a result, never an exception, for %s', (_name, text) => {
    const result = parsePage(text);
    expect(result.ok).toBe(true);
  });

  it('says when there is no content after the navigation', () => {
    const result = parsePage('-\nQui sommes nous\nQui sommes nous\n- 2030 AGENDA');
    expect(result.ok && result.value.warnings.map((warning) => warning.code)).toContain('no-content');
  });

  it('removes stray control characters and says how many', () => {
    const result = parsePage('Titre de la page\nUn para\u0007graphe.');
    expect(result.ok && result.value.page.blocks[0]).toMatchObject({ text: 'Un paragraphe.' });
    expect(
      result.ok && result.value.warnings.find((warning) => warning.code === 'control-characters-removed')?.message,
    ).toBe('1 control character(s) removed');
  });

  it('reads Windows line endings like Unix ones', () => {
    const result = parsePage('Titre de page\r\nBanjul, 25 juillet Le texte.\r\n- un\r\n- deux');
    expect(result.ok && result.value.page.dateline?.place).toBe('Banjul');
    expect(result.ok && result.value.page.blocks.map((block) => block.kind)).toEqual(['paragraph', 'list']);
  });
});
