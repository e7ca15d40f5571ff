import { describe, expect, it } from 'vitest';
import { escapeHtml, pdfFileName, pdfPageTemplates } from '@shared/print/pdf-page';

describe('pdf running lines', () => {
  it('escapes every character that could open markup or an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('puts the header text above and the footer text with the page number below', () => {
    const { headerTemplate, footerTemplate } = pdfPageTemplates({ header: 'Titre — iom.int', footer: 'Repères · abc' });
    expect(headerTemplate).toContain('Titre — iom.int');
    expect(footerTemplate).toContain('Repères · abc');
    expect(footerTemplate).toContain('<span class="pageNumber"></span> / <span class="totalPages"></span>');
  });

  it('gives each template its own font size, since Chromium draws them outside the page styles', () => {
    const { headerTemplate, footerTemplate } = pdfPageTemplates({ header: 'a', footer: 'b' });
    expect(headerTemplate).toMatch(/font-size: \d+px/u);
    expect(footerTemplate).toMatch(/font-size: \d+px/u);
  });
});

describe('pdf file name', () => {
  it('folds the title to plain words and adds the languages', () => {
    expect(pdfFileName('Processus consultatifs régionaux sur la migration', ['fr', 'en'])).toBe(
      'processus-consultatifs-regionaux-sur-la-migration-fr-en.pdf',
    );
  });

  it('cuts a long title on a word', () => {
    const name = pdfFileName('La coopération Sud-Sud '.repeat(10), ['fr']);
    expect(name.length).toBeLessThanOrEqual(60 + '-fr.pdf'.length);
    expect(name).toMatch(/^la-cooperation-sud-sud-(?:[a-z]+-)*fr\.pdf$/u);
  });

  it('names a title with no letters "document"', () => {
    expect(pdfFileName('« … »', ['en'])).toBe('document-en.pdf');
  });
});
