import type { ParseWarning } from '../document/schema';
import type { Language } from '../document/vocabulary';
import { foldText } from '../text/fold';

/**
 * Every IOM page export begins with the site's navigation menu flattened to text. It
 * starts with the "who we are" entry and ends with the "2030 Agenda" entry; in between,
 * section labels appear twice (the menu button and the panel title), sometimes glued to
 * the panel's blurb ("Qui sommes nousL'Organisation…"), and link lists appear as `- ` lines.
 */
interface NavigationEdition {
  language: Language;
  start: RegExp;
  end: RegExp;
}

const EDITIONS: readonly NavigationEdition[] = [
  { language: 'fr', start: /^qui sommes[ -]nous/iu, end: /^-?\s*2030 agenda\s*$/iu },
  { language: 'en', start: /^who we are/iu, end: /^-?\s*2030 agenda\s*$/iu },
];

/** How far into a file the navigation may reach; a real menu is ~30 lines. */
const NAVIGATION_SEARCH_LIMIT = 200;

export interface NavigationSection {
  label: string;
  /** The panel's blurb, when the label was glued to one. */
  text: string | null;
  items: string[];
}

export interface NavigationResult {
  /** Index of the first line after the navigation (0 when there was none). */
  bodyStart: number;
  language: Language | null;
  sections: NavigationSection[];
  warnings: ParseWarning[];
}

const isDash = (line: string): boolean => line.trim() === '-';
const itemText = (line: string): string | null => /^\s*[-•]\s+(\S.*)$/u.exec(line)?.[1]?.trim() ?? null;

export function findNavigation(lines: readonly string[]): NavigationResult {
  const firstContent = lines.findIndex((line) => line.trim() !== '' && !isDash(line));
  const first = firstContent >= 0 ? (lines[firstContent] ?? '').trim() : '';
  const edition = EDITIONS.find((candidate) => candidate.start.test(first));
  if (!edition) {
    return { bodyStart: 0, language: null, sections: [], warnings: [] };
  }

  const limit = Math.min(lines.length, NAVIGATION_SEARCH_LIMIT);
  for (let index = firstContent; index < limit; index += 1) {
    if (edition.end.test((lines[index] ?? '').trim())) {
      return {
        bodyStart: index + 1,
        language: edition.language,
        sections: readSections(lines.slice(firstContent, index + 1)),
        warnings: [],
      };
    }
  }

  // The menu's last entry is missing (an edited or partial export): take the menu to end
  // where its shape ends, i.e. at the first line that is neither a label, a link nor a blurb.
  const end = endOfMenuShape(lines, firstContent);
  return {
    bodyStart: end,
    language: edition.language,
    sections: readSections(lines.slice(firstContent, end)),
    warnings: [
      {
        code: 'navigation-end-not-found',
        message: `the site navigation starts on line ${firstContent + 1} but its last entry ("2030 Agenda") is missing; it was taken to end on line ${end}`,
        line: firstContent + 1,
      },
    ],
  };
}

function endOfMenuShape(lines: readonly string[], from: number): number {
  let index = from;
  while (index < lines.length) {
    const line = (lines[index] ?? '').trim();
    const previous = index > from ? (lines[index - 1] ?? '').trim() : '';
    const isShortLabel = line !== '' && line.split(/\s+/u).length <= 5 && !/[.:;!?]$/u.test(line);
    const isShortLink = (itemText(line)?.split(/\s+/u).length ?? 99) <= 10;
    const isGluedBlurb = previous !== '' && line.length > previous.length && line.startsWith(previous);
    if (line === '' || isDash(line) || isShortLabel || isShortLink || isGluedBlurb) {
      index += 1;
    } else {
      break;
    }
  }
  return index;
}

/** Reads the menu as labelled sections: a label, its blurb if glued to it, its link list. */
function readSections(menu: readonly string[]): NavigationSection[] {
  const sections: NavigationSection[] = [];
  let current: NavigationSection | null = null;
  for (let index = 0; index < menu.length; index += 1) {
    const line = (menu[index] ?? '').trim();
    const next = (menu[index + 1] ?? '').trim();
    if (line === '' || isDash(line)) continue;
    const item = itemText(line);
    if (item !== null) {
      current?.items.push(item);
      continue;
    }
    if (next.startsWith(line) && next.length >= line.length) {
      const blurb = next.slice(line.length).trim();
      current = { label: line, text: blurb === '' ? null : blurb, items: [] };
      sections.push(current);
      index += 1;
      continue;
    }
    current = { label: line, text: null, items: [] };
    sections.push(current);
  }
  return sections;
}

/**
 * The "About IOM" content: the sections that carry a blurb, and the first link list that
 * follows the organisation blurb (the structure of the organisation). The rest of the
 * menu is navigation only.
 */
export function aboutSections(sections: readonly NavigationSection[]): NavigationSection[] {
  const firstBlurb = sections.findIndex((section) => section.text !== null);
  if (firstBlurb < 0) return [];
  const structure = sections.slice(firstBlurb).find((section) => section.items.length > 0);
  return sections.filter((section) => section.text !== null || section === structure);
}

/** True when two navigation menus carry the same about content. */
export function sameAboutContent(a: readonly NavigationSection[], b: readonly NavigationSection[]): boolean {
  const key = (sections: readonly NavigationSection[]): string =>
    foldText(sections.map((section) => [section.label, section.text ?? '', ...section.items].join('\n')).join('\n\n'));
  return key(a) === key(b);
}
