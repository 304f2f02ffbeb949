import { Tabs, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { Loading } from '../../shared/Loading';
import { useUnitName } from '../../shared/useUnitName';

const GroupsTab = lazy(() => import('./GroupsTab'));
const PartnersTab = lazy(() => import('./PartnersTab'));
const AgreementsTab = lazy(() => import('./AgreementsTab'));
const NeedsTab = lazy(() => import('./NeedsTab'));

const TABS = ['groups', 'partners', 'agreements', 'needs'] as const;
type TabKey = (typeof TABS)[number];

/** A unit's network: its groups, partners, agreements and needs, one tab each (the tab is in the address). */
export default function NetworkPage() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const unitName = useUnitName(unitId);
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as TabKey | null;
  const tab: TabKey = asked && TABS.includes(asked) ? asked : 'groups';
  const panel = (key: TabKey) => {
    if (key !== tab) return null;
    const Screen = { groups: GroupsTab, partners: PartnersTab, agreements: AgreementsTab, needs: NeedsTab }[key];
    return (
      <Suspense fallback={<Loading />}>
        <Screen key={unitId} unitId={unitId} />
      </Suspense>
    );
  };

  return (
    <section aria-labelledby="network-title">
      <Typography.Title level={1} id="network-title" style={{ fontSize: 24 }}>
        {t('network.title', { unit: unitName })}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        items={TABS.map((key) => ({ key, label: t(`network.tabs.${key}`), children: panel(key) }))}
      />
    </section>
  );
}
