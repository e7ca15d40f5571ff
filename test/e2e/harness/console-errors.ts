import type { Page } from 'playwright-core';

/** Collects what the page logs as errors or throws, for specs to assert there were none. */
export function recordConsoleErrors(page: Page): () => string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return () => [...errors];
}
