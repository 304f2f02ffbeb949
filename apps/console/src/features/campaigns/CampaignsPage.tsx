import { useQuery } from '@apollo/client/react';
import { Button, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { matchesQuery } from '../../shared/fold';
import { useUnitName } from '../../shared/useUnitName';
import { TAG } from '../../shared/tagColours';
import { DefineCampaignModal } from '../operations/DefineCampaignModal';
import { TemplatesSection } from '../operations/TemplatesSection';

const CAMPAIGNS = graphql(`
  query UnitCampaigns($unitId: ID!, $after: String) {
    campaigns(unitId: $unitId, first: 25, after: $after) {
      totalCount
      nodes {
        id
        name
        role
        status
        domains
        startsOn
        endsOn
        activityCount
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A unit's campaigns, page by page with the API's cursors, filtered by name without regard to accents. */
export default function CampaignsPage() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const unitName = useUnitName(unitId);
  const [filter, setFilter] = useState('');
  const { data, loading, error, fetchMore, refetch } = useQuery(CAMPAIGNS, { variables: { unitId } });
  const [defining, setDefining] = useState<'launch' | 'publish' | null>(null);
  const connection = data?.campaigns;
  const rows = (connection?.nodes ?? []).filter((campaign) => matchesQuery(campaign.name, filter));

  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        campaigns: { ...fetchMoreResult.campaigns, nodes: [...previous.campaigns.nodes, ...fetchMoreResult.campaigns.nodes] },
      }),
    });

  return (
    <section aria-labelledby="campaigns-title">
      <Typography.Title level={1} id="campaigns-title" style={{ fontSize: 24 }}>
        {t('campaigns.title', { unit: unitName })}
      </Typography.Title>
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search
          aria-label={t('campaigns.filterHelp')}
          placeholder={t('common.searchPlaceholder')}
          allowClear
          style={{ width: 320 }}
          onChange={(event) => setFilter(event.target.value)}
        />
        {connection?.totalCount !== undefined && connection.totalCount !== null ? (
          <Typography.Text>{t('common.total', { count: connection.totalCount })}</Typography.Text>
        ) : null}
        <Button type="primary" onClick={() => setDefining('launch')}>
          {t('operations.define.launch')}
        </Button>
        <Button onClick={() => setDefining('publish')}>{t('operations.define.publish')}</Button>
      </Space>
      <ErrorAlert error={error} />
      <Table
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Typography.Text type="secondary">{t('common.none')}</Typography.Text> }}
        columns={[
          { title: t('common.name'), dataIndex: 'name', render: (name: string, row) => <Link to={`/campaigns/${row.id}`}>{name}</Link> },
          { title: t('campaigns.role'), dataIndex: 'role', render: (role: string) => t(`campaigns.roles.${role}`, role) },
          { title: t('operations.code'), key: 'code', render: (_, row) => (row.role === 'template' ? <Typography.Text code>{row.id}</Typography.Text> : null) },
          { title: t('campaigns.period'), key: 'period', render: (_, row) => `${row.startsOn} → ${row.endsOn}` },
          { title: t('campaigns.activities'), dataIndex: 'activityCount', align: 'right' },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (status: string) => <Tag color={status === 'open' ? TAG.good : undefined}>{t(`campaigns.statuses.${status}`, status)}</Tag>,
          },
        ]}
      />
      {connection?.pageInfo.hasNextPage ? (
        <Button style={{ marginTop: 12 }} onClick={() => void loadMore()}>
          {t('common.more')}
        </Button>
      ) : null}
      <div style={{ marginTop: 24 }}>
        <TemplatesSection unitId={unitId} refetch={() => refetch()} />
      </div>
      {defining ? <DefineCampaignModal unitId={unitId} mode={defining} onClose={() => setDefining(null)} onDone={() => refetch()} /> : null}
    </section>
  );
}
