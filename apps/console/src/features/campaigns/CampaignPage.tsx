import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Descriptions, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { rememberWrite } from '../../api/consistency';
import { graphql } from '../../gql';
import { vietnamToday } from '../../shared/dates';
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

/** The lifecycle step offered for each status (planned → prepared → in progress → completed). */
const NEXT_STEP: Record<string, 'prepare' | 'start' | 'complete'> = { planned: 'prepare', prepared: 'start', 'in-progress': 'complete' };

const PREPARE = graphql(`
  mutation PrepareActivity($input: PrepareActivityInput!) {
    prepareActivity(input: $input) {
      consistencyToken
    }
  }
`);
const START = graphql(`
  mutation StartActivity($input: StartActivityInput!) {
    startActivity(input: $input) {
      consistencyToken
    }
  }
`);
const COMPLETE = graphql(`
  mutation CompleteActivity($input: CompleteActivityInput!) {
    completeActivity(input: $input) {
      consistencyToken
    }
  }
`);

/** A campaign: what it is, its goals, and its activities with their status and the next step of each. */
export default function CampaignPage() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const campaign = useQuery(CAMPAIGN, { variables: { id: campaignId } });
  const organiser = campaign.data?.campaign?.organiserUnitId;
  const activities = useQuery(ACTIVITIES, { variables: { unitId: organiser ?? '', campaignId }, skip: !organiser });
  const { message } = App.useApp();
  const [prepare] = useMutation(PREPARE);
  const [start] = useMutation(START);
  const [complete] = useMutation(COMPLETE);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  /** The lifecycle's next step for an activity, with the date or time of now (the service checks it against its own clock). */
  const step = async (activityId: string, status: string) => {
    setBusy(activityId);
    setActionError(null);
    try {
      const result =
        status === 'planned'
          ? (await prepare({ variables: { input: { activityId, preparedOn: vietnamToday() } } })).data?.prepareActivity
          : status === 'prepared'
            ? (await start({ variables: { input: { activityId, startedAt: new Date().toISOString() } } })).data?.startActivity
            : (await complete({ variables: { input: { activityId, completedAt: new Date().toISOString() } } })).data?.completeActivity;
      rememberWrite(result);
      void message.success(t('common.saved'));
      await activities.refetch();
    } catch (failure) {
      setActionError(failure);
    } finally {
      setBusy(null);
    }
  };
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
      <ErrorAlert error={activities.error ?? actionError} />
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
          {
            title: t('campaigns.nextStep'),
            key: 'next',
            render: (_, row) =>
              NEXT_STEP[row.status] ? (
                <Button size="small" loading={busy === row.id} onClick={() => void step(row.id, row.status)}>
                  {t(`campaigns.steps.${NEXT_STEP[row.status]}`)}
                </Button>
              ) : null,
          },
        ]}
      />
    </section>
  );
}
