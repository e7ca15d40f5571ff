import type { ParseWarning } from '../document/schema';
import { fallbackTitle } from '../parser/title';
import { err, ok, type Result } from '../result';
import type { ExtractedArticle } from './article';
import { blocksFromNodes } from './blocks-from-nodes';
import { isoDateFromText } from './dates';
import type { FormatDraft } from './format-draft';
import { htmlDepth, MAX_HTML_DEPTH } from './html-depth';
import { articleNodesOf } from './html-tree';
import { importError, type ImportError } from './import-error';
import { languageOf } from './language';
import { withoutSiteName } from './site-title';

/**
 * Below this many words outside links, a page with a form or more link text than prose is
 * a form or a menu, not an article: refused rather than passed off as one.
 */
const MIN_PROSE_WORDS = 40;

/** The draft of a saved web page, from what the DOM adapter extracts of it. */
export function draftFromHtml(
  html: string,
  fileName: string,
  readHtml: (html: string) => ExtractedArticle | null,
): Result<FormatDraft, ImportError> {
  const depth = htmlDepth(html);
  if (depth > MAX_HTML_DEPTH) {
    return err(
      importError(
        'unreadable',
        `the page nests its elements ${depth} levels deep (web pages stay under ${MAX_HTML_DEPTH}): it is not an article we can read`,
      ),
    );
  }
  return draftFromArticle(readHtml(html), fileName);
}

/** The draft of a web page from its extracted article and metadata. */
export function draftFromArticle(
  extracted: ExtractedArticle | null,
  fileName: string,
): Result<FormatDraft, ImportError> {
  if (extracted === null) {
    return err(importError('not-an-article', 'no article was found in the page: it has no readable text'));
  }
  const { metadata, article } = extracted;
  const text = article === null ? { nodes: [], words: 0, linkWords: 0 } : articleNodesOf(article);
  const proseWords = text.words - text.linkWords;
  if (text.words === 0 && metadata.formCount === 0) {
    return err(importError('no-text', 'the page has no text to import'));
  }
  if (proseWords < MIN_PROSE_WORDS && (metadata.formCount > 0 || text.linkWords >= proseWords)) {
    return err(
      importError(
        'not-an-article',
        metadata.formCount > 0
          ? 'the page is a form, not an article: there is no text to import'
          : 'the page is a list of links, not an article: there is no text to import',
      ),
    );
  }

  const warnings: ParseWarning[] = [];
  const pageTitle = [metadata.heading, metadata.ogTitle, metadata.documentTitle]
    .map((candidate) => (candidate ? withoutSiteName(candidate, metadata.siteName) : ''))
    .find((candidate) => candidate !== '');
  let title: FormatDraft['content']['title'];
  if (pageTitle) {
    title = { text: pageTitle, source: 'page' };
  } else {
    const fallback = fallbackTitle({ fileName });
    title = { text: fallback.text, source: fallback.source };
    warnings.push(fallback.warning);
  }

  const { blocks, dateline, warnings: blockWarnings } = blocksFromNodes(text.nodes, title.text);
  warnings.push(...blockWarnings);
  if (blocks.length === 0) return err(importError('no-text', 'the page has a title but no text to import'));
  if (text.linkWords > proseWords) {
    warnings.push({
      code: 'mostly-links',
      message: `most of the page's text (${text.linkWords} of ${text.words} words) is links: check it is the article you meant`,
      line: null,
    });
  }

  return ok({
    content: {
      language: languageOf([metadata.lang, metadata.locale], blocks),
      title,
      dateline,
      blocks,
      truncation: null,
    },
    declaredKind: null,
    metadataDate: metadata.dates.map(isoDateFromText).find((date) => date !== null) ?? null,
    urls: metadata.urls,
    warnings,
  });
}
