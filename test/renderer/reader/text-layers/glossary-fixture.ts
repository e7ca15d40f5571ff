import { createTermMatcher } from '@shared/glossary/match';
import type { GlossaryRow } from '../../../../renderer/src/db/schema';

/** Two glossary entries, as the reader holds them, for the range sources' tests. */
export const GCM: GlossaryRow = {
  id: 'gcm',
  kind: 'acronym',
  terms: { fr: ['GCM', 'Pacte mondial'], en: ['GCM', 'Global Compact'] },
  expansion: {
    fr: 'Pacte mondial pour des migrations sûres, ordonnées et régulières',
    en: 'Global Compact for Migration',
  },
  definition: { fr: 'Le Pacte adopté en 2018.', en: 'The Compact adopted in 2018.' },
  source: 'https://www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/73/195',
  occurrences: [],
};

export const IOM: GlossaryRow = {
  id: 'iom',
  kind: 'acronym',
  terms: { fr: ['OIM'], en: ['IOM'] },
  expansion: { fr: 'Organisation internationale pour les migrations', en: 'International Organization for Migration' },
  definition: { fr: 'L’agence des Nations Unies pour les migrations.', en: 'The UN migration agency.' },
  source: 'https://www.iom.int/who-we-are',
  occurrences: [],
};

export const glossaryEntries: ReadonlyMap<string, GlossaryRow> = new Map([GCM, IOM].map((entry) => [entry.id, entry]));
export const matchFrenchTerms = createTermMatcher([GCM, IOM], 'fr');
