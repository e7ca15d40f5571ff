import { describe, expect, it } from 'vitest';
import { firstMentions } from '@shared/glossary/first-mentions';
import { createTermMatcher } from '@shared/glossary/match';

const entries = [
  { id: 'rcp', terms: { fr: ['PCR'], en: ['RCP', 'RCPs'] } },
  { id: 'iom', terms: { fr: ['OIM'], en: ['IOM'] } },
];
const matchers = { fr: createTermMatcher(entries, 'fr'), en: createTermMatcher(entries, 'en') };

describe('first mentions of glossary terms', () => {
  it('names an entry once per section: in the passage that mentions it first', () => {
    const mentions = firstMentions(
      [
        { id: 'p1', kind: 'paragraph', language: 'en' as const, text: 'RCPs are state-led. RCPs meet.' },
        { id: 'p2', kind: 'paragraph', language: 'en' as const, text: 'IOM supports RCPs.' },
        { id: 'h1', kind: 'heading', language: 'en' as const, text: 'Africa' },
        { id: 'p3', kind: 'item', language: 'en' as const, text: 'An RCP with IOM.' },
      ],
      matchers,
    );
    expect(mentions).toEqual(
      new Map([
        ['p1', new Set(['rcp'])],
        ['p2', new Set(['iom'])],
        ['p3', new Set(['rcp', 'iom'])],
      ]),
    );
  });

  it('counts a heading’s own mention as its section’s first', () => {
    const mentions = firstMentions(
      [
        { id: 'h1', kind: 'heading', language: 'en' as const, text: 'The role of IOM' },
        { id: 'p1', kind: 'paragraph', language: 'en' as const, text: 'IOM acts.' },
      ],
      matchers,
    );
    expect(mentions).toEqual(new Map([['h1', new Set(['iom'])]]));
  });

  it('matches an untranslated passage in the language it stands in', () => {
    const mentions = firstMentions(
      [
        { id: 'p1', kind: 'paragraph', language: 'en', text: 'RCPs meet.' },
        { id: 'p2', kind: 'paragraph', language: 'fr', text: 'Les PCR et l’OIM.' },
      ],
      matchers,
    );
    expect(mentions).toEqual(
      new Map([
        ['p1', new Set(['rcp'])],
        ['p2', new Set(['iom'])],
      ]),
    );
  });
});
