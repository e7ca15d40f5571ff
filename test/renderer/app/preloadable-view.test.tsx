import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { preloadableView } from '../../../renderer/src/app/preloadable-view';

const Greeting = ({ name }: { name: string }) => <p>Bonjour {name}</p>;

describe('a preloadable view', () => {
  it('renders at once, without suspending, once its code is fetched', async () => {
    const load = vi.fn(async () => Greeting);
    const { View, preload } = preloadableView(load);
    await preload();
    expect(renderToStaticMarkup(<View name="Ana" />)).toBe('<p>Bonjour Ana</p>');
    await preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fetches again after a failed preload', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('offline chunk missing'))
      .mockResolvedValue(Greeting);
    const { View, preload } = preloadableView(load);
    await preload();
    await preload();
    expect(load).toHaveBeenCalledTimes(2);
    expect(renderToStaticMarkup(<View name="Ana" />)).toContain('Bonjour');
  });
});
