import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing may pause before what was typed is written. */
export const AUTOSAVE_DELAY_MILLISECONDS = 400;

export type SaveState = { status: 'saved' } | { status: 'pending' } | { status: 'failed'; error: unknown };

/**
 * Writes a value some time after it last changed (`schedule`), and at once when the field
 * loses focus, the view changes (unmount) or the window is closed or hidden (`flush`): a
 * person never presses "save" and never loses the last sentence typed. A failed write keeps
 * the value waiting (it is still the editor's state) and says so; the next change or flush
 * tries again.
 */
export function useAutosave<Value>(save: (value: Value) => Promise<void>) {
  const [state, setState] = useState<SaveState>({ status: 'saved' });
  const waiting = useRef<{ value: Value } | null>(null);
  const saveRef = useRef(save);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    const next = waiting.current;
    if (!next) return;
    waiting.current = null;
    try {
      await saveRef.current(next.value);
      setState(waiting.current ? { status: 'pending' } : { status: 'saved' });
    } catch (error) {
      waiting.current ??= next;
      setState({ status: 'failed', error });
    }
  }, []);

  const schedule = useCallback(
    (value: Value): void => {
      waiting.current = { value };
      setState((previous) => (previous.status === 'failed' ? previous : { status: 'pending' }));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MILLISECONDS);
    },
    [flush],
  );

  useEffect(() => {
    const onLeave = (): void => void flush();
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { state, schedule, flush };
}
