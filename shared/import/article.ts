/**
 * What a DOM hands to the pure part of the HTML import: the sanitised article as a plain
 * tree (tag names and text, no attributes), and the page's metadata as strings. Plain data,
 * so that the DOM side (DOMParser in the app, jsdom in the CLI) stays a thin adapter and
 * everything after it is tested without a DOM.
 */
export type HtmlTreeNode = string | HtmlTreeElement;
export interface HtmlTreeElement {
  /** Lower-case tag name (`p`, `h2`, `td`…). */
  tag: string;
  children: HtmlTreeNode[];
}

export interface HtmlMetadata {
  /** `<html lang>`. */
  lang: string | null;
  /** `og:locale`. */
  locale: string | null;
  /** `<title>`. */
  documentTitle: string | null;
  /** `og:title`. */
  ogTitle: string | null;
  /** `og:site_name`. */
  siteName: string | null;
  /** The article's own heading: the first `<h1>` of its main content. */
  heading: string | null;
  /** Publication dates, best first: `article:published_time`, JSON-LD `datePublished`, `<time datetime>`, `<meta name="date">`. */
  dates: string[];
  /** `<link rel="canonical">`, then `og:url`. */
  urls: string[];
  /** `<form>` elements in the page before it was cleaned. */
  formCount: number;
}

export interface ExtractedArticle {
  metadata: HtmlMetadata;
  /** The article Readability found, sanitised by DOMPurify; null when it found none. */
  article: HtmlTreeElement | null;
}

/** The article's structure, format-neutral: what HTML, Markdown and plain text all become before blocks. */
export type ArticleNode =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'quote'; text: string }
  | { kind: 'separator' };
