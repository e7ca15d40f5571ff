import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '@shared/annotation/vocabulary';

/** The highlight colours as a radio group (and "none" where a note may highlight nothing). */
export function ColourChoice({
  value,
  onChange,
  allowNone = false,
}: {
  value: HighlightColour | null;
  onChange: (colour: HighlightColour | null) => void;
  allowNone?: boolean;
}) {
  const { t } = useTranslation();
  const name = useId();
  const choices: Array<HighlightColour | null> = allowNone ? [...HIGHLIGHT_COLOURS, null] : [...HIGHLIGHT_COLOURS];
  return (
    <fieldset className="colour-choice">
      <legend className="visually-hidden">{t('notes.colour')}</legend>
      {choices.map((colour) => (
        <label key={colour ?? 'none'} className="colour-option" data-colour={colour ?? 'none'}>
          <input
            type="radio"
            name={name}
            checked={value === colour}
            onChange={() => onChange(colour)}
            className="visually-hidden"
          />
          <span className="colour-swatch" aria-hidden="true" />
          <span className="visually-hidden">{t(`notes.colours.${colour ?? 'none'}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
