import type { ParseWarning } from '../document/schema';
import { LANGUAGES, type Language } from '../document/vocabulary';
import { foldText } from '../text/fold';
import { functionWordCount, wordsOf } from '../text/function-words';

/**
 * Every IOM page export begins with the site's navigation menu flattened to text: section
 * labels appear twice (the menu button and the panel title), sometimes glued to the panel's
 * blurb ("Qui sommes nousL'Organisation…", "Who We AreIOM has had a presence in Kenya
 * since…"), link lists appear as `- ` lines, and lone `-` lines separate the panels. The
 * global site's menu ends with its "2030 Agenda" entry; a country office's menu has other
 * entries and may not have that one, so the menu is read by its shape, whatever its words.
 */

/** The global site's last menu entry. */
const END_ENTRY = /^-?\s*(?:2030 agenda|agenda 2030)\s*$/iu;

/**
 * Menu labels of each edition, folded: they tell a menu that starts with a single label, and
 * the edition's language. Category words ("Actualités", "News") are not among them: on a
 * page they head the article, not the menu.
 */
const MENU_LABELS: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: new Set([
    'qui sommes nous',
    'qui sommes-nous',
    'notre travail',
    'ce que nous faisons',
    'partenariats',
    'ou travaillons-nous',
    'agir',
    'travailler avec nous',
    'engagez-vous',
    'donnees et recherche',
    'notre presence',
  ]),
  en: new Set([
    'who we are',
    'our work',
    'what we do',
    'partnerships',
    'where we work',
    'take action',
    'work with us',
    'get involved',
    'data and research',
    'our presence',
  ]),
};

/** How far into a file the navigation may reach; a real menu is ~30 lines. */
const NAVIGATION_SEARCH_LIMIT = 200;
// Menu labels and links are a few words; a page's title or first sentence is longer.
const MAX_LABEL_WORDS = 5;
const MAX_LINK_WORDS = 10;
// A menu has several panels: one repeated label alone is a repeated headline, not a menu.
const MIN_MENU_LABELS = 2;

export interface NavigationSection {
  label: string;
  /** The panel's blurb, when the label was glued to one. */
  text: string | null;
  items: string[];
}

export interface NavigationResult {
  /** True when the page starts with a site navigation menu. */
  found: boolean;
  /** Index of the first line after the navigation (0 when there was none). */
  bodyStart: number;
  /** The edition the menu's words are in; null without a menu, or when they do not tell. */
  language: Language | null;
  sections: NavigationSection[];
  warnings: ParseWarning[];
}

const isDash = (line: string): boolean => line.trim() === '-';
const itemText = (line: string): string | null => /^\s*[-•]\s+(\S.*)$/u.exec(line)?.[1]?.trim() ?? null;
const wordsIn = (text: string): number => text.split(/\s+/u).length;
const isShortLabel = (line: string): boolean => wordsIn(line) <= MAX_LABEL_WORDS && !/[.:;!?]$/u.test(line);
const menuLanguageOf = (text: string): Language | null =>
  LANGUAGES.find((language) => MENU_LABELS[language].has(foldText(text))) ?? null;
/** "Structure" then "Structure", or "Qui sommes nous" then "Qui sommes nousL'Organisation…". */
const isLabelPair = (line: string, next: string): boolean => isShortLabel(line) && next.startsWith(line);

interface MenuWalk {
  /** Index of the first line after the menu. */
  end: number;
  /** The menu ended with the global site's last entry. */
  endEntryFound: boolean;
  /** The labels met (panel titles, known menu words), to tell a menu from a page. */
  labels: number;
}

/** Follows the menu's shape from its first line: labels, label pairs, links and dashes. */
function walkMenu(lines: readonly string[], from: number): MenuWalk {
  const limit = Math.min(lines.length, NAVIGATION_SEARCH_LIMIT);
  const seen = new Set<string>();
  let labels = 0;
  let index = from;
  while (index < limit) {
    const line = (lines[index] ?? '').trim();
    const next = (lines[index + 1] ?? '').trim();
    if (END_ENTRY.test(line)) return { end: index + 1, endEntryFound: true, labels };
    const link = itemText(line);
    if (line === '' || isDash(line) || (link !== null && wordsIn(link) <= MAX_LINK_WORDS)) {
      index += 1;
    } else if (link === null && isLabelPair(line, next)) {
      seen.add(foldText(line));
      labels += 1;
      index += 2;
    } else if (link === null && isShortLabel(line) && (seen.has(foldText(line)) || menuLanguageOf(line) !== null)) {
      // A label repeated once more, or a menu word alone ("Agir").
      seen.add(foldText(line));
      labels += 1;
      index += 1;
    } else {
      break;
    }
  }
  return { end: index, endEntryFound: false, labels };
}

/** The edition a menu is in: by its known labels, else by the short words of its blurbs. */
function languageOfMenu(menu: readonly string[]): Language | null {
  const texts = menu.map((line) => itemText(line) ?? line.trim());
  const labelCount = (language: Language): number =>
    texts.filter((text) => MENU_LABELS[language].has(foldText(text))).length;
  const words = texts.flatMap(wordsOf);
  const score = (language: Language): number => labelCount(language) * 100 + functionWordCount(words, language);
  const fr = score('fr');
  const en = score('en');
  if (fr === en) return null;
  return fr > en ? 'fr' : 'en';
}

const NO_NAVIGATION: NavigationResult = { found: false, bodyStart: 0, language: null, sections: [], warnings: [] };

export function findNavigation(lines: readonly string[]): NavigationResult {
  const firstContent = lines.findIndex((line) => line.trim() !== '' && !isDash(line));
  if (firstContent < 0) return NO_NAVIGATION;
  const walk = walkMenu(lines, firstContent);
  if (!walk.endEntryFound && walk.labels < MIN_MENU_LABELS) return NO_NAVIGATION;

  const menu = lines.slice(firstContent, walk.end);
  const found = {
    found: true,
    bodyStart: walk.end,
    language: languageOfMenu(menu),
    sections: readSections(menu),
  };
  if (walk.endEntryFound) return { ...found, warnings: [] };
  // No "2030 Agenda" entry (a country office's menu, or an edited export): the menu was
  // taken to end where its shape ends, i.e. at the first line that is neither a label, a
  // link nor a blurb. Say so, as the guess may be wrong.
  return {
    ...found,
    warnings: [
      {
        code: 'navigation-end-not-found',
        message: `the site navigation starts on line ${firstContent + 1} and has no "2030 Agenda" entry to end it; it was taken to end on line ${walk.end}, where its shape ends`,
        line: firstContent + 1,
      },
    ],
  };
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
