import { useQuery } from '@apollo/client/react';
import { Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { Loading } from '../../shared/Loading';

const CAMPAIGN = graphql(`
  query CampaignPage($id: ID!) {
    campaign(id: $id) {
      id
      name
      role
      status
      kind
      domains
      startsOn
      endsOn
      organiserUnitId
      activityCount
      goals {
        measure
        target
      }
    }
  }
`);

const ACTIVITIES = graphql(`
  query CampaignActivities($unitId: ID!, $campaignId: ID!, $after: String) {
    activities(unitId: $unitId, campaignId: $campaignId, first: 50, after: $after) {
      nodes {
        id
        name
        status
        startsOn
        endsOn
      }
    }
  }
`);

/** A campaign: what it is, its goals, and its activities with their status. */
export default function CampaignPage() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const campaign = useQuery(CAMPAIGN, { variables: { id: campaignId } });
  const organiser = campaign.data?.campaign?.organiserUnitId;
  const activities = useQuery(ACTIVITIES, { variables: { unitId: organiser ?? '', campaignId }, skip: !organiser });
  if (campaign.loading && !campaign.data) return <Loading />;
  const value = campaign.data?.campaign;
  if (!value)
    return (
      <>
        <ErrorAlert error={campaign.error} />
        <Typography.Paragraph>{t('campaigns.notFound')}</Typography.Paragraph>
      </>
    );
  return (
    <section aria-labelledby="campaign-title">
      <Typography.Title level={1} id="campaign-title" style={{ fontSize: 24 }}>
        {value.name}
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('campaigns.role')}>{t(`campaigns.roles.${value.role}`, value.role)}</Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>{t(`campaigns.statuses.${value.status}`, value.status)}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns.period')}>
          {value.startsOn} → {value.endsOn}
        </Descriptions.Item>
        <Descriptions.Item label={t('campaigns.domain')}>
          {value.domains.map((domain) => (
            <Tag key={domain}>{domain}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('units.parent')}>
          <Link to={`/units/${value.organiserUnitId}`}>{value.organiserUnitId}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('campaigns.goals')}>{value.goals.map((goal) => `${goal.measure}: ${goal.target}`).join('; ') || '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('campaigns.activityCount', { count: value.activityCount })}
      </Typography.Title>
      <ErrorAlert error={activities.error} />
      <Table
        size="small"
        rowKey="id"
        loading={activities.loading}
        dataSource={activities.data?.activities.nodes ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('common.none') }}
        columns={[
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('common.status'), dataIndex: 'status', render: (status: string) => t(`campaigns.activityStatuses.${status}`, status) },
          { title: t('common.from'), dataIndex: 'startsOn' },
          { title: t('common.to'), dataIndex: 'endsOn' },
        ]}
      />
    </section>
  );
}
