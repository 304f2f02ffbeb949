import { useQuery } from '@apollo/client/react';
import { Descriptions, Tabs, Tag, Typography } from 'antd';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { load } from '../../shared/load';
import { Loading } from '../../shared/Loading';
import { useUnitName } from '../../shared/useUnitName';
import ShiftsTab from './ShiftsTab';

const AttendanceTab = lazy(() => import('../results/AttendanceTab'));
const OutputsTab = lazy(() => import('../results/OutputsTab'));

const ACTIVITY = graphql(`
  query OperationsActivity($id: ID!) {
    activity(id: $id) {
      id
      name
      status
      campaignId
      organiserUnitId
      domains
      startsOn
      endsOn
      proposedOn
      location {
        unitId
        site
      }
      cancellation {
        reason
        cancelledOn
      }
    }
  }
`);

/** An activity: what and where it is, its shifts with their sign-ups, its attendance and its results. */
export default function ActivityPage() {
  const { t } = useTranslation();
  const { activityId = '' } = useParams();
  const { data, loading, error } = useQuery(ACTIVITY, { variables: { id: activityId } });
  const activity = data?.activity;
  const placeName = useUnitName(activity?.location.unitId ?? '');
  if (loading && !data) return <Loading />;
  if (!activity)
    return (
      <section aria-labelledby="activity-title">
        <Typography.Title level={1} id="activity-title" style={{ fontSize: 24 }}>
          {t('operations.activity.open')}
        </Typography.Title>
        <ErrorAlert error={error} />
        <Typography.Paragraph>{t('operations.activity.notFound')}</Typography.Paragraph>
      </section>
    );
  return (
    <section aria-labelledby="activity-title">
      <Typography.Title level={1} id="activity-title" style={{ fontSize: 24 }}>
        {activity.name}
      </Typography.Title>
      <Typography.Paragraph>
        <Link to={`/history/activity/${activity.id}`}>{t('history.open')}</Link>
      </Typography.Paragraph>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('common.status')}>{t(`campaigns.activityStatuses.${activity.status}`, activity.status)}</Descriptions.Item>
        <Descriptions.Item label={t('operations.activity.campaign')}>
          {activity.campaignId ? <Link to={`/campaigns/${activity.campaignId}`}>{t('campaigns.detail')}</Link> : t('operations.activity.standalone')}
        </Descriptions.Item>
        <Descriptions.Item label={t('campaigns.period')}>
          {activity.startsOn ?? '—'} → {activity.endsOn ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('operations.activity.location')}>
          {[activity.location.site, placeName || activity.location.unitId].filter(Boolean).join(', ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('campaigns.domain')}>
          {activity.domains.map((domain) => (
            <Tag key={domain}>{t(`operations.domains.${domain}`, domain)}</Tag>
          ))}
        </Descriptions.Item>
        {activity.cancellation ? (
          <Descriptions.Item label={t('operations.activity.cancellation')}>
            {activity.cancellation.reason} ({activity.cancellation.cancelledOn})
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Tabs
        items={[
          {
            key: 'shifts',
            label: t('operations.activityTabs.shifts'),
            children: <ShiftsTab activityId={activity.id} unitId={activity.organiserUnitId} defaultDate={activity.startsOn ?? null} />,
          },
          {
            key: 'attendance',
            label: t('operations.activityTabs.attendance'),
            children: load(<AttendanceTab activityId={activity.id} unitId={activity.organiserUnitId} />),
          },
          {
            key: 'outputs',
            label: t('operations.activityTabs.outputs'),
            children: load(<OutputsTab activityId={activity.id} unitId={activity.organiserUnitId} campaignId={activity.campaignId ?? null} />),
          },
        ]}
      />
    </section>
  );
}
