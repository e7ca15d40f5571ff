import { describe, expect, it } from 'vitest';
import { acronymKey, acronymKeys, acronymPairsOf } from '@shared/align/acronym-keys';

describe('acronymKeys', () => {
  it('gives a French acronym and its English one the same key', () => {
    const keys = acronymKeys([['OIM', 'IOM']]);
    expect(acronymKey(keys, 'OIM')).toBe(acronymKey(keys, 'IOM'));
  });

  it('groups acronyms transitively, whatever the order of the pairs', () => {
    const one = acronymKeys([
      ['PCR', 'RCP'],
      ['PCR', 'RCPs'],
      ['MCIM', 'ISCM'],
    ]);
    const other = acronymKeys([
      ['MCIM', 'ISCM'],
      ['PCR', 'RCPs'],
      ['PCR', 'RCP'],
    ]);
    expect(acronymKey(one, 'RCPs')).toBe(acronymKey(one, 'PCR'));
    expect(acronymKey(one, 'ISCM')).toBe(acronymKey(other, 'MCIM'));
  });

  it('leaves an acronym the pairs do not name as itself, folded', () => {
    expect(acronymKey(acronymKeys([]), 'GCM')).toBe('gcm');
  });

  it('ignores pairs with an empty side', () => {
    const keys = acronymKeys([
      ['', 'IOM'],
      ['...', 'OIM'],
    ]);
    expect(acronymKey(keys, 'IOM')).toBe('iom');
  });
});

describe('acronymPairsOf', () => {
  it('pairs every one-word French term of an acronym entry with every English one', () => {
    const entries = [
      { kind: 'acronym', terms: { fr: ['PCR'], en: ['RCP', 'RCPs'] } },
      { kind: 'acronym', terms: { fr: ['AU HoAI'], en: ['AU-HoAI'] } },
      { kind: 'name', terms: { fr: ['Pacte mondial'], en: ['Global Compact'] } },
    ];
    expect(acronymPairsOf(entries)).toEqual([
      ['PCR', 'RCP'],
      ['PCR', 'RCPs'],
    ]);
  });
});
