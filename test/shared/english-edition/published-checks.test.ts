import { describe, expect, it } from 'vitest';
import { isInPublishedCopy, misquotedQuotations, typographicForm } from '@shared/english-edition/published-checks';

const copy = `Los Angeles – IOM welcomes the adoption. During the conference – attended by more than 1,500 participants – he said that “the BAPA transformed the dynamics.” Moreover, he added it can allow countries to “learn from each other and grow rapidly.”`;

describe('published English checks', () => {
  it('folds quotes, apostrophes, dashes and spacing, and nothing else', () => {
    expect(typographicForm('IOM’s “text” –  here')).toBe(typographicForm('IOM\'s "text" - here'));
    expect(typographicForm('Text')).not.toBe(typographicForm('text'));
  });

  it('finds a passage copied word for word, typography aside', () => {
    expect(isInPublishedCopy('During the conference - attended by more than 1,500 participants -', [copy])).toBe(true);
  });

  it('refuses a passage whose words differ from the copy', () => {
    expect(isInPublishedCopy('IOM welcomes the adoption today.', [copy])).toBe(false);
    expect(isInPublishedCopy('', [copy])).toBe(false);
  });

  it('names each known quotation the English does not quote exactly', () => {
    const quotations = ['the BAPA transformed the dynamics.', 'learn from each other and grow rapidly.'];
    expect(misquotedQuotations(quotations, [copy])).toEqual([]);
    expect(
      misquotedQuotations(quotations, [
        'he said that “the BAPA has transformed the dynamics.”',
        '“learn from one another”',
      ]),
    ).toEqual(quotations);
  });
});
