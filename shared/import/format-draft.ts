import type { DocumentContent, IsoDate, ParseWarning } from '../document/schema';

/** What one format's reader makes of a file, before the common steps (kind, date, place, hash). */
export interface FormatDraft {
  content: DocumentContent;
  /** The kind the file declares (front matter), unchecked. */
  declaredKind: unknown;
  /** The date the file's metadata gives (front matter, HTML metadata). */
  metadataDate: IsoDate | null;
  /** Candidate source addresses, best first (canonical, og:url, front matter `source`). */
  urls: string[];
  warnings: ParseWarning[];
}
