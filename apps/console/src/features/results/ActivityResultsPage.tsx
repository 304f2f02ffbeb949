import { useQuery } from '@apollo/client/react';
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { Loading } from '../../shared/Loading';
import AttendanceTab from './AttendanceTab';
import OutputsTab from './OutputsTab';

const ACTIVITY = graphql(`
  query ResultsActivity($id: ID!) {
    activity(id: $id) {
      id
      name
      organiserUnitId
      campaignId
    }
  }
`);

/** An activity's results (until the activity page hosts these tabs): its attendance, and what it produced and mobilised. */
export default function ActivityResultsPage() {
  const { t } = useTranslation();
  const { activityId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, loading, error } = useQuery(ACTIVITY, { variables: { id: activityId } });
  if (loading && !data) return <Loading />;
  const activity = data?.activity;
  if (!activity)
    return (
      <>
        <ErrorAlert error={error} />
        <Typography.Paragraph>{t('results.notFound')}</Typography.Paragraph>
      </>
    );
  const tab = params.get('tab') === 'outputs' ? 'outputs' : 'attendance';
  return (
    <section aria-labelledby="results-title">
      <Typography.Title level={1} id="results-title" style={{ fontSize: 24 }}>
        {t('results.activityTitle', { name: activity.name })}
      </Typography.Title>
      {activity.campaignId ? (
        <Typography.Paragraph>
          <Link to={`/results/campaigns/${activity.campaignId}`}>{t('results.tabs.certificates')}</Link>
        </Typography.Paragraph>
      ) : null}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          {
            key: 'attendance',
            label: t('results.tabs.attendance'),
            children: <AttendanceTab activityId={activity.id} unitId={activity.organiserUnitId} />,
          },
          {
            key: 'outputs',
            label: t('results.tabs.outputs'),
            children: <OutputsTab activityId={activity.id} unitId={activity.organiserUnitId} campaignId={activity.campaignId ?? null} />,
          },
        ]}
      />
    </section>
  );
}
