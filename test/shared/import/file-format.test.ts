import { describe, expect, it } from 'vitest';
import { formatByName } from '@shared/import/file-format';

describe('formatByName', () => {
  it.each([
    ['page.html', '', 'html'],
    ['PAGE.HTM', '', 'html'],
    ['notes.md', '', 'markdown'],
    ['notes.markdown', '', 'markdown'],
    ['notes.txt', 'Un texte', 'text'],
    ['sans-extension', 'Un texte', 'text'],
  ])('reads %s as %s', (name, opening, format) => {
    expect(formatByName(name, opening)).toBe(format);
  });

  it.each([
    '<!DOCTYPE html><html>',
    '  \n<html lang="fr">',
    '<!-- saved from url=(0045)https://www.iom.int/ -->\n<!DOCTYPE html>',
    '<?xml version="1.0"?><html>',
  ])('reads a .txt that opens like a web page (%j) as one', (opening) => {
    expect(formatByName('page.txt', opening)).toBe('html');
  });

  it('reads a Markdown file that opens with HTML as a web page', () => {
    expect(formatByName('notes.md', '<!doctype html>')).toBe('html');
  });

  it('does not take a text that mentions <html> later for a web page', () => {
    expect(formatByName('notes.txt', 'Voir la balise <html> du site')).toBe('text');
  });
});
