import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { Route } from 'playwright-core';
import { projectRoot } from '../harness/paths';

/**
 * What the benchmarks that run app code in a bare Chromium page share: the page script
 * bundled with the app's `@shared/…` alias, and a loopback-named origin (IndexedDB needs one)
 * serving that page, its script and the bundled dataset, and nothing else.
 */

export const BENCH_ORIGIN = 'http://reperes-bench.localhost';

/** `@shared/…` as the app's bundles resolve it. */
const sharedAlias: Plugin = {
  name: 'shared-alias',
  setup(builder) {
    builder.onResolve({ filter: /^@shared\// }, (args) =>
      builder.resolve(`./${args.path.slice('@shared/'.length)}`, {
        kind: args.kind,
        resolveDir: join(projectRoot, 'shared'),
      }),
    );
  },
};

/** Bundles a page script of test/e2e/bench/ into `outDir`; returns its code. */
export async function bundleBenchPage(name: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${name}.js`);
  await build({
    entryPoints: [join(projectRoot, 'test', 'e2e', 'bench', `${name}.ts`)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile,
    plugins: [sharedAlias],
    logLevel: 'warning',
  });
  return readFileSync(outfile, 'utf8');
}

/** Serves `/` (a page loading the script), `/<name>.js` and `/dataset.json`; refuses anything else. */
export function serveBenchPage(route: Route, name: string, script: string, dataset: Buffer): Promise<void> {
  const { pathname } = new URL(route.request().url());
  if (!route.request().url().startsWith(`${BENCH_ORIGIN}/`)) return route.abort('blockedbyclient');
  if (pathname === '/') {
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/${name}.js"></script>`,
    });
  }
  if (pathname === `/${name}.js`) return route.fulfill({ contentType: 'text/javascript', body: script });
  if (pathname === '/dataset.json') return route.fulfill({ contentType: 'application/json', body: dataset });
  return route.fulfill({ status: 404, body: 'not found' });
}
