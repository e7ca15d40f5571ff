import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import type { ArticleNode, HtmlTreeElement, HtmlTreeNode } from './article';
import { articleNodesOf } from './html-tree';

type Parse5Node = DefaultTreeAdapterTypes.ChildNode;

function treeOf(node: Parse5Node): HtmlTreeNode | null {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!('tagName' in node)) return null; // comments, doctypes
  return { tag: node.tagName.toLowerCase(), children: node.childNodes.flatMap((child) => treeOf(child) ?? []) };
}

/**
 * The text of an HTML fragment written inside Markdown, as article nodes: parsed by parse5
 * (the HTML parser jsdom uses, pure JavaScript, no DOM), tags dropped, their text kept, and
 * the content of scripts, styles, forms and embeds dropped with them. Nothing is rendered
 * or fetched: the fragment only becomes text.
 */
export function articleNodesOfHtml(html: string): ArticleNode[] {
  const root: HtmlTreeElement = {
    tag: 'div',
    children: parseFragment(html).childNodes.flatMap((child) => treeOf(child) ?? []),
  };
  return articleNodesOf(root).nodes;
}

/** The text of an inline HTML fragment, on one line. */
export const inlineTextOfHtml = (html: string): string =>
  articleNodesOfHtml(html)
    .flatMap((node) => (node.kind === 'list' ? node.items : node.kind === 'separator' ? [] : [node.text]))
    .join(' ');
