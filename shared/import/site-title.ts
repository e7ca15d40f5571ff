import { foldText } from '../text/fold';

/** How IOM's sites sign their page titles, folded (no case, no accents). */
const IOM_SITE_NAMES = [
  'international organization for migration',
  'organisation internationale pour les migrations',
  'iom',
  'oim',
  'un migration',
  'onu migration',
  'iom un migration',
  'oim onu migration',
];

// "Title | Site", "Title - Site", "Title – Site", "Title — Site", "Title :: Site", "Title · Site".
const SEPARATOR = /\s+(?:\||-|–|—|::|·)\s+/u;

/**
 * A page title without the site's name that browsers show after it: "Migrants in Libya |
 * International Organization for Migration" → "Migrants in Libya". A part is dropped only
 * when it names IOM or the site (`og:site_name`), so a title with a dash of its own stays whole.
 */
export function withoutSiteName(title: string, siteName: string | null = null): string {
  const names = new Set(IOM_SITE_NAMES);
  if (siteName?.trim()) names.add(foldText(siteName.trim()));
  const isSiteName = (part: string): boolean =>
    names.has(
      foldText(part)
        .replace(/[^\p{L}\p{N} ]+/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim(),
    );
  const parts = title.trim().split(SEPARATOR);
  while (parts.length > 1 && isSiteName(parts.at(-1) ?? '')) parts.pop();
  while (parts.length > 1 && isSiteName(parts[0] ?? '')) parts.shift();
  // Separators inside the title stand as they were written.
  return parts.length === title.trim().split(SEPARATOR).length ? title.trim() : rejoin(title.trim(), parts);
}

/** The stretch of the original title that holds the kept parts, with its own separators. */
function rejoin(title: string, parts: readonly string[]): string {
  const first = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  const start = title.indexOf(first);
  const end = title.lastIndexOf(last) + last.length;
  return title.slice(start, end).trim();
}
