import { afterEach, describe, expect, it, vi } from 'vitest';
import { metaContentSecurityPolicy } from '../../electron/main/content-security-policy';
import defineBundles from '../../electron.vite.config';

interface RendererConfig {
  server?: { port?: number; strictPort?: boolean };
  html?: { cspNonce?: string };
  plugins?: Array<{ name?: string; apply?: string; transformIndexHtml?: () => unknown } | unknown>;
}

const rendererFor = (command: 'serve' | 'build'): RendererConfig => {
  const config = (defineBundles as unknown as (env: { command: string; mode: string }) => { renderer: RendererConfig })(
    { command, mode: command === 'serve' ? 'development' : 'production' },
  );
  return config.renderer;
};

describe('the bundles configuration', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('in development: a fixed port, and a fresh nonce for Vite and for main alike', () => {
    vi.stubEnv('REPERES_DEV_CSP_NONCE', undefined);
    const renderer = rendererFor('serve');
    expect(renderer.server).toEqual({ port: 5173, strictPort: true });
    expect(renderer.html?.cspNonce).toMatch(/^[A-Za-z0-9+/]{22}==$/u);
    expect(process.env['REPERES_DEV_CSP_NONCE']).toBe(renderer.html?.cspNonce);
    expect(rendererFor('serve').html?.cspNonce).not.toBe(renderer.html?.cspNonce);
  });

  it('in a build: no nonce, and the policy written into the page as a meta element', () => {
    vi.stubEnv('REPERES_DEV_CSP_NONCE', undefined);
    const renderer = rendererFor('build');
    expect(renderer.html).toBeUndefined();
    expect(process.env['REPERES_DEV_CSP_NONCE']).toBeUndefined();
    const plugin = renderer.plugins?.find(
      (candidate): candidate is { name: string; apply: string; transformIndexHtml: () => unknown } =>
        (candidate as { name?: string }).name === 'reperes-csp-meta',
    );
    expect(plugin?.apply).toBe('build');
    expect(plugin?.transformIndexHtml()).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy() },
        injectTo: 'head-prepend',
      },
    ]);
  });
});
