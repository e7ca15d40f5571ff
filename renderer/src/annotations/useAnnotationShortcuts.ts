import { useEffect } from 'react';
import { isTypingTarget } from '../shell/keyboard';
import { useDocumentAnnotations } from './DocumentAnnotations';
import { collapseToPassageStart, currentPlace, describePassage, passageSelectionOf } from './passage-selection';
import { annotateSelection } from './SelectionToolbar';

import { READER_MENU_EVENT, type ReaderMenuCommand } from './reader-commands';

/**
 * The reader's annotation keys, for a person who does not use a mouse: Ctrl/Cmd+D bookmarks
 * the focused passage (the document when none is), Shift+arrows select words within it
 * (Ctrl/Cmd+Shift by word), H highlights the selection, N writes a note on it or on the
 * passage. The native menu's Bookmark and Add note commands do the same.
 */
export function useAnnotationShortcuts(): void {
  const annotations = useDocumentAnnotations();
  useEffect(() => {
    if (!annotations) return undefined;
    const bookmark = (): void => {
      const place = currentPlace();
      void annotations.toggleBookmarkAt({
        docId: annotations.docId,
        blockId: place?.blockId ?? null,
        itemId: place?.itemId ?? null,
      });
    };
    const note = (colour: 'yellow' | null, edit: boolean): void => {
      const selection = passageSelectionOf(window.getSelection());
      if (selection) {
        void annotateSelection(annotations, selection, colour, edit);
        return;
      }
      if (!edit) return;
      const place = currentPlace();
      const passage = place?.passage ? describePassage(place.passage) : null;
      void annotations.createNote(
        {
          target: place
            ? { blockId: place.blockId, itemId: place.itemId, language: passage?.language ?? 'fr' }
            : { blockId: null, itemId: null, language: 'fr' },
          quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
          position: null,
          colour: null,
        },
        true,
      );
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const command = event.ctrlKey || event.metaKey;
      if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'd') {
        event.preventDefault();
        bookmark();
        return;
      }
      if (event.shiftKey && !event.altKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
        const place = currentPlace();
        if (!place?.passage) return;
        const selection = window.getSelection();
        if (!selection) return;
        if (!place.passage.contains(selection.anchorNode)) collapseToPassageStart(place.passage);
        event.preventDefault();
        selection.modify('extend', event.key === 'ArrowRight' ? 'forward' : 'backward', command ? 'word' : 'character');
        return;
      }
      if (command || event.altKey) return;
      if (event.key === 'h') {
        if (passageSelectionOf(window.getSelection())) event.preventDefault();
        note('yellow', false);
      } else if (event.key === 'n') {
        event.preventDefault();
        note(null, true);
      }
    };
    const onMenu = (event: Event): void => {
      const command = (event as CustomEvent<ReaderMenuCommand>).detail;
      if (command === 'toggle-bookmark') bookmark();
      else if (command === 'add-note') note(null, true);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener(READER_MENU_EVENT, onMenu);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener(READER_MENU_EVENT, onMenu);
    };
  }, [annotations]);
}
