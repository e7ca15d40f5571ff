import { analyse } from 'chardet';

/**
 * How much of a file the charset detector reads: enough text to be sure of a Western
 * encoding, and it keeps the detector (which is linear but slow, ~3 s on 5 MiB) quick.
 */
const DETECTION_SAMPLE_BYTES = 64 * 1024;
/** Where a page's `<meta charset>` must stand, as browsers look for it (the spec says 1024; saved pages pad their head). */
const DECLARATION_SCAN_BYTES = 4096;

/** The label TextDecoder knows an encoding by, or null when it knows no such encoding. */
export function supportedEncoding(label: string): string | null {
  try {
    new TextDecoder(label).decode(new Uint8Array(0));
    return label.toLowerCase();
  } catch {
    return null;
  }
}

// `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w:.-]+)/iu;

/** The charset an HTML page declares near its top, or null when it declares none. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Every byte maps to one character in windows-1252, and the declaration itself is ASCII.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, DECLARATION_SCAN_BYTES));
  return META_CHARSET.exec(head)?.[1] ?? null;
}

// Western European encodings: what a French or English text that is not UTF-8 was saved in.
// For WHATWG decoders ISO-8859-1 is windows-1252 anyway, and cp1252 is what Windows writes.
const WESTERN = new Set(['ISO-8859-1', 'windows-1252', 'ISO-8859-15']);
/** Below this confidence (0–100) a non-Western guess is noise on a short French text. */
const TRUSTED_CONFIDENCE = 50;

/**
 * The encoding of bytes that are not UTF-8, as the detector reads them: a Western one unless
 * the detector is confident of another that TextDecoder knows; null when it has no idea.
 */
export function detectEncoding(bytes: Uint8Array): string | null {
  const matches = analyse(bytes.subarray(0, DETECTION_SAMPLE_BYTES)).filter(
    (match) => !match.name.startsWith('UTF') && match.name !== 'ASCII' && supportedEncoding(match.name) !== null,
  );
  const [best] = matches;
  if (!best) return null;
  if (WESTERN.has(best.name)) return 'windows-1252';
  if (best.confidence >= TRUSTED_CONFIDENCE) return best.name.toLowerCase();
  return matches.some((match) => WESTERN.has(match.name)) ? 'windows-1252' : null;
}
