import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/**
 * How deep a web page may nest its elements. Real pages, saved with their whole site, stay
 * under 40. Readability's time grows with depth times size (100 nested divs: ~0.7 s; 1,000:
 * over a minute) and jsdom's parser slows down too, so a deeper page is refused before
 * either sees it.
 */
export const MAX_HTML_DEPTH = 100;

type Parse5Parent = DefaultTreeAdapterTypes.ParentNode;

/**
 * The deepest nesting of elements in a page (`<html>` is 1), as parse5 (the WHATWG parser
 * jsdom uses; pure JavaScript, ~0.7 s for 50,000 nested elements) builds it. Walked without
 * recursion, so no page can exhaust the stack.
 */
export function htmlDepth(html: string): number {
  let deepest = 0;
  const stack: Array<[Parse5Parent, number]> = [[parse(html), 0]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    deepest = Math.max(deepest, depth);
    for (const child of node.childNodes) {
      if ('childNodes' in child) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}
