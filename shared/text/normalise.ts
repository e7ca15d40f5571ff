/** Canonical form of a text for fingerprints and comparisons: NFC, single spaces, trimmed. */
export function normaliseForFingerprint(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Canonical form for "is this the same label?" comparisons: also case- and apostrophe-insensitive. */
export function normaliseForComparison(text: string): string {
  return normaliseForFingerprint(text).replace(/[’ʼ]/gu, "'").toLocaleLowerCase('fr');
}
