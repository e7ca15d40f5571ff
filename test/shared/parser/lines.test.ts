import { describe, expect, it } from 'vitest';
import { classifyLines, detectWrapWidth, reflowText, splitGluedLabels } from '@shared/parser/lines';
import { parseText } from '../../seeds';

const HARD_WRAPPED = [
  "Titre d'une ancienne page de l'OIM",
  "Genève - L'Organisation internationale pour les migrations publie aujourd'hui",
  'un nouveau rapport sur les migrations dans le monde, qui examine les tendances',
  'récentes et les défis que doivent relever les gouvernements de toutes les',
  'régions du monde.',
  'Le rapport présente également des données nouvelles sur les envois de fonds des',
  'migrants vers leurs pays d’origine et sur les déplacements liés au climat,',
  'ainsi que des recommandations pour les politiques publiques.',
].join('\n');

describe('line handling', () => {
  it('re-flows hard-wrapped lines into paragraphs', () => {
    const { page, warnings } = parseText(HARD_WRAPPED);
    expect(page.blocks).toHaveLength(2);
    expect(page.blocks[0]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringMatching(
        /^L'Organisation internationale .* aujourd'hui un nouveau rapport .* toutes les régions du monde\.$/u,
      ),
    });
    expect(page.blocks[1]).toMatchObject({
      text: expect.stringMatching(/des migrants vers .* climat, ainsi que des recommandations/u),
    });
    expect(warnings.find((warning) => warning.code === 'lines-reflowed')?.message).toMatch(/^5 hard-wrapped/u);
  });

  it('joins a line that runs on into a lowercase continuation, even without hard wrapping', () => {
    const { tokens, joined } = reflowText(
      classifyLines(['Une phrase qui continue', 'sur la ligne suivante.', 'Une autre phrase.'], 1),
    );
    expect(joined).toBe(1);
    expect(tokens.map((token) => (token.type === 'text' ? token.text : token.type))).toEqual([
      'Une phrase qui continue sur la ligne suivante.',
      'Une autre phrase.',
    ]);
  });

  it('does not join headings, list items or finished sentences', () => {
    const { joined } = reflowText(
      classifyLines(['Asie et Pacifique', 'Europe (Eurasie)', '- Processus de Prague', 'Fin.', 'Début.'], 1),
    );
    expect(joined).toBe(0);
  });

  it('does not take one-line-per-paragraph text for hard-wrapped text', () => {
    expect(
      detectWrapWidth(
        classifyLines(['a'.repeat(300), 'b'.repeat(40), 'c'.repeat(90), 'd'.repeat(500), 'e'.repeat(25)], 1),
      ),
    ).toBeNull();
  });

  it('splits a label glued to the list item after it, and only then', () => {
    const glued = splitGluedLabels(
      classifyLines(['Afrique- Forum ministériel (RMFM)', '- Migration Dialogue (MIDEAC)'], 1),
    );
    expect(glued.tokens.map((token) => token.type)).toEqual(['text', 'item', 'item']);
    expect(glued.split).toEqual([1]);
    const prose = splitGluedLabels(classifyLines(['Les pays du Sud- et du Nord coopèrent.', 'Suite.'], 1));
    expect(prose.split).toEqual([]);
  });

  it('classifies separators, lone dashes and bullets', () => {
    expect(classifyLines(['***', '-', '- item', '• puce', '', 'texte'], 1).map((token) => token.type)).toEqual([
      'separator',
      'dash',
      'item',
      'item',
      'blank',
      'text',
    ]);
  });
});
