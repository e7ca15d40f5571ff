import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { metaContentSecurityPolicy } from './electron/main/content-security-policy';
import { preloadFirstScreen } from './scripts/vite/preload-first-screen';

const root = import.meta.dirname;
// The same alias as tsconfig.json's `paths`, for every bundle.
const resolveShared = { alias: { '@shared': resolve(root, 'shared') } };

/**
 * The built page carries its Content-Security-Policy as a meta element too, besides the
 * header the app's scheme sends: a second line of defence, since no Electron test proves
 * that a custom scheme's response headers are enforced.
 */
const contentSecurityPolicyMeta = (): Plugin => ({
  name: 'reperes-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy() },
      injectTo: 'head-prepend',
    },
  ],
});

export default defineConfig(({ command }) => {
  // `npm run dev` only: Vite stamps this nonce on the `<script>` and `<style>` tags it injects,
  // and main, started by electron-vite with this process's environment, names it in the
  // development policy. One value per development session; a packaged app never reads it.
  const devNonce = command === 'serve' ? randomBytes(16).toString('base64') : undefined;
  if (devNonce) process.env['REPERES_DEV_CSP_NONCE'] = devNonce;
  return {
    main: {
      resolve: resolveShared,
      build: {
        outDir: 'out/main',
        rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
      },
    },
    preload: {
      resolve: resolveShared,
      build: {
        outDir: 'out/preload',
        // A sandboxed preload cannot load ES modules or other files: one CommonJS file.
        rollupOptions: {
          input: { index: resolve(root, 'electron/preload/index.ts') },
          output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
        },
      },
    },
    renderer: {
      root: resolve(root, 'renderer'),
      base: './',
      resolve: resolveShared,
      // A port that moved would be another origin, with another (empty) IndexedDB: fail instead.
      server: { port: 5173, strictPort: true },
      ...(devNonce ? { html: { cspNonce: devNonce } } : {}),
      build: {
        outDir: resolve(root, 'out/renderer'),
        minify: true,
        rollupOptions: {
          input: resolve(root, 'renderer/index.html'),
          // Each language's catalogue is a chunk of its own, named for its language.
          output: {
            chunkFileNames: (chunk) => {
              const language = chunk.moduleIds
                .map((id) => /locales[\\/](fr|en)[\\/]common\.json$/u.exec(id)?.[1])
                .find(Boolean);
              return language ? `assets/catalogue-${language}-[hash].js` : 'assets/[name]-[hash].js';
            },
          },
        },
      },
      // The interface's chunk is imported by the entry once it has started the database; fetch it with the entry.
      plugins: [react(), preloadFirstScreen(resolve(root, 'renderer/src/app/render.tsx')), contentSecurityPolicyMeta()],
    },
  };
});
