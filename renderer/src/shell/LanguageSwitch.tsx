import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@shared/document/vocabulary';
import { useLanguage } from '../settings/useLanguage';

/** Interface FR | EN: switches the interface language at once, in place (scroll kept). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <div className="switch-group">
      <span className="switch-label" aria-hidden="true">
        {t('language.short.label')}
      </span>
      <div className="segmented" role="group" aria-label={t('language.label')}>
        {LANGUAGES.map((option) => (
          <button
            key={option}
            type="button"
            lang={option}
            aria-pressed={language === option}
            onClick={() => setLanguage(option)}
            data-interface-language={option}
          >
            <span aria-hidden="true">{t(`language.short.${option}`)}</span>
            <span className="visually-hidden">{t(`language.names.${option}`)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
