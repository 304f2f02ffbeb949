import { useTranslation } from 'react-i18next';

/** Vietnamese or English: two plain buttons (the sign-in page has no component library). */
export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('language.label')} className={dark ? 'language-switch dark' : 'language-switch'}>
      {(['vi', 'en'] as const).map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          title={t(`language.${language}`)}
          aria-pressed={i18n.language === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
