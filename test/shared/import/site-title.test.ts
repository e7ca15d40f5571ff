import { describe, expect, it } from 'vitest';
import { withoutSiteName } from '@shared/import/site-title';

describe('withoutSiteName', () => {
  it.each([
    ['Migrants in Libya | International Organization for Migration', 'Migrants in Libya'],
    ['Les migrants au Sahel | Organisation internationale pour les migrations', 'Les migrants au Sahel'],
    ['World Migration Report - IOM', 'World Migration Report'],
    ['OIM - Communiqués de presse - Organisation internationale pour les migrations', 'Communiqués de presse'],
    ['Migration data | IOM UN Migration', 'Migration data'],
  ])('takes the site name off "%s"', (title, expected) => {
    expect(withoutSiteName(title)).toBe(expected);
  });

  it('keeps a dash that belongs to the title', () => {
    expect(withoutSiteName('Sénégal - Mali : un corridor sous tension')).toBe(
      'Sénégal - Mali : un corridor sous tension',
    );
  });

  it('takes off the name the page gives as og:site_name', () => {
    expect(withoutSiteName('Field notes — Migration Desk', 'Migration Desk')).toBe('Field notes');
  });

  it('keeps a title that is only the site name', () => {
    expect(withoutSiteName('IOM')).toBe('IOM');
  });
});
