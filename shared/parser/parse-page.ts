import type { Block, Dateline, DocumentContent, IsoDate, ParseWarning } from '../document/schema';
import type { DocumentKind, Language } from '../document/vocabulary';
import { passagesOf } from '../document/passages';
import { err, ok, type Result } from '../result';
import { functionWordCount, wordsOf } from '../text/function-words';
import { checkPageText, stripControlCharacters, type PageInputError } from '../text/page-input';
import { buildDraftBlocks } from './blocks';
import { assignBlockIds } from './block-ids';
import { categoryOf, type Category } from './category';
import { isoDateOf } from './dates';
import { openingDateText, splitDateline } from './dateline';
import { foldText } from '../text/fold';
import { classifyLines, dropSiteResidue, markFields, reflowText, splitGluedLabels, type LineToken } from './lines';
import { aboutSections, findNavigation, type NavigationSection } from './navigation';
import { fallbackTitle, introducedName, looksLikeTitle, type TitleFallback } from './title';
import { findTruncation } from './truncation';

export interface ParseOptions extends TitleFallback {}

/** What the page says of itself beyond its text, to prefill an import's preview. */
export interface PageHints {
  /** The category line above the title, as the page writes it ("Communiqué", "Global"). */
  category: string | null;
  /** The kind of document: from the category line, else from the page's shape; null when neither tells. */
  kind: DocumentKind | null;
  /** The date the dateline (or the first sentence) gives; null without one, or without its year. */
  date: IsoDate | null;
}

export interface ParsedPageResult {
  page: DocumentContent;
  /** The organisation blurb and structure found in the page's navigation, if any. */
  about: NavigationSection[];
  warnings: ParseWarning[];
  hints: PageHints;
}

/**
 * Turns one IOM page export into a structured document. Odd input gives warnings, never an
 * exception; input that is not text at all (empty, binary) is refused with a reason.
 */
export function parsePage(source: string, options: ParseOptions = {}): Result<ParsedPageResult, PageInputError> {
  const checked = checkPageText(source);
  if (!checked.ok) return err(checked.error);

  const warnings: ParseWarning[] = [];
  const { text, removed } = stripControlCharacters(checked.value);
  if (removed > 0) {
    warnings.push({
      code: 'control-characters-removed',
      message: `${removed} control character(s) removed`,
      line: null,
    });
  }
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');

  const navigation = findNavigation(lines);
  warnings.push(...navigation.warnings);
  if (!navigation.found) {
    warnings.push({
      code: 'navigation-not-found',
      message: 'no site navigation found at the top of the page; the whole text is taken as the page',
      line: null,
    });
  }

  const { tokens: classified, dropped } = dropSiteResidue(
    classifyLines(lines.slice(navigation.bodyStart), navigation.bodyStart + 1),
  );
  for (const line of dropped) {
    warnings.push({
      code: 'site-residue-removed',
      message: `a row of the site's layout ("${(lines[line - 1] ?? '').trim().slice(0, 60)}") was removed`,
      line,
    });
  }
  const { tokens: unglued, split } = splitGluedLabels(classified);
  for (const line of split) {
    warnings.push({
      code: 'glued-heading-split',
      message: 'a heading glued to the list item after it was split from it',
      line,
    });
  }

  const heading = takeTitle(markFields(unglued), warnings);
  const isProfile = heading.rest.some((token) => token.type === 'field');
  // A profile page's title is read off its first sentence, once re-flowed; other pages fall back now.
  let title = heading.title ?? (isProfile ? null : fallback(options, warnings));
  const { tokens: body, joined } = reflowText(heading.rest);
  if (joined > 0) {
    warnings.push({
      code: 'lines-reflowed',
      message: `${joined} hard-wrapped line(s) joined to the line before`,
      line: null,
    });
  }
  const { dateline, tokens } = takeDateline(body);
  title ??= titleOfProfile(tokens) ?? fallback(options, warnings);

  const drafts = buildDraftBlocks(tokens);
  const { blocks, warnings: blockWarnings } = assignBlockIds(drafts);
  warnings.push(...blockWarnings);
  if (blocks.length === 0) {
    warnings.push({
      code: 'no-content',
      message: 'the page has no content after its navigation and title',
      line: null,
    });
  }

  const truncation = findTruncation(blocks);
  if (truncation) {
    warnings.push({
      code: 'truncated-ending',
      message: `the page ends mid-sentence: "…${tail(lastText(blocks))}"`,
      line: lines.length,
    });
  }

  const language = navigation.language ?? guessLanguage(blocks);
  return ok({
    page: { language, title, dateline, blocks, truncation },
    about: aboutSections(navigation.sections),
    warnings,
    hints: {
      category: heading.category?.text ?? null,
      kind: kindOf(heading.category, title, dateline, isProfile),
      date: dateOf(dateline, blocks, language),
    },
  });
}

type Title = DocumentContent['title'];

/**
 * The page's title line, after the category line some pages put above it ("Communiqué"),
 * and without the repeat of it some exports carry; null when the page has no title line.
 */
function takeTitle(
  tokens: readonly LineToken[],
  warnings: ParseWarning[],
): { title: Title | null; category: Category | null; rest: LineToken[] } {
  const contentIndexes = tokens.flatMap((token, index) =>
    token.type === 'blank' || token.type === 'dash' ? [] : [index],
  );
  const [firstIndex = -1, secondIndex = -1] = contentIndexes;
  const first = tokens[firstIndex];
  const second = tokens[secondIndex];
  const category = first?.type === 'text' && second?.type === 'text' ? categoryOf(first.text) : null;
  if (category && first) {
    warnings.push({
      code: 'category-line-removed',
      message: `the category line "${category.text}" above the title was taken as the page's category`,
      line: first.line,
    });
  }
  const titleIndex = category ? secondIndex : firstIndex;
  const candidate = tokens[titleIndex];
  const hasMore = tokens
    .slice(titleIndex + 1)
    .some((token) => token.type === 'text' || token.type === 'item' || token.type === 'field');
  if (candidate?.type !== 'text' || !hasMore || !looksLikeTitle(candidate.text)) {
    return { title: null, category, rest: tokens.slice(category ? secondIndex : 0) };
  }
  const rest = tokens.slice(titleIndex + 1);
  const repeatIndex = rest.findIndex((token) => token.type !== 'blank' && token.type !== 'dash');
  const repeat = rest[repeatIndex];
  if (repeat?.type === 'text' && foldText(repeat.text) === foldText(candidate.text)) {
    warnings.push({
      code: 'repeated-title-removed',
      message: 'the title was given twice at the top of the page; the repeat was removed',
      line: repeat.line,
    });
    rest.splice(repeatIndex, 1);
  }
  return { title: { text: candidate.text, source: 'page' }, category, rest };
}

function fallback(options: ParseOptions, warnings: ParseWarning[]): Title {
  const { text, source, warning } = fallbackTitle(options);
  warnings.push(warning);
  return { text, source };
}

/** A profile page's title: the name its first sentence introduces ("Processus de Rabat (…)"). */
function titleOfProfile(tokens: readonly LineToken[]): Title | null {
  const first = tokens.find((token) => token.type === 'text');
  const name = first?.type === 'text' ? introducedName(first.text) : null;
  return name === null ? null : { text: name, source: 'page' };
}

// "Communiqué de l'OIM à propos de…", "IOM Statement on…", "Déclaration de l'OIM…": the title
// says the page is the organisation's statement.
const STATEMENT_TITLE = /^(?:communique de l'oim|declaration de l'oim|iom statement|statement by)\b/u;

/** The kind the page's category line says, else the kind its shape says, else null. */
function kindOf(
  category: Category | null,
  title: Title,
  dateline: Dateline | null,
  isProfile: boolean,
): DocumentKind | null {
  if (category?.kind) return category.kind;
  if (isProfile) return 'reference';
  if (title.source === 'page' && STATEMENT_TITLE.test(foldText(title.text))) return 'statement';
  return dateline ? 'news' : null;
}

/** The date the dateline gives, or the one the first sentence opens with when the dateline gives none. */
function dateOf(dateline: Dateline | null, blocks: readonly Block[], language: Language | null): IsoDate | null {
  if (dateline?.dateText) return isoDateOf(dateline.dateText, language);
  const first = blocks[0];
  const opening = first?.kind === 'paragraph' ? openingDateText(first.text) : null;
  return opening === null ? null : isoDateOf(opening, language);
}

function takeDateline(tokens: readonly LineToken[]): { dateline: Dateline | null; tokens: LineToken[] } {
  const index = tokens.findIndex((token) => token.type !== 'blank');
  const first = tokens[index];
  if (first?.type !== 'text') return { dateline: null, tokens: [...tokens] };
  const { dateline, text } = splitDateline(first.text);
  if (!dateline) return { dateline: null, tokens: [...tokens] };
  const rest = [...tokens];
  rest[index] = { ...first, text };
  return { dateline, tokens: rest };
}

/** The last passage's text, for the truncation warning. */
const lastText = (blocks: readonly Block[]): string => passagesOf({ blocks }, 'fr').at(-1)?.text ?? '';

const tail = (text: string): string => (text.length > 40 ? text.slice(-40) : text);

// Without a navigation menu to tell the edition, a page's language is read off its most
// common short words.
function guessLanguage(blocks: readonly Block[]): Language | null {
  const words = passagesOf({ blocks }, 'fr').flatMap((passage) => wordsOf(passage.text));
  const fr = functionWordCount(words, 'fr');
  const en = functionWordCount(words, 'en');
  if (fr === en) return null;
  return fr > en ? 'fr' : 'en';
}
