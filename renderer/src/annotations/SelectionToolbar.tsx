import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectorsFor } from '@shared/annotation/selectors';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '@shared/annotation/vocabulary';
import { useDocumentAnnotations } from './DocumentAnnotations';
import { passageSelectionOf, type PassageSelection } from './passage-selection';

/** Makes a highlight (or, with no colour, a note) of the words selected in one passage. */
export async function annotateSelection(
  annotations: NonNullable<ReturnType<typeof useDocumentAnnotations>>,
  selection: PassageSelection,
  colour: HighlightColour | null,
  edit: boolean,
): Promise<void> {
  const { quote, position } = selectorsFor(selection.text, selection.start, selection.end);
  // Cleared before the write, not after: by the time it lands the person may have selected
  // other words, and clearing then would take their new selection away.
  window.getSelection()?.removeAllRanges();
  await annotations.createNote(
    {
      target: { blockId: selection.blockId, itemId: selection.itemId, language: selection.language },
      quote,
      position,
      colour,
    },
    edit,
  );
}

/**
 * The bar that appears above words selected in a passage (with the mouse, or Shift+arrows):
 * a highlight in each colour, and a note. It keeps the selection: pressing its buttons does
 * not take focus from the text.
 */
export function SelectionToolbar() {
  const { t } = useTranslation();
  const annotations = useDocumentAnnotations();
  const [selection, setSelection] = useState<{ passage: PassageSelection; rect: DOMRect } | null>(null);

  useEffect(() => {
    const onChange = (): void => {
      const current = window.getSelection();
      const passage = passageSelectionOf(current);
      setSelection(passage && current ? { passage, rect: current.getRangeAt(0).getBoundingClientRect() } : null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  if (!annotations || !selection) return null;
  const { passage, rect } = selection;
  const top = Math.max(rect.top - 44, 8);
  const left = Math.min(Math.max(rect.left + rect.width / 2 - 110, 8), window.innerWidth - 240);
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('notes.selectionToolbar')}
      style={{ top, left }}
      onMouseDown={(event) => event.preventDefault()}
    >
      {HIGHLIGHT_COLOURS.map((colour) => (
        <button
          key={colour}
          type="button"
          className="colour-option"
          data-colour={colour}
          aria-label={t('notes.highlightIn', { colour: t(`notes.colours.${colour}`) })}
          title={t('notes.highlightIn', { colour: t(`notes.colours.${colour}`) })}
          onClick={() => void annotateSelection(annotations, passage, colour, false)}
        >
          <span className="colour-swatch" aria-hidden="true" />
        </button>
      ))}
      <button
        type="button"
        className="selection-note"
        onClick={() => void annotateSelection(annotations, passage, 'yellow', true)}
      >
        {t('notes.addNote')}
      </button>
    </div>
  );
}
