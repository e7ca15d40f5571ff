import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../seeds';

/** The bytes of a file under test/fixtures/import/, as a person would bring it. */
export const importFixture = (name: string): { name: string; bytes: Uint8Array } => ({
  name,
  bytes: new Uint8Array(readFileSync(join(projectRoot, 'test', 'fixtures', 'import', name))),
});

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Windows-1252 bytes of a text (its Latin-1 range, plus the curly apostrophe and the ellipsis). */
export function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '’': 0x92, '…': 0x85, '€': 0x80, œ: 0x9c, '–': 0x96 };
  return Uint8Array.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}

/** UTF-16 bytes of a text, with its byte-order mark. */
export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = [endian === 'le' ? 0xff : 0xfe, endian === 'le' ? 0xfe : 0xff];
  for (const unit of Array.from({ length: text.length }, (_, index) => text.charCodeAt(index))) {
    const [low, high] = [unit & 0xff, unit >> 8];
    bytes.push(...(endian === 'le' ? [low, high] : [high, low]));
  }
  return Uint8Array.from(bytes);
}
