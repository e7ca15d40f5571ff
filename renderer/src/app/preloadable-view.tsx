import { lazy, type ComponentType } from 'react';

/**
 * A view whose code loads as a chunk of its own, and which can be fetched ahead of time. Once
 * fetched, it renders at once: a React.lazy view would still suspend on its first render, and
 * React holds a revealed Suspense boundary back for up to 300 ms (its fallback throttle), so a
 * preloaded view would open no faster than one never fetched.
 */
export function preloadableView<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): { View: ComponentType<Props>; preload: () => Promise<void> } {
  let loaded: ComponentType<Props> | null = null;
  let pending: Promise<ComponentType<Props>> | null = null;
  const fetchView = (): Promise<ComponentType<Props>> => {
    pending ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return pending;
  };
  const Lazy = lazy(() => fetchView().then((component) => ({ default: component })));
  function View(props: Props) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return {
    View,
    preload: () =>
      fetchView().then(
        () => undefined,
        () => {
          // A failed preload is tried again when the view is opened.
          pending = null;
        },
      ),
  };
}
