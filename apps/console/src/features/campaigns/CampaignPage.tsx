import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Descriptions, Space, Table, Tabs, Tag, Typography } from 'antd';
import { lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { rememberWrite } from '../../api/consistency';
import { graphql } from '../../gql';
import { vietnamToday } from '../../shared/dates';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { Loading } from '../../shared/Loading';
import { useUnitName } from '../../shared/useUnitName';
import { load } from '../../shared/load';
import { PlanActivityModal, ProposeActivityModal, RenameActivityModal } from '../operations/ActivityForms';
import { ReasonModal } from '../operations/common';

const CertificatesTab = lazy(() => import('../results/CertificatesTab'));

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
      pageInfo {
        hasNextPage
        endCursor
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
const CANCEL = graphql(`
  mutation CancelActivity($input: CancelActivityInput!) {
    cancelActivity(input: $input) {
      consistencyToken
    }
  }
`);
/** Statuses an activity can still be renamed or cancelled in. */
const OPEN_STATUSES = new Set(['needs-survey', 'planned', 'prepared', 'in-progress']);

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
  const organiserName = useUnitName(organiser ?? '');
  const activities = useQuery(ACTIVITIES, { variables: { unitId: organiser ?? '', campaignId }, skip: !organiser });
  const { message } = App.useApp();
  const [prepare] = useMutation(PREPARE);
  const [start] = useMutation(START);
  const [complete] = useMutation(COMPLETE);
  const [cancel] = useMutation(CANCEL);
  const [busy, setBusy] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ kind: 'propose' } | { kind: 'plan' | 'rename' | 'cancel'; id: string; name: string } | null>(null);
  const closeDialog = () => setDialog(null);
  const reread = () => Promise.all([activities.refetch(), campaign.refetch()]);
  const loadMore = () =>
    activities.fetchMore({
      variables: { after: activities.data?.activities.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        activities: { ...fetchMoreResult.activities, nodes: [...previous.activities.nodes, ...fetchMoreResult.activities.nodes] },
      }),
    });

  /** Cancelling an activity with the reason, on today's date. */
  const cancelActivity = async (activityId: string, reason: string) => {
    setBusy(activityId);
    setActionError(null);
    try {
      rememberWrite((await cancel({ variables: { input: { activityId, reason, cancelledOn: vietnamToday() } } })).data?.cancelActivity);
      void message.success(t('operations.activity.cancelled'));
      closeDialog();
      await reread();
    } catch (failure) {
      closeDialog();
      setActionError(failure);
    } finally {
      setBusy(null);
    }
  };
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
      await reread();
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
      <Typography.Paragraph>
        <Link to={`/history/campaign/${value.id}`}>{t('history.open')}</Link>
      </Typography.Paragraph>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('campaigns.role')}>{t(`campaigns.roles.${value.role}`, value.role)}</Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>{t(`campaigns.statuses.${value.status}`, value.status)}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns.period')}>
          {value.startsOn} → {value.endsOn}
        </Descriptions.Item>
        <Descriptions.Item label={t('campaigns.domain')}>
          {value.domains.map((domain) => (
            <Tag key={domain}>{t(`operations.domains.${domain}`, domain)}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('operations.organiser')}>
          <Link to={`/units/${value.organiserUnitId}`}>{organiserName || value.organiserUnitId}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('campaigns.goals')}>{value.goals.map((goal) => `${goal.measure}: ${goal.target}`).join('; ') || '—'}</Descriptions.Item>
      </Descriptions>
      <Tabs
        items={[
          {
            key: 'activities',
            label: t('operations.campaignTabs.activities'),
            children: (
              <>
                <Space style={{ marginBottom: 12 }} wrap>
                  <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
                    {t('campaigns.activityCount', { count: value.activityCount })}
                  </Typography.Title>
                  {value.role !== 'template' ? (
                    <Button type="primary" onClick={() => setDialog({ kind: 'propose' })}>
                      {t('operations.activity.propose')}
                    </Button>
                  ) : null}
                </Space>
                <ErrorAlert error={activities.error ?? actionError} />
                <Table
                  size="small"
                  rowKey="id"
                  loading={activities.loading}
                  dataSource={activities.data?.activities.nodes ?? []}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  locale={{ emptyText: <Typography.Text type="secondary">{t('common.none')}</Typography.Text> }}
                  columns={[
                    { title: t('common.name'), dataIndex: 'name', render: (name: string, row) => <Link to={`/activities/${row.id}`}>{name}</Link> },
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
                        ) : row.status === 'needs-survey' ? (
                          <Button size="small" onClick={() => setDialog({ kind: 'plan', id: row.id, name: row.name })}>
                            {t('operations.activity.plan')}
                          </Button>
                        ) : null,
                    },
                    {
                      title: t('operations.activity.actions'),
                      key: 'actions',
                      render: (_, row) =>
                        OPEN_STATUSES.has(row.status) ? (
                          <Space size="small" wrap>
                            <Button size="small" onClick={() => setDialog({ kind: 'rename', id: row.id, name: row.name })}>
                              {t('operations.activity.rename')}
                            </Button>
                            <Button size="small" danger onClick={() => setDialog({ kind: 'cancel', id: row.id, name: row.name })}>
                              {t('operations.activity.cancel')}
                            </Button>
                          </Space>
                        ) : null,
                    },
                  ]}
                />
                {activities.data?.activities.pageInfo.hasNextPage ? (
                  <Button style={{ marginTop: 12 }} onClick={() => void loadMore()}>
                    {t('common.more')}
                  </Button>
                ) : null}
              </>
            ),
          },
          {
            key: 'certificates',
            label: t('operations.campaignTabs.certificates'),
            children: load(<CertificatesTab campaignId={value.id} unitId={value.organiserUnitId} />),
          },
        ]}
      />
      {dialog?.kind === 'propose' ? (
        <ProposeActivityModal campaignId={value.id} organiserUnitId={value.organiserUnitId} domains={value.domains} onClose={closeDialog} onDone={reread} />
      ) : null}
      {dialog?.kind === 'plan' ? <PlanActivityModal activityId={dialog.id} onClose={closeDialog} onDone={reread} /> : null}
      {dialog?.kind === 'rename' ? <RenameActivityModal activityId={dialog.id} name={dialog.name} onClose={closeDialog} onDone={reread} /> : null}
      {dialog?.kind === 'cancel' ? (
        <ReasonModal
          title={t('operations.activity.cancelTitle', { name: dialog.name })}
          okText={t('operations.activity.cancel')}
          busy={busy === dialog.id}
          onSubmit={(reason) => void cancelActivity(dialog.id, reason)}
          onClose={closeDialog}
        />
      ) : null}
    </section>
  );
}
