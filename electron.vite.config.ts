import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { preloadFirstScreen } from './scripts/vite/preload-first-screen';

const root = import.meta.dirname;
// The same alias as tsconfig.json's `paths`, for every bundle.
const resolveShared = { alias: { '@shared': resolve(root, 'shared') } };

export default defineConfig({
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
    plugins: [react(), preloadFirstScreen(resolve(root, 'renderer/src/app/render.tsx'))],
  },
});
