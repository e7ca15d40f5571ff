import { z } from 'zod';

// The document schema's own rule: a document's source address is https.
const HttpsUrl = z.url({ protocol: /^https$/ });

/** The first candidate that is an https address, and whether an http one was passed over. */
export function sourceUrlOf(candidates: ReadonlyArray<string | null | undefined>): {
  url: string | null;
  insecure: string | null;
} {
  let insecure: string | null = null;
  for (const candidate of candidates) {
    const text = candidate?.trim();
    if (!text) continue;
    if (HttpsUrl.safeParse(text).success) return { url: text, insecure: null };
    if (/^http:\/\//iu.test(text)) insecure ??= text;
  }
  return { url: null, insecure };
}
