import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LINE_WIDTHS, READING_FONTS, THEMES, stepTextSize, TEXT_SIZES } from '@shared/settings/vocabulary';
import { SegmentedSwitch } from '../common/SegmentedSwitch';
import { useAppearance } from '../settings/useAppearance';
import { LanguageSwitch } from './LanguageSwitch';

const POPOVER_ID = 'settings-popover';

/**
 * "Aa": the reader's looks (text size, line width, font, theme) and the interface language,
 * in a popover that closes on Escape or a click elsewhere. Every choice applies at once and
 * is remembered.
 */
export const SettingsPopover = memo(function SettingsPopover() {
  const { t } = useTranslation();
  const [appearance, change] = useAppearance();
  const smallest = appearance.textSize === TEXT_SIZES[0];
  const largest = appearance.textSize === TEXT_SIZES[TEXT_SIZES.length - 1];
  return (
    <>
      <button
        type="button"
        className="icon-button settings-button"
        popoverTarget={POPOVER_ID}
        aria-label={t('settings.button')}
        title={t('settings.button')}
      >
        <span aria-hidden="true">{t('settings.glyph')}</span>
      </button>
      <div id={POPOVER_ID} popover="auto" className="settings-popover" role="dialog" aria-labelledby="settings-title">
        <h2 id="settings-title">{t('settings.title')}</h2>
        <div className="settings-row">
          <span className="settings-name" id="settings-text-size">
            {t('settings.textSize')}
          </span>
          <div className="text-size-control" role="group" aria-labelledby="settings-text-size">
            <button
              type="button"
              className="icon-button"
              disabled={smallest}
              onClick={() => change({ textSize: stepTextSize(appearance.textSize, -1) })}
              aria-label={t('settings.smaller')}
              title={t('settings.smaller')}
            >
              <span aria-hidden="true" className="smaller-a">
                A
              </span>
            </button>
            <output aria-live="polite">{t('settings.sizeValue', { size: appearance.textSize })}</output>
            <button
              type="button"
              className="icon-button"
              disabled={largest}
              onClick={() => change({ textSize: stepTextSize(appearance.textSize, 1) })}
              aria-label={t('settings.larger')}
              title={t('settings.larger')}
            >
              <span aria-hidden="true" className="larger-a">
                A
              </span>
            </button>
            <button
              type="button"
              className="link-button"
              disabled={appearance.textSize === 100}
              onClick={() => change({ textSize: stepTextSize(appearance.textSize, 0) })}
            >
              {t('settings.resetSize')}
            </button>
          </div>
        </div>
        <div className="settings-row">
          <SegmentedSwitch
            label={t('settings.lineWidth')}
            shortLabel={t('settings.lineWidth')}
            options={LINE_WIDTHS.map((width) => ({
              value: width,
              short: t(`settings.widths.${width}`),
              name: t(`settings.widths.${width}`),
            }))}
            value={appearance.lineWidth}
            onChange={(lineWidth) => change({ lineWidth })}
            dataAttribute="data-line-width"
          />
        </div>
        <div className="settings-row">
          <SegmentedSwitch
            label={t('settings.font')}
            shortLabel={t('settings.font')}
            options={READING_FONTS.map((font) => ({
              value: font,
              short: t(`settings.fonts.${font}`),
              name: t(`settings.fontNames.${font}`),
            }))}
            value={appearance.font}
            onChange={(font) => change({ font })}
            dataAttribute="data-reading-font-option"
          />
        </div>
        <div className="settings-row">
          <SegmentedSwitch
            label={t('settings.theme')}
            shortLabel={t('settings.theme')}
            options={THEMES.map((theme) => ({
              value: theme,
              short: t(`settings.themes.${theme}`),
              name: t(`settings.themes.${theme}`),
            }))}
            value={appearance.theme}
            onChange={(theme) => change({ theme })}
            dataAttribute="data-theme-option"
          />
        </div>
        <div className="settings-row">
          <LanguageSwitch />
        </div>
      </div>
    </>
  );
});
