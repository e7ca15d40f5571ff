import type { ArticleNode, HtmlTreeElement, HtmlTreeNode } from './article';

/** Elements whose content is never article text (DOMPurify removes them already; this is the second lock). */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
  'head',
  'title',
  'nav',
]);

/** Elements that flow inside a line of text. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

const HEADING = /^h([1-6])$/u;
const LISTS = new Set(['ul', 'ol', 'menu']);

/** HTML's own whitespace (not the no-break spaces French typography needs). */
const collapse = (text: string): string => text.replace(/[ \t\n\r\f]+/gu, ' ').trim();

export interface ArticleText {
  nodes: ArticleNode[];
  /** Words in the article, and how many of them are link texts: a list of links is not an article. */
  words: number;
  linkWords: number;
}

const countWords = (text: string): number => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/**
 * Turns a sanitised article tree into article nodes: headings, paragraphs (old pages'
 * `<br><br>` split them too), lists, quotations, separators. Tables and other containers
 * are read through; what is not text is dropped.
 */
export function articleNodesOf(root: HtmlTreeElement): ArticleText {
  const nodes: ArticleNode[] = [];
  const stats = { words: 0, linkWords: 0 };

  const pushParagraphs = (segments: readonly string[], kind: 'paragraph' | 'quote'): void => {
    for (const segment of segments) {
      const text = collapse(segment);
      if (text !== '') nodes.push({ kind, text });
    }
  };

  const inlineSegments = (children: readonly HtmlTreeNode[]): string[] => {
    const tokens: Array<string | null> = []; // null stands for a <br>
    const visit = (node: HtmlTreeNode, inLink: boolean): void => {
      if (typeof node === 'string') {
        tokens.push(node);
        const words = countWords(node);
        stats.words += words;
        if (inLink) stats.linkWords += words;
        return;
      }
      if (SKIPPED.has(node.tag)) return;
      if (node.tag === 'br') {
        tokens.push(null);
        return;
      }
      for (const child of node.children) visit(child, inLink || node.tag === 'a');
    };
    for (const child of children) visit(child, false);

    // Two <br>s or more (whitespace between them aside) end a paragraph; one is a space.
    const segments: string[] = [''];
    let breaks = 0;
    for (const token of tokens) {
      if (token === null) {
        breaks += 1;
      } else if (token.trim() === '') {
        segments[segments.length - 1] += token;
      } else {
        if (breaks >= 2) segments.push('');
        else if (breaks === 1) segments[segments.length - 1] += ' ';
        breaks = 0;
        segments[segments.length - 1] += token;
      }
    }
    return segments;
  };

  const textOf = (node: HtmlTreeElement): string => collapse(inlineSegments(node.children).join(' '));

  const visitList = (list: HtmlTreeElement): void => {
    const items: string[] = [];
    const collect = (element: HtmlTreeElement): void => {
      for (const child of element.children) {
        if (typeof child === 'string' || child.tag !== 'li') continue;
        // An item's own text, then its sub-list's items after it: our lists are flat.
        const own = child.children.filter((grandChild) => typeof grandChild === 'string' || !LISTS.has(grandChild.tag));
        const text = collapse(inlineSegments(own).join(' '));
        if (text !== '') items.push(text);
        for (const grandChild of child.children) {
          if (typeof grandChild !== 'string' && LISTS.has(grandChild.tag)) collect(grandChild);
        }
      }
    };
    collect(list);
    if (items.length > 0) nodes.push({ kind: 'list', items });
  };

  // A table row of short cells with nothing but text in them reads as one line.
  const isTextRow = (row: HtmlTreeElement): boolean =>
    row.tag === 'tr' &&
    row.children.every(
      (cell) =>
        typeof cell === 'string' ||
        ((cell.tag === 'td' || cell.tag === 'th') && cell.children.every((inner) => isInline(inner))),
    ) &&
    row.children.filter((cell) => typeof cell !== 'string').length > 1;

  const visitContainer = (element: HtmlTreeElement, kind: 'paragraph' | 'quote'): void => {
    let run: HtmlTreeNode[] = [];
    const flush = (): void => {
      pushParagraphs(inlineSegments(run), kind);
      run = [];
    };
    for (const child of element.children) {
      if (isInline(child)) {
        run.push(child);
        continue;
      }
      flush();
      visitBlock(child as HtmlTreeElement, kind);
    }
    flush();
  };

  const visitBlock = (element: HtmlTreeElement, kind: 'paragraph' | 'quote'): void => {
    if (SKIPPED.has(element.tag)) return;
    const heading = HEADING.exec(element.tag);
    if (heading) {
      const text = textOf(element);
      if (text !== '') nodes.push({ kind: 'heading', level: Number(heading[1]) as 1 | 2 | 3 | 4 | 5 | 6, text });
      return;
    }
    if (LISTS.has(element.tag)) return visitList(element);
    if (element.tag === 'hr') {
      nodes.push({ kind: 'separator' });
      return;
    }
    if (element.tag === 'blockquote') return visitContainer(element, 'quote');
    if (isTextRow(element)) {
      const cells = element.children.flatMap((cell) => (typeof cell === 'string' ? [] : [textOf(cell)]));
      const text = cells.filter((cell) => cell !== '').join(' · ');
      if (text !== '') nodes.push({ kind, text });
      return;
    }
    visitContainer(element, kind);
  };

  visitContainer(root, 'paragraph');
  return { nodes, ...stats };
}

// Readability leaves `<p>`s inside a `<span>` (what was a `<font>`): such an element is a container.
const blockInside = new WeakMap<HtmlTreeElement, boolean>();
function hasBlockInside(element: HtmlTreeElement): boolean {
  const known = blockInside.get(element);
  if (known !== undefined) return known;
  const found = element.children.some(
    (child) =>
      typeof child !== 'string' && !SKIPPED.has(child.tag) && (!INLINE.has(child.tag) || hasBlockInside(child)),
  );
  blockInside.set(element, found);
  return found;
}

const isInline = (node: HtmlTreeNode): boolean =>
  typeof node === 'string' || (INLINE.has(node.tag) && !hasBlockInside(node));
