import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { passagesOf } from '@shared/document/passages';
import type { Language } from '@shared/document/vocabulary';
import { firstMentions } from '@shared/glossary/first-mentions';
import { useGlossary } from '../glossary/GlossaryContext';
import type { DocumentView } from './document-view';

/** Entries first mentioned in a passage's section, by `language:passageId` (the text's language). */
type Mentions = ReadonlyMap<string, ReadonlySet<string>>;

/** Every entry the document mentions, in the order of first mention: a printed copy lists them. */
const MentionedEntriesContext = createContext<readonly string[]>([]);

const FirstMentionsContext = createContext<Mentions | null>(null);
const NONE: ReadonlySet<string> = new Set();

/** The first mention of each glossary term per section, for every column the reader shows. */
export function FirstMentionsProvider({
  view,
  languages,
  children,
}: {
  view: Pick<DocumentView, 'walkable'>;
  languages: readonly Language[];
  children: ReactNode;
}) {
  const { matchers } = useGlossary();
  const { walkable } = view;
  const columns = languages.join(' ');
  const mentions = useMemo(() => {
    const all = new Map<string, Set<string>>();
    for (const column of columns.split(' ') as Language[]) {
      const passages = passagesOf(walkable, column);
      const languageOf = new Map(passages.map((passage) => [passage.id, passage.language]));
      for (const [id, entries] of firstMentions(passages, matchers)) {
        const key = `${languageOf.get(id)}:${id}`;
        all.set(key, new Set([...(all.get(key) ?? []), ...entries]));
      }
    }
    return all;
  }, [walkable, columns, matchers]);
  const mentioned = useMemo(() => [...new Set([...mentions.values()].flatMap((entries) => [...entries]))], [mentions]);
  return (
    <FirstMentionsContext.Provider value={mentions}>
      <MentionedEntriesContext.Provider value={mentioned}>{children}</MentionedEntriesContext.Provider>
    </FirstMentionsContext.Provider>
  );
}

/** The glossary entries the document mentions, in order of first mention. */
export const useMentionedEntries = (): readonly string[] => useContext(MentionedEntriesContext);

/**
 * The entries first mentioned in this passage's section, in this text; null outside a reader,
 * where every term is marked.
 */
export function useFirstMentions(passageId: string, language: Language): ReadonlySet<string> | null {
  const mentions = useContext(FirstMentionsContext);
  if (mentions === null) return null;
  return mentions.get(`${language}:${passageId}`) ?? NONE;
}
