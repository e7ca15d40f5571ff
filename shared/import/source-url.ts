// An https address with a host name: a conservative subset of what the document schema's
// `z.url({ protocol: /^https$/ })` accepts, checked without zod so that the renderer's
// import does not carry the validator (the renderer imports only the schema's types).
const HTTPS_URL = /^https:\/\/(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]+(?::\d{1,5})?(?:[/?#][^\s<>"]*)?$/iu;

/** The first candidate that is an https address, and the first http one passed over. */
export function sourceUrlOf(candidates: ReadonlyArray<string | null | undefined>): {
  url: string | null;
  insecure: string | null;
} {
  let insecure: string | null = null;
  for (const candidate of candidates) {
    const text = candidate?.trim();
    if (!text) continue;
    if (HTTPS_URL.test(text)) return { url: text, insecure: null };
    if (/^http:\/\//iu.test(text)) insecure ??= text;
  }
  return { url: null, insecure };
}
