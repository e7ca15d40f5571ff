import type { Block, Dateline } from '../document/schema';
import { blockTexts } from '../document/passages';
import { sha256Hex } from '../hash';
import { normaliseForFingerprint } from '../text/normalise';

/**
 * The fingerprint of a draft's text: its dateline and every block's text, normalised (NFC,
 * single spaces), one per line. The same text imported twice, from an .html, a .md or a
 * .txt under any name, has the same hash; the title (which may come from the file name) does not count.
 */
export function contentHashOf(content: { dateline: Dateline | null; blocks: readonly Block[] }): string {
  const texts = [...(content.dateline ? [content.dateline.raw] : []), ...content.blocks.flatMap(blockTexts)];
  return sha256Hex(texts.map(normaliseForFingerprint).join('\n'));
}
