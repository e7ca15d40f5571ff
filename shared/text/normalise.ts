/** Canonical form of a text for fingerprints: NFC, single spaces, trimmed. Case and accents count. */
export function normaliseForFingerprint(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
