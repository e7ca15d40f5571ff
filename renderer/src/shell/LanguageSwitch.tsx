import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@shared/document/vocabulary';
import { SegmentedSwitch } from '../common/SegmentedSwitch';
import { useLanguage } from '../settings/useLanguage';

/** Interface FR | EN (in the settings popover): switches the interface language at once, in place (scroll kept). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <SegmentedSwitch
      label={t('language.label')}
      shortLabel={t('language.label')}
      options={LANGUAGES.map((option) => ({
        value: option,
        short: t(`language.short.${option}`),
        name: t(`language.names.${option}`),
        lang: option,
      }))}
      value={language}
      onChange={setLanguage}
      dataAttribute="data-interface-language"
    />
  );
}
