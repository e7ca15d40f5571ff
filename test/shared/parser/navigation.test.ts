import { describe, expect, it } from 'vitest';
import { findNavigation } from '@shared/parser/navigation';
import { parseText, readSource, SEED_FILES } from '../../seeds';

const ENGLISH_PAGE = [
  '-',
  'Who We Are',
  'Who We AreIOM is part of the United Nations System, as the leading inter-governmental organization promoting since 1951 humane and orderly migration for the benefit of all.',
  'Structure',
  'Structure',
  '- Organizational Structure',
  '- Director General',
  '-',
  'Our Work',
  'Our WorkAs the leading inter-governmental organization promoting since 1951 humane and orderly migration, IOM plays a key role.',
  'What We Do',
  'What We Do',
  'Partnerships',
  'Partnerships',
  '- Where We Work',
  '-',
  'Take Action',
  'Take Action',
  'Get Involved',
  'Get Involved',
  '- Data and Research',
  '2030 Agenda',
  'IOM Welcomes the Adoption of a New Declaration',
  'Geneva – The International Organization for Migration (IOM) welcomes the adoption today of the declaration.',
].join('\n');

describe('site navigation', () => {
  it('recognises the English edition, ending at "2030 Agenda" without a dash', () => {
    const parsed = parseText(ENGLISH_PAGE);
    expect(parsed.page.language).toBe('en');
    expect(parsed.page.title.text).toBe('IOM Welcomes the Adoption of a New Declaration');
    expect(parsed.page.dateline?.place).toBe('Geneva');
    expect(parsed.about.map((section) => section.label)).toEqual(['Who We Are', 'Structure', 'Our Work']);
    expect(parsed.about[1]?.items).toEqual(['Organizational Structure', 'Director General']);
  });

  it('finds the end of the French menu by its last entry, not by line count', () => {
    const lines = readSource(SEED_FILES.losAngeles).split('\n');
    const shifted = [...lines.slice(0, 10), '- Une entrée de menu ajoutée', '- Une autre', ...lines.slice(10)];
    expect(findNavigation(lines).bodyStart).toBe(29);
    expect(findNavigation(shifted).bodyStart).toBe(31);
  });

  it('warns and stops at the end of the menu shape when the last entry is missing', () => {
    const lines = readSource(SEED_FILES.losAngeles)
      .split('\n')
      .filter((line) => line !== '- 2030 AGENDA');
    const navigation = findNavigation(lines);
    expect(navigation.warnings.map((warning) => warning.code)).toEqual(['navigation-end-not-found']);
    expect(lines[navigation.bodyStart]).toMatch(/^Communiqué de l'OIM/u);
  });

  it('takes a page without navigation as all content, and says so', () => {
    const parsed = parseText('Un titre de page\nUn paragraphe de contenu.');
    expect(parsed.warnings.map((warning) => warning.code)).toEqual(['navigation-not-found']);
    expect(parsed.page.language).toBe('fr');
  });
});
