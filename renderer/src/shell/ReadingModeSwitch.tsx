import { useTranslation } from 'react-i18next';
import { SegmentedSwitch } from '../common/SegmentedSwitch';
import { READING_MODES } from '@shared/settings/vocabulary';
import { useReadingMode } from '../settings/useReadingMode';

/** Which text documents show: French, our English, or both side by side. */
export function ReadingModeSwitch() {
  const { t } = useTranslation();
  const [mode, setMode] = useReadingMode();
  return (
    <SegmentedSwitch
      label={t('reading.label')}
      shortLabel={t('reading.short')}
      options={READING_MODES.map((option) => ({
        value: option,
        short: t(`reading.modes.${option}.short`),
        abbr: t(`reading.modes.${option}.abbr`),
        name: t(`reading.modes.${option}.name`),
      }))}
      value={mode}
      onChange={setMode}
      dataAttribute="data-reading-mode"
    />
  );
}
