import type { Plugin } from 'vite';

/**
 * Adds `<link rel="modulepreload">` to the page for a dynamically imported chunk and every
 * chunk it imports statically. The renderer's entry imports the interface's chunk only once
 * its own code has run (it starts the database and the dataset check first); without these
 * links the browser would fetch that chunk only then, one round trip after the entry.
 */
export function preloadFirstScreen(moduleId: string): Plugin {
  return {
    name: 'reperes:preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const start = chunks.find((chunk) => chunk.facadeModuleId === moduleId);
        if (!start) throw new Error(`preload-first-screen: no chunk for ${moduleId}`);
        const files = new Set<string>();
        const visit = (fileName: string): void => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? []) visit(imported);
        };
        visit(start.fileName);
        // The entry and what it imports statically are already in the page.
        return [...files]
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
