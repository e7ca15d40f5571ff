import { afterEach } from 'vitest';
import { launchApp, type AppHandle, type LaunchOptions } from './app-handle';

/**
 * For specs that start the app inside each test: gives the function that starts it. Whatever
 * a test started is closed after it, also when the test fails half-way; starting again (a
 * restart on the same profile) first closes the app still running. Closing twice is harmless.
 */
export function appPerTest(): (options?: Partial<LaunchOptions>) => Promise<AppHandle> {
  let running: AppHandle | null = null;
  afterEach(async () => {
    await running?.close();
    running = null;
  });
  return async (options = {}) => {
    await running?.close();
    const app = await launchApp(options);
    let closed: Promise<void> | null = null;
    running = { ...app, close: () => (closed ??= app.close()) };
    return running;
  };
}
