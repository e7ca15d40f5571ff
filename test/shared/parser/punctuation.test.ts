import { describe, expect, it } from 'vitest';
import { isBalanced, RUN_ON_END, SENTENCE_END, wordCount } from '@shared/parser/punctuation';

describe('isBalanced', () => {
  it.each(['(a)', '[a]', '« a »', '“a”', 'rien', '(a [b] « c » “d”)'])('finds "%s" balanced', (text) => {
    expect(isBalanced(text)).toBe(true);
  });

  it.each(['(a', 'a)', '[a', 'a]', '« a', 'a »', '“a', 'a”', '((a)'])('finds "%s" unbalanced', (text) => {
    expect(isBalanced(text)).toBe(false);
  });
});

describe('sentence punctuation', () => {
  it.each(['.', '!', '?', '…', '»', '"', '”', ')', ']'])('takes a final "%s" for the end of a sentence', (mark) => {
    expect(SENTENCE_END.test(`Fin${mark}`)).toBe(true);
  });

  it('does not take a word, a comma or a dash for the end of a sentence', () => {
    expect(SENTENCE_END.test('Fin')).toBe(false);
    expect(SENTENCE_END.test('Fin,')).toBe(false);
    expect(SENTENCE_END.test('Fin. Suite')).toBe(false);
  });

  it.each([',', ';', ':', '(', '«', '“', '-'])('takes a final "%s" for a line that runs on', (mark) => {
    expect(RUN_ON_END.test(`Suite${mark}`)).toBe(true);
  });

  it('does not take a full stop or a word for a line that runs on', () => {
    expect(RUN_ON_END.test('Fin.')).toBe(false);
    expect(RUN_ON_END.test('Suite')).toBe(false);
    expect(RUN_ON_END.test(', puis la suite')).toBe(false);
  });
});

describe('wordCount', () => {
  it('counts words separated by any run of white space, ignoring the ends', () => {
    expect(wordCount('  un   deux\ttrois\n')).toBe(3);
    expect(wordCount('')).toBe(0);
  });
});
