import { describe, expect, it } from 'vitest';
import { languagesOf, leadingLanguage } from '../../../renderer/src/settings/reading-mode';

describe('reading modes', () => {
  it('show one language, or French then English side by side', () => {
    expect(languagesOf('fr')).toEqual(['fr']);
    expect(languagesOf('en')).toEqual(['en']);
    expect(languagesOf('both')).toEqual(['fr', 'en']);
  });

  it('lead with the reading language, or the interface language side by side', () => {
    expect(leadingLanguage('en', 'fr')).toBe('en');
    expect(leadingLanguage('both', 'en')).toBe('en');
    expect(leadingLanguage('both', 'fr')).toBe('fr');
  });
});
