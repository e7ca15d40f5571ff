import { useEffect, useState } from 'react';
import { saveReadingPlace } from '../db/reading-queries';
import { useServices } from '../services/context';
import { firstPassageInView, scrollProgress, sectionAt, type Measured } from './reading-position';

/** How long scrolling must rest before the place is remembered: one write per pause, not per frame. */
const SAVE_AFTER_MS = 800;

export interface ReadingPosition {
  /** The outline entry (heading block id) of the section in view. */
  sectionId: string | null;
  progress: number;
}

const topsOf = (selector: string): Measured[] =>
  [...document.querySelectorAll<HTMLElement>(selector)].flatMap((element) => {
    const id = element.dataset['blockId'];
    return id ? [{ id, top: element.getBoundingClientRect().top }] : [];
  });

/**
 * Follows the reader's scrolling: the section in view (for the contents list), how far
 * through the document the window is (for the progress bar), and, when scrolling rests,
 * remembers the first passage in view for "Continue reading".
 */
export function useReadingPosition(ready: boolean, docId: string, headingIds: readonly string[]): ReadingPosition {
  const { db } = useServices();
  const [position, setPosition] = useState<ReadingPosition>({ sectionId: null, progress: 0 });
  useEffect(() => {
    if (!ready) return undefined;
    const headings = new Set(headingIds);
    let frame = 0;
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const measure = (): { sectionId: string | null; progress: number; blockId: string | null } => {
      const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
      const readingLine = header + 24;
      const scroller = document.scrollingElement ?? document.documentElement;
      const progress = scrollProgress(scroller.scrollTop, scroller.scrollHeight, window.innerHeight);
      const blocks = topsOf('.document-body .block[data-block-id]');
      const sectionId = sectionAt(
        blocks.filter((block) => headings.has(block.id)),
        readingLine,
        progress >= 0.995,
        window.innerHeight,
      );
      const blockId = scroller.scrollTop < 8 ? null : firstPassageInView(blocks, readingLine);
      return { sectionId, progress, blockId };
    };
    const save = (): void => {
      const { progress, blockId } = measure();
      void saveReadingPlace(db, { docId, blockId, progress, at: Date.now() }).catch(() => undefined);
    };
    const onScroll = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const { sectionId, progress } = measure();
        setPosition((known) =>
          known.sectionId === sectionId && Math.abs(known.progress - progress) < 0.002
            ? known
            : { sectionId, progress },
        );
      });
      clearTimeout(saveTimer);
      saveTimer = setTimeout(save, SAVE_AFTER_MS);
    };
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(saveTimer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [ready, docId, headingIds, db]);
  return position;
}
