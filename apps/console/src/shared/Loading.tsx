import { useTranslation } from 'react-i18next';

/** Plain (no component library): it shows while the first screen's code loads. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" className="loading">
      <span className="spinner" aria-hidden="true" />
      {t('common.loading')}
    </div>
  );
}
