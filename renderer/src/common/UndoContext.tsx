import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isTypingTarget } from '../shell/keyboard';

/** What was just done, said in the interface language, and how to take it back. */
export interface UndoOffer {
  message: string;
  undo: () => Promise<void> | void;
}

interface UndoApi {
  offerUndo(offer: UndoOffer): void;
}

const UndoContext = createContext<UndoApi>({ offerUndo: () => undefined });

/** How long an offer to undo stays on screen. */
const OFFER_MILLISECONDS = 10_000;

/**
 * Deleting asks nothing and offers to undo instead: the last destructive action stays
 * undoable for a few seconds, from the toast's button or with Ctrl/Cmd+Z outside a text field.
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const offerUndo = useCallback((next: UndoOffer) => {
    window.clearTimeout(timer.current);
    setOffer(next);
    timer.current = window.setTimeout(() => setOffer(null), OFFER_MILLISECONDS);
  }, []);

  const undo = useCallback(() => {
    if (!offer) return;
    window.clearTimeout(timer.current);
    setOffer(null);
    void offer.undo();
  }, [offer]);

  useEffect(() => {
    if (!offer) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (event.key.toLowerCase() === 'z' && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey) {
        event.preventDefault();
        undo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [offer, undo]);

  const api = useMemo(() => ({ offerUndo }), [offerUndo]);
  return (
    <UndoContext.Provider value={api}>
      {children}
      <div className="undo-region" role="status" aria-live="polite">
        {offer && (
          <div className="undo-toast">
            <span>{offer.message}</span>
            <button type="button" className="undo-button" onClick={undo}>
              {t('undo.action')}
            </button>
            <button
              type="button"
              className="icon-button undo-dismiss"
              aria-label={t('undo.dismiss')}
              onClick={() => setOffer(null)}
            >
              ×
            </button>
          </div>
        )}
      </div>
    </UndoContext.Provider>
  );
}

/** Offers to undo what was just done (a deletion). */
export const useUndo = (): UndoApi => useContext(UndoContext);
