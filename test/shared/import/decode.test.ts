import { describe, expect, it } from 'vitest';
import { decodeImportBytes, MAX_IMPORT_BYTES } from '@shared/import/decode';
import { cp1252, utf16, utf8 } from './import-fixtures';

const decode = (bytes: Uint8Array, html = false) => decodeImportBytes(bytes, { html });
const textOf = (bytes: Uint8Array, html = false): string => {
  const result = decode(bytes, html);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.text;
};

describe('decodeImportBytes refuses what is not text', () => {
  it('refuses an empty file', () => {
    expect(decode(new Uint8Array())).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('refuses a 50 MB file by its length, without decoding it', () => {
    // Bytes that are not UTF-8 and would need the detector: only the length check can answer.
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0xe9);
    const result = decode(bytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(result.ok ? '' : result.error.message).toContain('50.0 MiB');
  });

  it('accepts a file of exactly the limit', () => {
    expect(decode(new Uint8Array(MAX_IMPORT_BYTES).fill(0x61)).ok).toBe(true);
  });

  it.each([
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41, 0x42], 'a PNG image'],
    ['a PDF', [...utf8('%PDF-1.7\nsome text')], 'a PDF document'],
    ['a Word document', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'a ZIP archive'],
    ['bytes with NUL in them', [...utf8('abc'), 0, ...utf8('def')], 'NUL bytes'],
  ])('refuses %s as binary, naming it', (_name, bytes, message) => {
    const result = decode(Uint8Array.from(bytes));
    expect(result).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(result.ok ? '' : result.error.message).toContain(message);
  });

  it('refuses text that is mostly control characters', () => {
    expect(decode(utf8('\u0001\u0002\u0003\u0004\u0005abc'))).toMatchObject({ ok: false, error: { code: 'binary' } });
  });

  it('refuses a file of only spaces and line breaks as having no text', () => {
    expect(decode(utf8(' \r\n\t\n  '))).toMatchObject({ ok: false, error: { code: 'no-text' } });
  });

  it('refuses a UTF-16 file whose bytes break off mid-character', () => {
    const bytes = utf16('réunion', 'le').slice(0, -1);
    expect(decode(bytes)).toMatchObject({ ok: false, error: { code: 'undecodable' } });
  });
});

describe('decodeImportBytes reads the encodings people save in', () => {
  it('reads UTF-8 with a byte-order mark and Windows line endings, without the mark', () => {
    const text = textOf(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Réunion\r\nGenève\r\n')]));
    expect(text).toBe('Réunion\r\nGenève\r\n');
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s with its byte-order mark', (endian) => {
    expect(textOf(utf16('La réunion de l’OIM', endian))).toBe('La réunion de l’OIM');
  });

  it('reads Windows-1252 text as such, and says it was not UTF-8', () => {
    const result = decode(cp1252('Compte rendu de la réunion d’hier à Genève…'));
    expect(result).toMatchObject({
      ok: true,
      value: { text: 'Compte rendu de la réunion d’hier à Genève…', encoding: 'windows-1252' },
    });
    expect(result.ok && result.value.warnings.map((warning) => warning.code)).toEqual(['legacy-encoding']);
  });

  it('reads a single Latin-1 word ("réunion")', () => {
    expect(textOf(cp1252('réunion'))).toBe('réunion');
  });

  it("honours a web page's declared charset", () => {
    const page = cp1252('<html><head><meta charset="iso-8859-1"></head><body>Réunion à Genève</body></html>');
    const result = decode(page, true);
    expect(result).toMatchObject({ ok: true, value: { encoding: 'iso-8859-1', warnings: [] } });
    expect(result.ok && result.value.text).toContain('Réunion à Genève');
  });

  it('reads a page that declares UTF-16 without being it as UTF-8, as browsers do', () => {
    const page = utf8('<html><head><meta charset="utf-16"></head><body>Réunion à Genève</body></html>');
    expect(textOf(page, true)).toContain('Réunion à Genève');
  });

  it('honours an http-equiv Content-Type declaration', () => {
    const page = cp1252(
      '<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252"></HEAD>Été</HTML>',
    );
    expect(textOf(page, true)).toContain('Été');
  });

  it('detects the encoding instead when a page declares UTF-8 but is not, and says so', () => {
    const page = cp1252('<html><head><meta charset="utf-8"></head><body>Réunion à Genève</body></html>');
    const result = decode(page, true);
    expect(result.ok && result.value.text).toContain('Réunion à Genève');
    expect(result.ok && result.value.warnings.map((warning) => warning.code)).toEqual([
      'declared-charset-wrong',
      'legacy-encoding',
    ]);
  });

  it('ignores a charset declaration in a file that is not a web page', () => {
    expect(textOf(cp1252('Exemple : <meta charset="koi8-r"> écrit dans une note de réunion'))).toContain('écrit');
  });

  it('removes a few stray control characters and says how many', () => {
    const result = decode(
      utf8('Une ligne\u0007 de texte assez longue pour que deux caractères de contrôle\u001b soient rares.'),
    );
    expect(result.ok && result.value.text).toBe(
      'Une ligne de texte assez longue pour que deux caractères de contrôle soient rares.',
    );
    expect(result.ok && result.value.warnings[0]?.message).toBe('2 control character(s) removed');
  });
});
