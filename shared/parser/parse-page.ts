import type { Block, Dateline, DocumentContent, ParseWarning } from '../document/schema';
import type { Language } from '../document/vocabulary';
import { passagesOf } from '../document/passages';
import { err, ok, type Result } from '../result';
import { functionWordCount, wordsOf } from '../text/function-words';
import { checkPageText, stripControlCharacters, type PageInputError } from '../text/page-input';
import { buildDraftBlocks } from './blocks';
import { assignBlockIds } from './block-ids';
import { splitDateline } from './dateline';
import { classifyLines, reflowText, splitGluedLabels, type LineToken } from './lines';
import { aboutSections, findNavigation, type NavigationSection } from './navigation';
import { fallbackTitle, looksLikeTitle, type TitleFallback } from './title';
import { findTruncation } from './truncation';

export interface ParseOptions extends TitleFallback {}

export interface ParsedPageResult {
  page: DocumentContent;
  /** The organisation blurb and structure found in the page's navigation, if any. */
  about: NavigationSection[];
  warnings: ParseWarning[];
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
  if (navigation.language === null) {
    warnings.push({
      code: 'navigation-not-found',
      message: 'no site navigation found at the top of the page; the whole text is taken as the page',
      line: null,
    });
  }

  const { tokens: unglued, split } = splitGluedLabels(
    classifyLines(lines.slice(navigation.bodyStart), navigation.bodyStart + 1),
  );
  for (const line of split) {
    warnings.push({
      code: 'glued-heading-split',
      message: 'a heading glued to the list item after it was split from it',
      line,
    });
  }

  const { title, rest } = takeTitle(unglued, options, warnings);
  const { tokens: body, joined } = reflowText(rest);
  if (joined > 0) {
    warnings.push({
      code: 'lines-reflowed',
      message: `${joined} hard-wrapped line(s) joined to the line before`,
      line: null,
    });
  }
  const { dateline, tokens } = takeDateline(body);

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

  return ok({
    page: { language: navigation.language ?? guessLanguage(blocks), title, dateline, blocks, truncation },
    about: aboutSections(navigation.sections),
    warnings,
  });
}

function takeTitle(
  tokens: readonly LineToken[],
  options: ParseOptions,
  warnings: ParseWarning[],
): { title: DocumentContent['title']; rest: LineToken[] } {
  const firstIndex = tokens.findIndex((token) => token.type !== 'blank' && token.type !== 'dash');
  const first = tokens[firstIndex];
  const hasMore = tokens.slice(firstIndex + 1).some((token) => token.type === 'text' || token.type === 'item');
  if (first?.type === 'text' && hasMore && looksLikeTitle(first.text)) {
    return { title: { text: first.text, source: 'page' }, rest: tokens.slice(firstIndex + 1) };
  }
  const fallback = fallbackTitle(options);
  warnings.push(fallback.warning);
  return { title: { text: fallback.text, source: fallback.source }, rest: [...tokens] };
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
