import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { SegmentedSwitch } from '../common/SegmentedSwitch';
import { READING_MODES } from '@shared/settings/vocabulary';
import { useReadingMode } from '../settings/useReadingMode';

/**
 * Which text documents show: French, our English, or both side by side. The header's switch;
 * the PDF popover shows the same one under its own label and attribute (`label`, `dataAttribute`).
 */
export const ReadingModeSwitch = memo(function ReadingModeSwitch({
  label,
  dataAttribute = 'data-reading-mode',
}: {
  label?: string;
  dataAttribute?: `data-${string}`;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useReadingMode();
  return (
    <SegmentedSwitch
      label={label ?? t('reading.label')}
      shortLabel={label ?? t('reading.short')}
      options={READING_MODES.map((option) => ({
        value: option,
        short: t(`reading.modes.${option}.short`),
        abbr: t(`reading.modes.${option}.abbr`),
        name: t(`reading.modes.${option}.name`),
      }))}
      value={mode}
      onChange={setMode}
      dataAttribute={dataAttribute}
    />
  );
});
