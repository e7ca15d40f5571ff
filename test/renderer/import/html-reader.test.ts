import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, requestInterceptor } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createHtmlReader, type HtmlReaderWindow } from '../../../renderer/src/import/html-reader';
import { projectRoot } from '../../seeds';

/** A window that would run scripts and fetch whatever a document asks for, and records each fetch. */
function riskyWindow(): { window: Window & HtmlReaderWindow & { pwned?: boolean }; fetched: string[] } {
  const fetched: string[] = [];
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', {
    runScripts: 'dangerously',
    url: 'https://app.invalid/',
    resources: {
      // Every request is recorded and answered here: none reaches the network.
      interceptors: [
        requestInterceptor((request) => {
          fetched.push(request.url);
          return Promise.resolve(new Response(''));
        }) as never,
      ],
    },
  });
  return { window: window as unknown as Window & HtmlReaderWindow & { pwned?: boolean }, fetched };
}

const fixture = (name: string): string => readFileSync(join(projectRoot, 'test', 'fixtures', 'import', name), 'utf8');

describe('createHtmlReader', () => {
  it('is tested in a window that does run and fetch what its own document holds (the control)', async () => {
    const { window, fetched } = riskyWindow();
    const inline = window.document.createElement('script');
    inline.textContent = 'window.pwned = true';
    window.document.body.append(inline);
    const remote = window.document.createElement('script');
    const loaded = new Promise((resolve) => remote.addEventListener('load', resolve));
    remote.src = 'https://evil.example/remote.js';
    window.document.body.append(remote);
    await loaded;
    expect(window.pwned).toBe(true);
    expect(fetched).toEqual(['https://evil.example/remote.js']);
  });

  it('runs none of the page’s scripts or handlers, and fetches nothing, even in a window that would', async () => {
    const { window, fetched } = riskyWindow();
    const read = createHtmlReader(window)(fixture('hostile.html'));
    // Give any load the document might have started the time to reach the loader.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read?.article).not.toBeNull();
    expect(window.pwned).toBeUndefined();
    expect(fetched).toEqual([]);
  });

  it('hands over a tree with no attributes and no element outside the allowed text elements', () => {
    const read = createHtmlReader(new JSDOM('').window as unknown as HtmlReaderWindow)(fixture('hostile.html'));
    const tags = new Set<string>();
    const visit = (node: unknown): void => {
      if (typeof node === 'string') return;
      const element = node as { tag: string; children: unknown[] };
      expect(Object.keys(element).sort()).toEqual(['children', 'tag']);
      tags.add(element.tag);
      element.children.forEach(visit);
    };
    visit(read?.article);
    for (const tag of [
      'script',
      'img',
      'iframe',
      'form',
      'input',
      'button',
      'object',
      'svg',
      'style',
      'meta',
      'link',
    ]) {
      expect(tags).not.toContain(tag);
    }
  });

  it('reads the metadata: language, titles, site name, dates (JSON-LD as data), addresses, forms', () => {
    const read = createHtmlReader(new JSDOM('').window as unknown as HtmlReaderWindow)(fixture('iom-news-saved.html'));
    expect(read?.metadata).toEqual({
      lang: 'en',
      locale: 'en_US',
      documentTitle: 'IOM Opens New Migrant Resource Centre in Dakar | International Organization for Migration',
      ogTitle: 'IOM Opens New Migrant Resource Centre in Dakar',
      siteName: 'International Organization for Migration',
      heading: 'IOM Opens New Migrant Resource Centre in Dakar',
      dates: ['2024-05-03T09:30:00+00:00', '2024-05-03T09:30:00+00:00', '2024-05-03'],
      urls: [
        'https://www.iom.int/news/iom-opens-new-migrant-resource-centre-dakar',
        'https://www.iom.int/news/iom-opens-new-migrant-resource-centre-dakar',
      ],
      formCount: 2,
    });
  });

  it('ignores JSON-LD that is not JSON', () => {
    const page =
      '<html><head><script type="application/ld+json">{"datePublished": "2020-01-01", oops</script></head><body><article><h1>T</h1><p>Texte.</p></article></body></html>';
    expect(createHtmlReader(new JSDOM('').window as unknown as HtmlReaderWindow)(page)?.metadata.dates).toEqual([]);
  });

  it('takes the article’s own h1 rather than a logo’s h1 in the site header', () => {
    const page =
      '<html><body><header><h1>IOM</h1></header><main><h1>Le vrai titre</h1><p>Un texte.</p></main></body></html>';
    expect(createHtmlReader(new JSDOM('').window as unknown as HtmlReaderWindow)(page)?.metadata.heading).toBe(
      'Le vrai titre',
    );
  });
});
