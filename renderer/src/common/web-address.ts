/** Only https addresses are offered as links; others are shown to copy. */
export function isSafeWebAddress(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
