/** Only https addresses are offered as links; others are shown to copy. */
export function isSafeWebAddress(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A web address short enough for a link label: host and path, without the scheme ("www.iom.int/about-rcps"). */
export function shortWebAddress(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    const address = `${host}${pathname === '/' ? '' : pathname}`;
    return address.length > 60 ? `${address.slice(0, 59)}…` : address;
  } catch {
    return url;
  }
}
