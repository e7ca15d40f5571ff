import { describe, expect, it } from 'vitest';
import { decodePageBytes, MAX_PAGE_BYTES } from '@shared/text/page-input';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodePageBytes', () => {
  it('decodes UTF-8 text and drops a byte-order mark', () => {
    expect(decodePageBytes(utf8('\uFEFFÉtats membres'))).toEqual({ ok: true, value: 'États membres' });
  });

  it('refuses an empty file', () => {
    expect(decodePageBytes(bytes())).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('refuses binary data', () => {
    expect(decodePageBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01))).toMatchObject({
      ok: false,
      error: { code: 'binary' },
    });
  });

  it('refuses text that is not UTF-8 (Latin-1 "é")', () => {
    expect(decodePageBytes(bytes(0x45, 0x74, 0x61, 0x74, 0xe9, 0x73))).toMatchObject({
      ok: false,
      error: { code: 'not-utf8' },
    });
  });

  it('refuses a file far larger than any page', () => {
    expect(decodePageBytes(new Uint8Array(MAX_PAGE_BYTES + 1).fill(0x61))).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });
});
