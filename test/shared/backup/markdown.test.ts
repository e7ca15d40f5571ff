import { describe, expect, it } from 'vitest';
import { notesMarkdown, type MarkdownDocument } from '@shared/backup/markdown';
import { personData } from '../../user-data-fixture';

const labels = {
  title: 'Repères — notes and bookmarks',
  exportedOn: 'Exported on 24 November 2026.',
  bookmarks: 'Bookmarks',
  notes: 'Notes',
  tags: 'Tags',
  wholeDocument: 'Whole document',
  detached: 'Without a place',
  removedDocument: 'Removed document',
  open: 'Open in Repères',
};

const rcp: MarkdownDocument = {
  title: 'Regional Consultative Processes on Migration',
  sectionOf: () => 'Introduction',
  passageText: () => 'The first item of the list',
  link: (passageId) =>
    `reperes://app/index.html#/read/regional-consultative-processes${passageId ? `/${passageId}` : ''}`,
};

describe('notesMarkdown', () => {
  const markdown = notesMarkdown(personData(), new Map([['regional-consultative-processes', rcp]]), labels);

  it('groups by document, each note with its quote, its text, its tags, its place and its link', () => {
    expect(markdown).toContain('## Regional Consultative Processes on Migration');
    expect(markdown).toContain('> (PCR)');
    expect(markdown).toContain('À relire avant la réunion — « PCR » 🙂');
    expect(markdown).toContain(
      '*Introduction · Tags : PCR, réunion de mars · [Open in Repères](reperes://app/index.html#/read/regional-consultative-processes/p-dc4f13e7)*',
    );
  });

  it('lists bookmarks with their passage and label, and names documents it no longer has', () => {
    expect(markdown).toContain('- Whole document — **Pour la réunion de mars** ([Open in Repères]');
    expect(markdown).toContain('- Introduction — The first item of the list ([Open in Repères]');
    expect(markdown).toContain('## Removed document (about-iom)');
    expect(markdown).toContain('*Without a place · Whole document · Tags : PCR*');
  });

  it('keeps markup out of the titles and quotes it copies from the text', () => {
    const hostile = { ...rcp, title: '# <script>alert(1)</script> *x*' };
    const out = notesMarkdown(personData(), new Map([['regional-consultative-processes', hostile]]), labels);
    expect(out).toContain('## \\# \\<script\\>alert(1)\\</script\\> \\*x\\*');
  });
});
