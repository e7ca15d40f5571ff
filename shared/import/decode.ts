import { MAX_IMPORT_FILE_BYTES } from '../library/vocabulary';
import type { ParseWarning } from '../document/schema';
import { err, ok, type Result } from '../result';
import { binaryFileKind } from './binary-signatures';
import { declaredCharset, detectEncoding, supportedEncoding } from './charset';
import { importError, type ImportError } from './import-error';

/**
 * The largest file we import: a long report saved as HTML is a few hundred kilobytes. The
 * check reads only the length, so a 50 MB file is refused before anything is decoded.
 */
/** The library's limit: the main process refuses a bigger file before reading it, this before decoding it. */
export const MAX_IMPORT_BYTES = MAX_IMPORT_FILE_BYTES;

export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding it was read in, as TextDecoder names it. */
  encoding: string;
  warnings: ParseWarning[];
}

const BOMS: ReadonlyArray<{ encoding: string; bytes: readonly number[] }> = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

// Control characters other than tab, line feed, form feed and carriage return.
// oxlint-disable-next-line no-control-regex -- counting control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/gu;
/** More control characters than this share of the text: the bytes were not text. */
const MAX_CONTROL_SHARE = 0.05;

/** Decodes strictly: an invalid sequence is an error, never a replacement character. */
function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Turns the bytes of a file into text, or says in one sentence why they are not text.
 * A byte-order mark decides first, then (for a web page) its declared charset, then UTF-8,
 * then the charset detector.
 */
export function decodeImportBytes(bytes: Uint8Array, options: { html: boolean }): Result<DecodedText, ImportError> {
  if (bytes.length === 0) return err(importError('empty', 'the file is empty (0 bytes): there is nothing to import'));
  if (bytes.length > MAX_IMPORT_BYTES) {
    return err(
      importError(
        'too-large',
        `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MiB; files over ${MAX_IMPORT_BYTES / 1024 / 1024} MiB are not imported (a long page is a few hundred KB)`,
      ),
    );
  }
  const decoded = decodeText(bytes, options);
  if (!decoded.ok) return decoded;
  return checkText(decoded.value);
}

function decodeText(bytes: Uint8Array, options: { html: boolean }): Result<DecodedText, ImportError> {
  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
  if (bom) {
    const text = decodeStrict(bytes, bom.encoding);
    if (text === null) {
      return err(
        importError(
          'undecodable',
          `the file starts as ${bom.encoding.toUpperCase()} text but is not valid ${bom.encoding.toUpperCase()}`,
        ),
      );
    }
    return ok({ text, encoding: bom.encoding, warnings: [] });
  }
  const kind = binaryFileKind(bytes);
  if (kind)
    return err(importError('binary', `the file is ${kind}, not text; save it as .txt, .html or .md and import that`));
  if (bytes.includes(0)) {
    return err(
      importError('binary', 'the file is binary (it contains NUL bytes), not text; save it as .txt, .html or .md'),
    );
  }

  const warnings: ParseWarning[] = [];
  const declared = options.html ? declaredCharset(bytes) : null;
  // As browsers do (HTML spec, "prescan"), a page's own claim to be UTF-16 is read as
  // UTF-8: a file that really is UTF-16 carries a byte-order mark, handled above.
  const declaredEncoding =
    declared === null ? null : /^utf-?16/iu.test(declared) ? 'utf-8' : supportedEncoding(declared);
  if (declaredEncoding !== null) {
    const text = decodeStrict(bytes, declaredEncoding);
    if (text !== null) return ok({ text, encoding: declaredEncoding, warnings });
    warnings.push({
      code: 'declared-charset-wrong',
      message: `the page says it is in ${declared} but is not; its encoding was detected instead`,
      line: null,
    });
  }

  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return ok({ text: utf8, encoding: 'utf-8', warnings });

  const detected = detectEncoding(bytes);
  const text = detected === null ? null : decodeStrict(bytes, detected);
  if (detected === null || text === null) {
    return err(
      importError(
        'undecodable',
        'the file is not UTF-8 and its encoding could not be recognised; save it as UTF-8 and try again',
      ),
    );
  }
  warnings.push({
    code: 'legacy-encoding',
    message: `the file is not UTF-8; it was read as ${detected} (detected), check accented letters in the preview`,
    line: null,
  });
  return ok({ text, encoding: detected, warnings });
}

function checkText(decoded: DecodedText): Result<DecodedText, ImportError> {
  const text = decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
  if (text.includes('\u0000')) {
    return err(importError('binary', 'the text contains NUL characters: it is binary data, not text'));
  }
  const controls = text.match(CONTROL_CHARACTERS)?.length ?? 0;
  if (controls / Math.max(text.length, 1) > MAX_CONTROL_SHARE) {
    return err(importError('binary', 'the file is mostly control characters: it is binary data, not text'));
  }
  if (text.trim() === '')
    return err(importError('no-text', 'the file holds only spaces and line breaks: there is no text to import'));
  if (controls === 0) return ok({ ...decoded, text });
  return ok({
    ...decoded,
    text: text.replace(CONTROL_CHARACTERS, ''),
    warnings: [
      ...decoded.warnings,
      { code: 'control-characters-removed', message: `${controls} control character(s) removed`, line: null },
    ],
  });
}
