/**
 * A selection in the reader, read back as offsets in one passage's text. The passage's text
 * is rendered inside `[data-passage-id]`, among buttons and hidden labels (copy buttons,
 * "opens in your browser") that are not part of it: only the text nodes a person reads count.
 */

export interface PassageSelection {
  element: HTMLElement;
  passageId: string;
  blockId: string;
  itemId: string | null;
  language: 'fr' | 'en';
  /** The passage's text as read (what offsets count in). */
  text: string;
  start: number;
  end: number;
}

// A glossary term's tooltip (its expansion) is shown over the text, not part of it.
const NOT_TEXT = 'button, .visually-hidden, [aria-hidden="true"], [role="tooltip"]';

/** The text nodes of a passage that belong to its text, in order. */
function textNodesOf(element: HTMLElement): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(NOT_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The offset in the passage's text of a DOM boundary point (a node and an offset in it). */
function offsetOf(nodes: readonly Text[], container: Node, offset: number): number {
  const boundary = document.createRange();
  boundary.setStart(container, offset);
  let total = 0;
  for (const node of nodes) {
    if (node === container) return total + Math.min(offset, node.length);
    // The node starts at or after the boundary: nothing more comes before it.
    if (boundary.comparePoint(node, 0) >= 0) return total;
    total += node.length;
  }
  return total;
}

/** The passage element a node lies in, if any. */
export const passageElementOf = (node: Node | null): HTMLElement | null =>
  (node instanceof HTMLElement ? node : (node?.parentElement ?? null))?.closest<HTMLElement>('[data-passage-id]') ??
  null;

/** Reads a passage element's identity and text. */
export function describePassage(element: HTMLElement): Omit<PassageSelection, 'start' | 'end'> | null {
  const { passageId, passageBlock: blockId, passageItem: itemId, language } = element.dataset;
  if (!passageId || !blockId || (language !== 'fr' && language !== 'en')) return null;
  return {
    element,
    passageId,
    blockId,
    itemId: itemId ?? null,
    language,
    text: textNodesOf(element)
      .map((node) => node.data)
      .join(''),
  };
}

/**
 * The selection as offsets in one passage, when it lies within exactly one and is not empty;
 * otherwise `null` (a selection across two passages is not a quote of either).
 */
export function passageSelectionOf(selection: Selection | null): PassageSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const element = passageElementOf(range.startContainer);
  if (!element || passageElementOf(range.endContainer) !== element) return null;
  const passage = describePassage(element);
  if (!passage) return null;
  const nodes = textNodesOf(element);
  const start = offsetOf(nodes, range.startContainer, range.startOffset);
  const end = offsetOf(nodes, range.endContainer, range.endOffset);
  if (passage.text.slice(start, end).trim() === '') return null;
  return { ...passage, start, end };
}

/** Puts the caret at the start of a passage's text, so Shift+arrows select from there. */
export function collapseToPassageStart(element: HTMLElement): void {
  const [first] = textNodesOf(element);
  if (!first) return;
  window.getSelection()?.collapse(first, 0);
}

/** The passage (block, or list item) the keyboard focus or the selection is in. */
export function currentPlace(): { blockId: string; itemId: string | null; passage: HTMLElement | null } | null {
  const selected = window.getSelection()?.anchorNode ?? null;
  const from = document.activeElement && document.activeElement !== document.body ? document.activeElement : null;
  const element = from ?? (selected instanceof Element ? selected : selected?.parentElement) ?? null;
  const block = element?.closest<HTMLElement>('.block');
  if (!element || !block?.dataset['blockId']) return null;
  const item = element.closest<HTMLElement>('li[data-block-id]');
  const scope = item ?? block;
  return {
    blockId: block.dataset['blockId'],
    itemId: item?.dataset['blockId'] ?? null,
    passage: scope.querySelector<HTMLElement>('[data-passage-id]'),
  };
}

/** The text element of the passage the keyboard focus or the selection is in, if any. */
export const passageInFocus = (): HTMLElement | null => currentPlace()?.passage ?? null;
