import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '@shared/document/vocabulary';
import { createTermMatcher, type TermMatcher } from '@shared/glossary/match';
import { useServices } from '../services/context';
import { listGlossary } from '../db/queries';
import type { GlossaryRow } from '../db/schema';

interface Glossary {
  entries: ReadonlyMap<string, GlossaryRow>;
  matchers: Readonly<Record<Language, TermMatcher>>;
}

const none: Glossary = { entries: new Map(), matchers: { fr: () => [], en: () => [] } };
const GlossaryContext = createContext<Glossary>(none);

/** Loads the glossary once and builds one term matcher per language for every view. */
export function GlossaryProvider({ children }: { children: ReactNode }) {
  const { db } = useServices();
  const rows = useLiveQuery(() => listGlossary(db), [db]);
  const glossary = useMemo<Glossary>(
    () =>
      rows
        ? {
            entries: new Map(rows.map((row) => [row.id, row])),
            matchers: { fr: createTermMatcher(rows, 'fr'), en: createTermMatcher(rows, 'en') },
          }
        : none,
    [rows],
  );
  return <GlossaryContext.Provider value={glossary}>{children}</GlossaryContext.Provider>;
}

export const useGlossary = (): Glossary => useContext(GlossaryContext);
