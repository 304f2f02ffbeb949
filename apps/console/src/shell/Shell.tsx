import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { forgetWrites } from '../api/consistency';
import { AntFrame } from '../frame/AntFrame';
import { graphql } from '../gql';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { saveSession } from '../session/session';

const ME = graphql(`
  query ShellMe {
    me {
      accountId
      kind
      grants {
        role
        unitId
      }
    }
  }
`);

const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut {
      consistencyToken
    }
  }
`);

/** The signed-in frame: the main menu, the language switch and the account, around the screen. */
export default function Shell() {
  return (
    <AntFrame>
      <Frame />
    </AntFrame>
  );
}

function Frame() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { data } = useQuery(ME);
  const [signOut] = useMutation(SIGN_OUT);
  const homeUnit = data?.me.grants.find((grant) => grant.unitId)?.unitId;
  const section = ['dashboard', 'campaigns', 'reports', 'training', 'network'].find((name) => location.pathname.includes(`/${name}`)) ?? 'units';

  const leave = async () => {
    await signOut().catch(() => undefined);
    forgetWrites();
    saveSession(null);
    void navigate('/sign-in', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#1f4fa3', paddingInline: 16 }}>
        <Link to="/units" style={{ color: '#fff', fontWeight: 600, fontSize: 18 }}>
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.menu')} style={{ flex: 1, minWidth: 0 }}>
          <Menu
            mode="horizontal"
            theme="dark"
            style={{ background: 'transparent' }}
            selectedKeys={[section]}
            items={[
              { key: 'units', label: <Link to="/units">{t('nav.units')}</Link> },
              ...(homeUnit
                ? [
                    { key: 'dashboard', label: <Link to={`/units/${homeUnit}/dashboard`}>{t('nav.dashboard')}</Link> },
                    { key: 'campaigns', label: <Link to={`/units/${homeUnit}/campaigns`}>{t('nav.campaigns')}</Link> },
                    { key: 'reports', label: <Link to={`/units/${homeUnit}/reports`}>{t('nav.reports')}</Link> },
                    { key: 'training', label: <Link to={`/units/${homeUnit}/training`}>{t('nav.training')}</Link> },
                    { key: 'network', label: <Link to={`/units/${homeUnit}/network`}>{t('nav.network')}</Link> },
                  ]
                : []),
            ]}
          />
        </nav>
        <Space>
          <LanguageSwitch dark />
          <Typography.Text style={{ color: '#fff' }}>{data?.me.accountId}</Typography.Text>
          <Button size="small" onClick={() => void leave()}>
            {t('nav.signOut')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
