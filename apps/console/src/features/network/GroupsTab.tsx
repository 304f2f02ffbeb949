import { useMutation, useQuery } from '@apollo/client/react';
import { Button, DatePicker, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { matchesQuery } from '../../shared/fold';
import { TAG } from '../../shared/tagColours';
import { isoDate, ReasonModal, UnitLabel, useAct, Empty } from './common';

const GROUPS = graphql(`
  query NetworkUnitGroups($unitId: ID!, $asOf: String, $status: String, $includeSubtree: Boolean, $after: String) {
    unitGroups(unitId: $unitId, asOf: $asOf, status: $status, includeSubtree: $includeSubtree, first: 25, after: $after) {
      asOf
      totalCount
      totals {
        status
        count
      }
      nodes {
        id
        name
        kind
        status
        channel
        size
        fields
        hostUnitId
        currentHostUnitId
        proposedHostUnitId
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const VERIFY = graphql(`
  mutation NetworkVerifyGroup($input: VerifyGroupInput!) {
    verifyGroup(input: $input) {
      consistencyToken
    }
  }
`);
const DECLINE = graphql(`
  mutation NetworkDeclineGroup($input: DeclineGroupVerificationInput!) {
    declineGroupVerification(input: $input) {
      consistencyToken
    }
  }
`);
const DECLARE = graphql(`
  mutation NetworkDeclareGroupStatus($input: DeclareGroupStatusInput!) {
    declareGroupStatus(input: $input) {
      consistencyToken
    }
  }
`);

const STATUSES = ['pending-verification', 'declined', 'active', 'dormant', 'dissolved'] as const;
const COLOURS: Record<string, string | undefined> = {
  active: TAG.good,
  'pending-verification': TAG.warn,
  declined: TAG.bad,
  dissolved: TAG.bad,
  dormant: TAG.info,
};

interface Row {
  id: string;
  name: string;
}

/** A unit's groups as of a date, by status, with its subtree or not; pending ones verified or declined here. */
export default function GroupsTab({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [includeSubtree, setIncludeSubtree] = useState(true);
  const [filter, setFilter] = useState('');
  const { data, loading, error, fetchMore, refetch } = useQuery(GROUPS, { variables: { unitId, asOf, status, includeSubtree } });
  const [verify] = useMutation(VERIFY);
  const [decline] = useMutation(DECLINE);
  const [declare] = useMutation(DECLARE);
  const { act, error: actionError, busy } = useAct(refetch);
  const [declining, setDeclining] = useState<Row | null>(null);
  const [declaring, setDeclaring] = useState<Row | null>(null);
  const [declareForm] = Form.useForm<{ status: string; reason: string }>();
  const connection = data?.unitGroups;
  const rows = (connection?.nodes ?? []).filter((group) => matchesQuery(group.name, filter));
  const fieldLabel = (field: string) => t(`network.fields.${field}`, field);

  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        unitGroups: { ...fetchMoreResult.unitGroups, nodes: [...previous.unitGroups.nodes, ...fetchMoreResult.unitGroups.nodes] },
      }),
    });

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <label>
          {t('common.asOf')}{' '}
          <DatePicker
            aria-label={t('common.asOf')}
            value={connection?.asOf ? dayjs(connection.asOf) : asOf ? dayjs(asOf) : null}
            format="YYYY-MM-DD"
            allowClear={false}
            onChange={(value) => value && setAsOf(isoDate(value))}
          />
        </label>
        <Select
          aria-label={t('network.statusFilter')}
          style={{ width: 200 }}
          value={status ?? ''}
          onChange={(value: string) => setStatus(value || undefined)}
          options={[{ value: '', label: t('network.allStatuses') }, ...STATUSES.map((value) => ({ value, label: t(`network.groups.statuses.${value}`) }))]}
        />
        <Space>
          <Switch id="groups-subtree" checked={includeSubtree} onChange={setIncludeSubtree} />
          <label htmlFor="groups-subtree">{t('network.groups.includeSubtree')}</label>
        </Space>
        <Input.Search
          aria-label={t('network.searchHelp')}
          placeholder={t('common.searchPlaceholder')}
          allowClear
          style={{ width: 280 }}
          onChange={(event) => setFilter(event.target.value)}
        />
      </Space>
      <Typography.Paragraph type="secondary">{t('network.groups.asOfHelp')}</Typography.Paragraph>
      {connection ? (
        <Space wrap style={{ marginBottom: 12 }} data-testid="group-totals">
          <Typography.Text>{t('common.total', { count: connection.totals.reduce((sum, total) => sum + total.count, 0) })}</Typography.Text>
          {connection.totals
            .filter((total) => total.count > 0)
            .map((total) => (
              <Tag key={total.status} color={COLOURS[total.status]}>
                {t(`network.groups.statuses.${total.status}`, total.status)}: {total.count}
              </Tag>
            ))}
        </Space>
      ) : null}
      <ErrorAlert error={error ?? actionError} />
      <Table
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty text={t('common.none')} /> }}
        scroll={{ x: true }}
        columns={[
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('network.groups.kind'), dataIndex: 'kind', render: (kind: string) => t(`network.groups.kinds.${kind}`, kind) },
          { title: t('network.groups.host'), key: 'host', render: (_, group) => <UnitLabel unitId={group.hostUnitId ?? group.currentHostUnitId} /> },
          { title: t('network.groups.size'), dataIndex: 'size', align: 'right' },
          { title: t('network.groups.fields'), dataIndex: 'fields', render: (fields: string[]) => fields.map(fieldLabel).join(', ') },
          { title: t('network.groups.channel'), dataIndex: 'channel', render: (channel: string) => t(`network.groups.channels.${channel}`, channel) },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (value: string) => <Tag color={COLOURS[value]}>{t(`network.groups.statuses.${value}`, value)}</Tag>,
          },
          {
            title: t('network.actions'),
            key: 'actions',
            render: (_, group) =>
              group.status === 'pending-verification' ? (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    disabled={busy}
                    aria-label={`${t('network.groups.verify')}: ${group.name}`}
                    onClick={() => void act(() => verify({ variables: { input: { groupId: group.id } } }), t('network.groups.verified'))}
                  >
                    {t('network.groups.verify')}
                  </Button>
                  <Button size="small" danger aria-label={`${t('network.groups.decline')}: ${group.name}`} onClick={() => setDeclining(group)}>
                    {t('network.groups.decline')}
                  </Button>
                </Space>
              ) : group.status === 'active' || group.status === 'dormant' ? (
                <Button size="small" aria-label={`${t('network.groups.declare')}: ${group.name}`} onClick={() => setDeclaring(group)}>
                  {t('network.groups.declare')}
                </Button>
              ) : null,
          },
        ]}
      />
      {connection?.pageInfo.hasNextPage ? (
        <Button style={{ marginTop: 12 }} onClick={() => void loadMore()}>
          {t('common.more')}
        </Button>
      ) : null}
      <ReasonModal
        open={declining !== null}
        title={t('network.groups.declineTitle', { name: declining?.name ?? '' })}
        okText={t('network.groups.decline')}
        danger
        busy={busy}
        onClose={() => setDeclining(null)}
        onSubmit={({ reason }, form) =>
          void act(() => decline({ variables: { input: { groupId: declining?.id ?? '', reason } } }), t('network.groups.declined'), {
            instance: form,
            fields: ['reason'],
          }).then((ok) => ok && setDeclining(null))
        }
      />
      <Modal
        open={declaring !== null}
        title={t('network.groups.declareTitle', { name: declaring?.name ?? '' })}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: busy }}
        onOk={() => declareForm.submit()}
        onCancel={() => setDeclaring(null)}
        destroyOnHidden
      >
        <Form
          form={declareForm}
          layout="vertical"
          onFinish={(values) =>
            void act(
              () => declare({ variables: { input: { groupId: declaring?.id ?? '', status: values.status, reason: values.reason } } }),
              t('network.groups.declared'),
              { instance: declareForm, fields: ['status', 'reason'] },
            ).then((ok) => ok && setDeclaring(null))
          }
        >
          <Form.Item name="status" label={t('network.groups.newStatus')} rules={[{ required: true, message: t('network.groups.newStatusRequired') }]}>
            <Select options={(['active', 'dormant', 'dissolved'] as const).map((value) => ({ value, label: t(`network.groups.statuses.${value}`) }))} />
          </Form.Item>
          <Form.Item name="reason" label={t('network.reason')} rules={[{ required: true, whitespace: true, message: t('network.reasonRequired') }]}>
            <Input onPressEnter={() => declareForm.submit()} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
