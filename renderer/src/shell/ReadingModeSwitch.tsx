import { useTranslation } from 'react-i18next';
import { useReadingMode } from '../settings/useReadingMode';
import { READING_MODES } from '../settings/reading-mode';

/** Which text documents show: French, our English, or both side by side. */
export function ReadingModeSwitch() {
  const { t } = useTranslation();
  const [mode, setMode] = useReadingMode();
  return (
    <div className="switch-group">
      <span className="switch-label" id="reading-mode-label" aria-hidden="true">
        {t('reading.short')}
      </span>
      <div className="segmented" role="group" aria-label={t('reading.label')}>
        {READING_MODES.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={mode === option}
            onClick={() => setMode(option)}
            data-reading-mode={option}
          >
            <span aria-hidden="true">{t(`reading.modes.${option}.short`)}</span>
            <span className="visually-hidden">{t(`reading.modes.${option}.name`)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
