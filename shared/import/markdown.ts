import type { BlockContent, DefinitionContent, ListItem, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { ParseWarning } from '../document/schema';
import { fallbackTitle } from '../parser/title';
import { err, ok, type Result } from '../result';
import type { ArticleNode } from './article';
import { blocksFromNodes } from './blocks-from-nodes';
import { isoDateFromText } from './dates';
import type { FormatDraft } from './format-draft';
import { readFrontMatter } from './front-matter';
import { articleNodesOfHtml, inlineTextOfHtml } from './html-fragment';
import { importError, type ImportError } from './import-error';
import { languageOf } from './language';

const escapeHtml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * A line of Markdown as HTML: its text escaped, emphasis and links reduced to their text,
 * images dropped, and raw HTML kept as written so that one HTML parser decides what of it
 * is text (an inline `<script>` spreads over several Markdown nodes).
 */
function inlineHtml(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return escapeHtml(node.value);
        case 'html':
          return node.value;
        case 'break':
          return ' ';
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
          return '';
        default:
          return 'children' in node ? inlineHtml(node.children) : '';
      }
    })
    .join('');
}

const inlineText = (nodes: readonly PhrasingContent[]): string => inlineTextOfHtml(inlineHtml(nodes));

type MarkdownBlock = RootContent | BlockContent | DefinitionContent;

function articleNodesOfMarkdown(children: readonly MarkdownBlock[], inQuote: boolean): ArticleNode[] {
  return children.flatMap((node): ArticleNode[] => {
    switch (node.type) {
      case 'heading': {
        const text = inlineText(node.children);
        return text === '' ? [] : [{ kind: 'heading', level: node.depth, text }];
      }
      case 'paragraph': {
        const text = inlineText(node.children);
        return text === '' ? [] : [{ kind: inQuote ? 'quote' : 'paragraph', text }];
      }
      case 'blockquote':
        return articleNodesOfMarkdown(node.children, true);
      case 'list': {
        const items = listItemTexts(node.children);
        return items.length === 0 ? [] : [{ kind: 'list', items }];
      }
      case 'thematicBreak':
        return [{ kind: 'separator' }];
      case 'code':
        // The author's own text, shown as text: one paragraph per block of lines.
        return node.value
          .split(/\n\s*\n/u)
          .map((part) => part.replace(/\s+/gu, ' ').trim())
          .filter((part) => part !== '')
          .map((text) => ({ kind: 'paragraph', text }));
      case 'html':
        return articleNodesOfHtml(node.value).map((found) =>
          inQuote && found.kind === 'paragraph' ? { kind: 'quote', text: found.text } : found,
        );
      default:
        // Front matter, link definitions, footnote definitions: not part of the text.
        return [];
    }
  });
}

/** A list's items on one level: an item's paragraphs joined, its sub-list's items after it. */
function listItemTexts(items: readonly ListItem[]): string[] {
  return items.flatMap((item) => {
    const own = item.children
      .flatMap((child) => (child.type === 'paragraph' || child.type === 'heading' ? [inlineText(child.children)] : []))
      .join(' ')
      .trim();
    const nested = item.children.flatMap((child) => (child.type === 'list' ? listItemTexts(child.children) : []));
    return [...(own === '' ? [] : [own]), ...nested];
  });
}

/** The draft of a Markdown file: YAML front matter for its metadata, CommonMark for its text. */
export function draftFromMarkdown(source: string, fileName: string): Result<FormatDraft, ImportError> {
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const warnings: ParseWarning[] = [];
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const { frontMatter, warnings: frontMatterWarnings } = readFrontMatter(yaml?.value ?? '');
  warnings.push(...frontMatterWarnings);

  const nodes = articleNodesOfMarkdown(tree.children, false);
  if (nodes.every((node) => node.kind === 'separator')) {
    return err(importError('no-text', 'the Markdown file has no text (front matter and markup aside) to import'));
  }

  const firstHeading = nodes.find((node) => node.kind === 'heading');
  let title: FormatDraft['content']['title'];
  if (frontMatter.title) {
    title = { text: frontMatter.title, source: 'page' };
  } else if (firstHeading?.kind === 'heading' && firstHeading.level === 1) {
    title = { text: firstHeading.text, source: 'page' };
  } else {
    const fallback = fallbackTitle({ fileName });
    title = { text: fallback.text, source: fallback.source };
    warnings.push(fallback.warning);
  }

  const { blocks, dateline, warnings: blockWarnings } = blocksFromNodes(nodes, title.text);
  warnings.push(...blockWarnings);
  if (blocks.length === 0) return err(importError('no-text', 'the Markdown file has a title but no text to import'));

  return ok({
    content: { language: languageOf([frontMatter.language], blocks), title, dateline, blocks, truncation: null },
    declaredKind: frontMatter.kind,
    metadataDate: isoDateFromText(frontMatter.date),
    urls: frontMatter.source ? [frontMatter.source] : [],
    warnings,
  });
}
