import { blockPassages } from '@shared/document/passages';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@shared/parser/parse-page';
import { importFile, type ImportDraft, type ImportEnvironment } from '@shared/import/import-file';
import { DocumentContentSchema } from '@shared/document/schema';
import { jsdomImportEnvironment } from '../../../scripts/cli/jsdom-environment';
import { readSource, SEED_FILES } from '../../seeds';
import { cp1252, importFixture, utf16, utf8 } from './import-fixtures';

const env = jsdomImportEnvironment();

function imported(file: { name: string; bytes: Uint8Array }, environment: ImportEnvironment = env): ImportDraft {
  const result = importFile(file, environment);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  expect(DocumentContentSchema.safeParse(result.value.content).success).toBe(true);
  return result.value;
}
const codes = (draft: ImportDraft): string[] => draft.warnings.map((warning) => warning.code);
const texts = (draft: ImportDraft): string[] =>
  draft.content.blocks.flatMap((block) => blockPassages(block).map((passage) => passage.text));

describe('importFile: a saved iom.int page', () => {
  const draft = imported(importFixture('iom-news-saved.html'));

  it('keeps the article and nothing of the site around it', () => {
    const json = JSON.stringify(draft);
    for (const boilerplate of [
      'cookies',
      'Skip to main content',
      'Who We Are',
      '2030 Agenda',
      'Home',
      'Share on',
      'Related news',
      'regional migration dialogue',
      'All rights reserved',
      'Subscribe',
      'dataLayer',
      'schema.org',
      'injected',
    ]) {
      expect(json).not.toContain(boilerplate);
    }
    expect(texts(draft)).toEqual([
      'The International Organization for Migration (IOM) today opened a new Migrant Resource Centre in Dakar, the fourth in Senegal, to give people on the move accurate information on safe and regular migration.',
      'The centre, funded by the European Union, offers counselling on the risks of irregular migration, referrals to health and protection services and information on the labour market in Senegal and abroad.',
      'Services for returnees',
      'Returning migrants will find support for their reintegration, including psycho-social assistance and help to start small businesses in their communities of origin.',
      'Individual counselling and referral',
      'Vocational training for young people',
      'Information sessions in schools and communities',
      '“Accurate information saves lives,” said the IOM Chief of Mission in Senegal.',
      'For more information, please contact the IOM Senegal media team: iomdakar@iom.int, Tel: +221 33 869 62 00.',
    ]);
  });

  it('maps the article to our blocks', () => {
    expect(draft.content.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'list',
      'quote',
      'separator',
      'contact',
    ]);
  });

  it('reads its title, language, dateline, date, kind and source address', () => {
    expect(draft).toMatchObject({
      format: 'html',
      fileName: 'iom-news-saved.html',
      content: {
        title: { text: 'IOM Opens New Migrant Resource Centre in Dakar', source: 'page' },
        language: 'en',
        dateline: { place: 'Dakar', dateText: '3 May 2024' },
      },
      kind: 'news',
      date: { iso: '2024-05-03', precision: 'day' },
      place: 'Dakar',
      sourceUrl: 'https://www.iom.int/news/iom-opens-new-migrant-resource-centre-dakar',
      warnings: [],
    });
    expect(draft.contentHash).toMatch(/^[0-9a-f]{64}$/u);
  });
});

describe('importFile: hostile web pages', () => {
  it('keeps no script, handler, javascript: link, image, frame, form or object of a page', () => {
    const draft = imported(importFixture('hostile.html'));
    const json = JSON.stringify(draft);
    expect(json).not.toMatch(
      /script|javascript|onerror|onclick|onload|alert|evil\.example|iframe|<|pwned|svgtext|victime|Envoyer|cadres|injecté|pixel espion/iu,
    );
    expect(draft.content.title.text).toBe('Note de terrain sur la frontière');
    expect(texts(draft)).toHaveLength(4);
    expect(texts(draft)[2]).toBe(
      'Le rapport complet est disponible ici pour les partenaires de la coordination humanitaire régionale.',
    );
  });

  it('refuses a page that is only a form', () => {
    expect(importFile(importFixture('form-only.html'), env)).toMatchObject({
      ok: false,
      error: { code: 'not-an-article', message: expect.stringContaining('form') },
    });
  });

  it('refuses a page that is only a list of links', () => {
    expect(importFile(importFixture('links-only.html'), env)).toMatchObject({
      ok: false,
      error: { code: 'not-an-article', message: expect.stringContaining('links') },
    });
  });

  it('refuses a page with no text', () => {
    const page = utf8(
      '<!doctype html><html><head><title>Vide</title></head><body><img src="https://x.example/a.png"></body></html>',
    );
    expect(importFile({ name: 'vide.html', bytes: page }, env)).toMatchObject({ ok: false });
  });

  it('refuses a page nested thousands of levels deep before extracting an article from it', () => {
    const page = utf8(`<html><body>${'<div>'.repeat(5_000)}texte${'</div>'.repeat(5_000)}</body></html>`);
    const result = importFile({ name: 'deep.html', bytes: page }, env);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unreadable', message: expect.stringContaining('levels deep') },
    });
  });
});

describe('importFile: an old page laid out in tables, in Latin-1', () => {
  const draft = imported(importFixture('old-table-page.html'));

  it('reads its declared charset, and splits its paragraphs on <br><br>', () => {
    expect(draft.content.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(texts(draft)[1]).toMatch(/^L'Organisation internationale pour les migrations a organisé/u);
    expect(JSON.stringify(draft)).not.toMatch(/Accueil|Contact|bandeau/u);
  });

  it('takes the title from <title> without the site name, and the date from the dateline', () => {
    expect(draft.content.title).toEqual({ text: 'Communiqués de presse', source: 'page' });
    expect(draft).toMatchObject({
      content: { language: 'fr', dateline: { place: 'Genève', dateText: '12 mars 2002' } },
      kind: 'press-release',
      date: { iso: '2002-03-12', precision: 'day' },
    });
  });
});

describe('importFile: Markdown', () => {
  const draft = imported(importFixture('field-notes.md'));

  it('reads its front matter and keeps none of its raw HTML', () => {
    expect(draft).toMatchObject({
      format: 'markdown',
      content: { title: { text: 'Notes de la réunion de coordination' }, language: 'fr' },
      kind: 'reference',
      date: { iso: '2024-03-14', precision: 'day' },
      sourceUrl: 'https://example.org/notes/coordination',
    });
    expect(JSON.stringify(draft.content)).not.toMatch(/<|>|alert|onerror|onclick|onmouseover|script|tags:/u);
    expect(texts(draft)).toContain('Prochaine réunion le 21 mars à Niamey.');
    expect(texts(draft)).toContain('Texte avec une balise en ligne gardée comme texte et supprimée.');
  });

  it('maps its structure to our blocks', () => {
    expect(draft.content.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'heading',
      'list',
      'quote',
      'paragraph',
      'paragraph',
      'separator',
      'contact',
    ]);
  });
});

describe('importFile: text files', () => {
  it('imports a text that is not an IOM export as plain text, with a warning', () => {
    const draft = imported(importFixture('personal-notes.txt'));
    expect(draft.format).toBe('text');
    expect(codes(draft)).toEqual(['not-an-iom-export']);
    expect(draft.content.title.text).toBe('Compte rendu de la visite au centre de transit');
    expect(draft.content.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'list', 'paragraph']);
    expect(draft.content.language).toBe('fr');
  });

  it('imports an IOM page export as the dataset build parses it', () => {
    const text = readSource(SEED_FILES.gcmDialogue);
    const draft = imported({ name: 'export.txt', bytes: utf8(text) });
    const parsed = parsePage(text, { fileName: 'export.txt' });
    expect(draft.format).toBe('page-export');
    expect(parsed.ok && draft.content).toEqual(parsed.ok && parsed.value.page);
    expect(draft.place).toBe('Banjul');
    expect(draft.kind).toBe('news');
  });

  it('reads a Windows-1252 text file and says it was not UTF-8', () => {
    const draft = imported({
      name: 'cr.txt',
      bytes: cp1252('Compte rendu de la réunion\r\n\r\nLa réunion s’est bien passée.\r\n'),
    });
    expect(draft.content.title.text).toBe('Compte rendu de la réunion');
    expect(texts(draft)).toEqual(['La réunion s’est bien passée.']);
    expect(codes(draft)).toContain('legacy-encoding');
  });

  it.each(['le', 'be'] as const)('reads a UTF-16 %s text file', (endian) => {
    const draft = imported({
      name: 'note.txt',
      bytes: utf16('Compte rendu de la réunion\n\nLa réunion a eu lieu.', endian),
    });
    expect(texts(draft)).toEqual(['La réunion a eu lieu.']);
  });

  it('reads a web page saved under .txt as a web page', () => {
    const page =
      '<!DOCTYPE html><html lang="fr"><body><article><h1>Un titre de page</h1><p>Un paragraphe assez long pour être un article, avec des mots et encore des mots, pour que la page soit lue comme un article par le lecteur.</p></article></body></html>';
    expect(imported({ name: 'page.txt', bytes: utf8(page) }).format).toBe('html');
  });
});

describe('importFile: hostile files', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['a PNG renamed .txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary'],
    ['a file of only blank lines', utf8('\n\n   \n'), 'no-text'],
    ['a file of only rules', utf8('---\n\n***\n'), 'no-text'],
  ])('refuses %s with a clear reason', (_name, bytes, code) => {
    const result = importFile({ name: 'file.txt', bytes }, env);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(result.ok ? '' : result.error.message).toMatch(/\w{3,}/u);
  });

  it('refuses a 50 MB file before reading it, and never asks the HTML reader', () => {
    let asked = false;
    const result = importFile(
      { name: 'huge.html', bytes: new Uint8Array(50 * 1024 * 1024).fill(0x3c) },
      {
        readHtml: () => {
          asked = true;
          return null;
        },
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(asked).toBe(false);
  });

  it('keeps only an https source address', () => {
    const draft = imported({ name: 'n.md', bytes: utf8('---\nsource: http://example.org/page\n---\n\nUn texte.\n') });
    expect(draft.sourceUrl).toBeNull();
    expect(codes(draft)).toContain('source-url-not-https');
    const scripted = imported({ name: 'n.md', bytes: utf8('---\nsource: "javascript:alert(1)"\n---\n\nUn texte.\n') });
    expect(scripted.sourceUrl).toBeNull();
  });

  it('uses only the last part of a path as the file name', () => {
    expect(imported({ name: 'C:\\Users\\a\\notes.txt', bytes: utf8('Un texte.') }).fileName).toBe('notes.txt');
  });
});

describe('importFile: the same content twice', () => {
  it('gives the same hash to the same text from .md, .txt and .html, whatever the file name', () => {
    const body = 'Le premier paragraphe du texte.\n\nLe second paragraphe du texte.';
    const fromText = imported({ name: 'a.txt', bytes: utf8(`Un titre de note\n\n${body}`) });
    const fromMarkdown = imported({ name: 'b.md', bytes: utf8(`# Autre titre\n\n${body}`) });
    const fromHtml = imported({
      name: 'c.html',
      bytes: utf8(
        `<html><body><article><h1>Titre</h1>${body
          .split('\n\n')
          .map((paragraph) => `<p>${paragraph}</p>`)
          .join('')}</article></body></html>`,
      ),
    });
    expect(fromMarkdown.contentHash).toBe(fromText.contentHash);
    expect(fromHtml.contentHash).toBe(fromText.contentHash);
  });

  it('gives another hash to another text', () => {
    const one = imported({ name: 'a.txt', bytes: utf8('Un texte.') });
    const other = imported({ name: 'a.txt', bytes: utf8('Un autre texte.') });
    expect(one.contentHash).not.toBe(other.contentHash);
  });
});
