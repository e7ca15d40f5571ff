import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sourceUrlOf } from '@shared/import/source-url';

// The document schema's rule for a source address.
const schemaAccepts = (url: string): boolean => z.url({ protocol: /^https$/ }).safeParse(url).success;

describe('sourceUrlOf', () => {
  it('takes the first https address', () => {
    expect(sourceUrlOf([null, '/relative', 'https://www.iom.int/news/a?x=1#top', 'https://b.example'])).toEqual({
      url: 'https://www.iom.int/news/a?x=1#top',
      insecure: null,
    });
  });

  it('keeps no http address, and names the one it passed over', () => {
    expect(sourceUrlOf(['http://www.iom.int/a'])).toEqual({ url: null, insecure: 'http://www.iom.int/a' });
  });

  it.each([
    'javascript:alert(1)',
    'https://',
    'https://exa mple.org',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'https://localhost/a',
  ])('refuses %j', (url) => {
    expect(sourceUrlOf([url]).url).toBeNull();
  });

  it.each(['https://www.iom.int/fr/news/a', 'https://rosenegal.iom.int:8443/path?q=é', 'https://例え.jp/'])(
    'accepts only what the document schema accepts too: %j',
    (url) => {
      expect(sourceUrlOf([url]).url).toBe(url);
      expect(schemaAccepts(url)).toBe(true);
    },
  );
});
