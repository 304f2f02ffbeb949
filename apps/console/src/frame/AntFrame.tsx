import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { apolloClient } from '../api/client';

/**
 * Colours that pass WCAG AA contrast (axe checks every screen in the browser tests): the
 * library's default greys, link blue and danger red are too light on white.
 */
const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1f4fa3',
    colorInfo: '#1f4fa3',
    colorLink: '#1f4fa3',
    colorError: '#c41d1f',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.64)',
    colorTextDescription: 'rgba(0, 0, 0, 0.64)',
    borderRadius: 6,
  },
  components: {
    Menu: {
      darkItemBg: 'transparent',
      darkItemColor: '#ffffff',
      darkItemHoverColor: '#ffffff',
      darkItemSelectedBg: '#0d2f6b',
      darkItemSelectedColor: '#ffffff',
    },
  },
};

/** The component library (in the console's language: dates, numbers, pagination) and the API client, for every screen after sign-in. */
export function AntFrame({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const shownIn = useRef(language);
  useEffect(() => {
    dayjs.locale(language);
    // Cached answers carry the API's messages in the old language: ask again (not on the first render).
    if (shownIn.current !== language) void apolloClient.refetchObservableQueries();
    shownIn.current = language;
  }, [language]);
  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={THEME}>
      <AntApp>
        <ApolloProvider client={apolloClient}>{children}</ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
