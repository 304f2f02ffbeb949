import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Grid, Layout, Menu, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { forgetWrites } from '../api/consistency';
import { AntFrame } from '../frame/AntFrame';
import { graphql } from '../gql';
import { ME } from './me';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { saveSession } from '../session/session';

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
  // On a phone (team leaders at the site) the account id would push the header's controls off its background.
  const wide = Grid.useBreakpoint().md ?? true;
  const [signOut] = useMutation(SIGN_OUT);
  const homeUnit = data?.me.grants.find((grant) => grant.unitId)?.unitId;
  const section = ['dashboard', 'campaigns', 'reports', 'training', 'network'].find((name) => location.pathname.includes(`/${name}`)) ?? 'units';
  // A volunteer's account (a team leader's too) has its own menu: the day's shifts, its own page, check-in by code.
  const volunteer = data?.me.kind === 'volunteer';
  const leadsTeam = data?.me.grants.some((grant) => grant.unitId && (grant.role === 'group-leader' || grant.role === 'unit-manager')) ?? false;
  const fieldSection = ['field/today', 'field/shifts', 'field/me', 'field/check-in'].find((path) => location.pathname.startsWith(`/${path}`));
  const fieldItems = [
    ...(leadsTeam ? [{ key: 'field/today', label: <Link to="/field/today">{t('field.nav.today')}</Link> }] : []),
    { key: 'field/me', label: <Link to="/field/me">{t('field.nav.mine')}</Link> },
    { key: 'field/check-in', label: <Link to="/field/check-in">{t('field.nav.checkIn')}</Link> },
  ];

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
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          background: '#1f4fa3',
          paddingInline: 16,
          // On a phone the menu takes a row of its own (folded items would be hidden yet focusable).
          ...(wide ? {} : { flexWrap: 'wrap', height: 'auto', lineHeight: '44px', rowGap: 0 }),
        }}
      >
        <Link to="/" style={{ color: '#fff', fontWeight: 600, fontSize: 18 }}>
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.menu')} style={wide ? { flex: 1, minWidth: 0 } : { order: 1, flexBasis: '100%', overflowX: 'auto' }}>
          <Menu
            mode="horizontal"
            disabledOverflow={!wide}
            theme="dark"
            style={{ background: 'transparent' }}
            selectedKeys={[fieldSection === 'field/shifts' ? 'field/today' : (fieldSection ?? section)]}
            items={
              volunteer
                ? fieldItems
                : [
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
                  ]
            }
          />
        </nav>
        <Space style={{ marginLeft: 'auto' }}>
          <LanguageSwitch dark />
          {wide ? <Typography.Text style={{ color: '#fff' }}>{data?.me.accountId}</Typography.Text> : null}
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
