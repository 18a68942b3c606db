import { describe, expect, it } from 'vitest';
import { catalogKeys, dirOf, plural, resolveUiLang, translate } from '../../../utils/i18n';

describe('UI strings', () => {
  it('has the same keys in Arabic and English, with the manifest keys kept', () => {
    expect(new Set(catalogKeys('ar'))).toEqual(new Set(catalogKeys('en')));
    for (const key of ['extName', 'extDescription', 'actionTitle', 'commandToggle']) expect(catalogKeys('en')).toContain(key);
  });

  it('uses only key names browser.i18n accepts', () => {
    for (const key of catalogKeys('en')) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('looks strings up per language and fills $1 placeholders', () => {
    expect(translate('en', 'sectionPeople')).toBe('People');
    expect(translate('ar', 'sectionPeople')).toBe('الأشخاص');
    expect(translate('en', 'alwaysRunButton', 'example.com')).toBe('Always run on example.com');
    expect(translate('ar', 'alwaysRunButton', 'example.com')).toBe('شغّل دائمًا على example.com');
  });

  it('follows the browser unless the setting says otherwise', () => {
    expect(resolveUiLang('auto', 'ar-EG')).toBe('ar');
    expect(resolveUiLang('auto', 'en-US')).toBe('en');
    expect(resolveUiLang('auto', 'fr')).toBe('en');
    expect(resolveUiLang('ar', 'en-US')).toBe('ar');
    expect(resolveUiLang('en', 'ar')).toBe('en');
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
  });

  it('picks Arabic plural forms (one, two, few, many)', () => {
    expect(plural('ar', 'mentions', 1)).toBe('إشارة واحدة');
    expect(plural('ar', 'mentions', 2)).toBe('إشارتان');
    expect(plural('ar', 'mentions', 3)).toBe('3 إشارات');
    expect(plural('ar', 'mentions', 11)).toBe('11 إشارة');
    expect(plural('en', 'mentions', 1)).toBe('1 mention');
    expect(plural('en', 'mentions', 7)).toBe('7 mentions');
  });
});
