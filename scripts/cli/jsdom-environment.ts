import { JSDOM } from 'jsdom';
import type { ImportEnvironment } from '@shared/import/import-file';
import { createHtmlReader } from '../../renderer/src/import/html-reader';

/**
 * The import environment outside the app: jsdom's window for the same HTML reader the app
 * uses. jsdom runs no script and loads no resource unless asked to; neither is asked for,
 * and its DOMParser documents have scripting disabled anyway.
 */
export function jsdomImportEnvironment(): ImportEnvironment {
  const { window } = new JSDOM('');
  return { readHtml: createHtmlReader(window as unknown as Parameters<typeof createHtmlReader>[0]) };
}
