import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { i18n, type Language, rememberLanguage } from './i18n';
import { router } from './routes';

/**
 * The first bundle holds only React, the router and the catalogues: the sign-in page is plain
 * HTML, and the component library and the API client load with the first screen after it
 * (frame/AntFrame.tsx), which keeps the sign-in route within its JavaScript budget.
 */
export function App() {
  useEffect(() => {
    const changed = (next: string) => rememberLanguage(next as Language);
    changed(i18n.language);
    i18n.on('languageChanged', changed);
    return () => i18n.off('languageChanged', changed);
  }, []);
  return (
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>
  );
}
