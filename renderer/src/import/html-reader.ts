import { Readability } from '@mozilla/readability';
import DOMPurify, { type WindowLike } from 'dompurify';
import type { ExtractedArticle, HtmlMetadata, HtmlTreeElement, HtmlTreeNode } from '@shared/import/article';

/**
 * The DOM side of importing a saved web page, and the only one: the app passes its own
 * `window` (DOMParser), the CLI and the tests a jsdom window. It lives here, not in shared/
 * (which has no DOM types), and not twice: scripts/ imports it with jsdom's DOM types.
 *
 * A page is parsed with DOMParser, whose documents are inert (no script runs, no image,
 * frame or stylesheet is fetched); its metadata is read as strings (JSON-LD with JSON.parse,
 * never run); the site's menus, banners and sidebars are removed; Readability (Firefox's
 * Reader View) finds the article; DOMPurify sanitises it down to text elements with no
 * attributes; and the result leaves as a plain tree of tag names and text.
 */
export type HtmlReaderWindow = WindowLike & { DOMParser: typeof DOMParser };

// Text structure only: everything else (images, frames, forms, media, links' targets) goes.
const ALLOWED_TAGS = [
  'a', 'abbr', 'article', 'b', 'bdi', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'dd', 'del', 'dfn',
  'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins',
  'kbd', 'li', 'main', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strike', 'strong',
  'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
]; // prettier-ignore

// The site around the article: never part of the document.
const BOILERPLATE_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'nav', 'aside', 'footer',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="search"]',
  '[role="dialog"]', '[role="alertdialog"]', '[aria-modal="true"]', '[hidden]',
].join(', '); // prettier-ignore
const BOILERPLATE_NAME =
  /(?:^|[-_\s])(?:cookies?|consent|gdpr|breadcrumbs?|share|sharing|social|related|newsletter|subscribe|sidebar|skip|menu|popup|modal)(?:[-_\s]|$)/iu;
const MAIN_SELECTOR = 'main, article, [role="main"]';

export function createHtmlReader(window: HtmlReaderWindow): (html: string) => ExtractedArticle | null {
  const purify = DOMPurify(window);
  return (html) => {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    const heading = articleHeading(document);
    const metadata = readMetadata(document, heading);
    removeBoilerplate(document, heading);
    const found = new Readability(document).parse();
    if (!found?.content) return { metadata, article: null };
    const fragment = purify.sanitize(found.content, {
      ALLOWED_TAGS,
      ALLOWED_ATTR: [],
      RETURN_DOM_FRAGMENT: true,
    });
    return { metadata, article: { tag: 'div', children: treeOf(fragment.childNodes) } };
  };
}

function treeOf(nodes: NodeListOf<ChildNode>): HtmlTreeNode[] {
  return Array.from(nodes).flatMap((node): HtmlTreeNode[] => {
    if (node.nodeType === node.TEXT_NODE) return [node.nodeValue ?? ''];
    if (node.nodeType !== node.ELEMENT_NODE) return [];
    const element: HtmlTreeElement = { tag: (node as Element).localName, children: treeOf(node.childNodes) };
    return [element];
  });
}

/** The article's own `<h1>`: the first in its main content, else the first outside the site's header and menus. */
function articleHeading(document: Document): Element | null {
  return (
    document.querySelector(`:is(${MAIN_SELECTOR}) h1`) ??
    Array.from(document.querySelectorAll('h1')).find((h1) => !h1.closest('header, nav, footer, aside')) ??
    null
  );
}

const meta = (document: Document, selector: string): string | null =>
  document.querySelector(selector)?.getAttribute('content')?.trim() || null;

function readMetadata(document: Document, heading: Element | null): HtmlMetadata {
  const main = document.querySelector(MAIN_SELECTOR) ?? document;
  const dates = [
    meta(document, 'meta[property="article:published_time"]'),
    ...jsonLdDates(document),
    main.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    meta(
      document,
      'meta[name="date" i], meta[name="dc.date" i], meta[name="dcterms.date" i], meta[itemprop="datePublished"]',
    ),
  ];
  return {
    lang: document.documentElement.getAttribute('lang') || document.documentElement.getAttribute('xml:lang'),
    locale: meta(document, 'meta[property="og:locale"]'),
    documentTitle: document.title.trim() || null,
    ogTitle: meta(document, 'meta[property="og:title"]'),
    siteName: meta(document, 'meta[property="og:site_name"]'),
    heading: heading?.textContent?.replace(/\s+/gu, ' ').trim() || null,
    dates: dates.filter((date): date is string => typeof date === 'string' && date.trim() !== ''),
    urls: [
      document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null,
      meta(document, 'meta[property="og:url"]'),
    ].filter((url): url is string => url !== null),
    formCount: document.querySelectorAll('form').length,
  };
}

/** `datePublished` of the page's JSON-LD, read as data: parsed, never run. */
function jsonLdDates(document: Document): string[] {
  const found: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
    const record = value as Record<string, unknown>;
    if (typeof record['datePublished'] === 'string') found.push(record['datePublished']);
    visit(record['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD is ignored: it is metadata, not the article.
    }
  }
  return found;
}

/** Removes the site around the article, never an element that holds the article or its heading. */
function removeBoilerplate(document: Document, heading: Element | null): void {
  const holdsArticle = (element: Element): boolean =>
    element.querySelector(MAIN_SELECTOR) !== null || (heading !== null && element.contains(heading));
  const candidates = [
    ...document.querySelectorAll(BOILERPLATE_SELECTOR),
    ...Array.from(document.querySelectorAll('header')).filter(
      (header) => !header.parentElement?.closest(MAIN_SELECTOR),
    ),
    ...Array.from(document.querySelectorAll('[class], [id]')).filter((element) =>
      BOILERPLATE_NAME.test(`${element.getAttribute('class') ?? ''} ${element.id}`),
    ),
  ];
  for (const element of candidates) {
    if (element.isConnected && element !== document.body && !holdsArticle(element)) element.remove();
  }
}
