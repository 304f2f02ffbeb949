import { useQuery } from '@apollo/client/react';
import { Alert, Button, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { matchesQuery } from '../../shared/fold';
import { TAG } from '../../shared/tagColours';
import { useUnitName } from '../../shared/useUnitName';
import { ExtensionPreview } from './ExtensionPreview';
import { expiryOf } from './expiry';
import { nameOf, usePersonNames } from './names';
import { UnitLabel } from './UnitLabel';

const KINDS = graphql(`
  query TrainingQualificationKinds {
    qualificationKinds {
      id
      name
      validityYears
      isTrainerQualification
    }
  }
`);

const HOLDERS = graphql(`
  query TrainingUnitQualifications($unitId: ID!, $kindId: ID!, $asOf: String, $status: String, $after: String) {
    unitQualifications(unitId: $unitId, kindId: $kindId, asOf: $asOf, status: $status, first: 50, after: $after) {
      asOf
      totalCount
      totals {
        status
        count
      }
      nodes {
        personId
        personKind
        unitId
        recordId
        status
        grantedOn
        validUntil
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const WINDOWS = [30, 60, 90, 180, 365];
export const qualificationColour = (status: string) =>
  status === 'valid' ? TAG.good : status === 'expired-renewable' ? TAG.warn : status === 'not-yet-valid' ? TAG.info : TAG.bad;

/**
 * A unit's qualifications of one kind as of a date (the server's today unless chosen): who holds
 * them, expired ones, and those expiring within the chosen window highlighted.
 */
export default function QualificationsPage() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const unitName = useUnitName(unitId);
  const [params, setParams] = useSearchParams();
  const kinds = useQuery(KINDS);
  const kindList = kinds.data?.qualificationKinds ?? [];
  const kindId = params.get('kind') ?? kindList[0]?.id ?? '';
  const asOf = params.get('asOf');
  const status = params.get('status');
  const within = Number(params.get('within') ?? 90);
  const [filter, setFilter] = useState('');
  const holders = useQuery(HOLDERS, { variables: { unitId, kindId, asOf, status }, skip: !kindId });
  const connection = holders.data?.unitQualifications;
  const nodes = useMemo(() => connection?.nodes ?? [], [connection]);
  const names = usePersonNames(nodes);
  const serverAsOf = connection?.asOf;
  const update = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes))
        if (value === null) next.delete(key);
        else next.set(key, value);
      return next;
    });

  const expiring = (row: { status: string; validUntil: string }) => expiryOf(row, serverAsOf, within).kind === 'expiring';
  const expired = (row: { status: string; validUntil: string }) => expiryOf(row, serverAsOf, within).kind === 'expired';
  const daysLeft = (row: { status: string; validUntil: string }) => {
    const expiry = expiryOf(row, serverAsOf, within);
    return expiry.kind === 'expiring' ? expiry.daysLeft : 0;
  };
  const rows = nodes.filter((row) => matchesQuery(`${nameOf(names, row.personId)} ${row.personId}`, filter));
  const expiringCount = nodes.filter(expiring).length;
  const expiredCount = nodes.filter(expired).length;

  const loadMore = () =>
    holders.fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        unitQualifications: {
          ...fetchMoreResult.unitQualifications,
          nodes: [...previous.unitQualifications.nodes, ...fetchMoreResult.unitQualifications.nodes],
        },
      }),
    });

  return (
    <section aria-labelledby="qualifications-title">
      <Typography.Title level={1} id="qualifications-title" style={{ fontSize: 24 }}>
        {t('training.qualificationsTitle', { unit: unitName })}
      </Typography.Title>
      <Typography.Paragraph>
        <Link to={`/units/${unitId}/training`}>{t('training.course.back')}</Link>
      </Typography.Paragraph>
      <ErrorAlert error={kinds.error ?? holders.error} />
      {kinds.data && !kindList.length ? <Typography.Paragraph>{t('training.quals.noKind')}</Typography.Paragraph> : null}
      <Space wrap style={{ marginBottom: 16 }} align="end">
        <label>
          <div>{t('training.quals.kind')}</div>
          <Select
            aria-label={t('training.quals.kind')}
            style={{ width: 360 }}
            value={kindId || undefined}
            loading={kinds.loading}
            onChange={(value: string) => update({ kind: value, status: null })}
            options={kindList.map((kind) => ({
              value: kind.id,
              label: `${kind.name} (${t('training.quals.validityYears', { years: kind.validityYears })}${kind.isTrainerQualification ? `, ${t('training.quals.trainerKind')}` : ''})`,
            }))}
          />
        </label>
        <label>
          <div>{t('training.quals.asOf')}</div>
          <DatePicker
            aria-label={t('training.quals.asOf')}
            format="YYYY-MM-DD"
            value={asOf ? dayjs(asOf) : serverAsOf ? dayjs(serverAsOf) : null}
            onChange={(value) => update({ asOf: value ? value.format('YYYY-MM-DD') : null })}
          />
        </label>
        <label>
          <div>{t('training.quals.warnWithin')}</div>
          <Select
            aria-label={t('training.quals.warnWithin')}
            style={{ width: 140 }}
            value={within}
            onChange={(value: number) => update({ within: String(value) })}
            options={WINDOWS.map((days) => ({ value: days, label: t('training.quals.days', { count: days }) }))}
          />
        </label>
        <Input.Search
          aria-label={t('common.search')}
          placeholder={t('common.searchPlaceholder')}
          allowClear
          style={{ width: 280 }}
          onChange={(event) => setFilter(event.target.value)}
        />
      </Space>
      <Space wrap style={{ marginBottom: 12 }} role="group" aria-label={t('training.statusFilter')}>
        <Button size="small" type={status === null ? 'primary' : 'default'} aria-pressed={status === null} onClick={() => update({ status: null })}>
          {t('training.all')} ({connection?.totals.reduce((sum, entry) => sum + entry.count, 0) ?? '…'})
        </Button>
        {(connection?.totals ?? []).map((entry) => (
          <Button
            key={entry.status}
            size="small"
            type={status === entry.status ? 'primary' : 'default'}
            aria-pressed={status === entry.status}
            onClick={() => update({ status: entry.status })}
          >
            {t(`training.quals.statuses.${entry.status}`, entry.status)} ({entry.count})
          </Button>
        ))}
      </Space>
      {connection ? (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
          {expiringCount ? (
            <Alert type="warning" showIcon data-testid="expiring-summary" title={t('training.quals.expiringSummary', { count: expiringCount, days: within })} />
          ) : null}
          {expiredCount ? (
            <Alert type="error" showIcon data-testid="expired-summary" title={t('training.quals.expiredSummary', { count: expiredCount })} />
          ) : null}
        </Space>
      ) : null}
      <Table
        size="small"
        rowKey="recordId"
        loading={holders.loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="holders-table"
        rowClassName={(row) => (expiring(row) ? 'training-expiring' : expired(row) ? 'training-expired' : '')}
        onRow={(row) => ({ style: expiring(row) ? { background: '#fff7e6' } : expired(row) ? { background: '#fff1f0' } : undefined })}
        locale={{ emptyText: t('common.none') }}
        columns={[
          {
            title: t('training.quals.holder'),
            dataIndex: 'personId',
            render: (personId: string, row) => (
              <Link to={`/training/people/${personId}?unit=${row.unitId ?? ''}${asOf ? `&asOf=${asOf}` : ''}`}>{nameOf(names, personId)}</Link>
            ),
          },
          {
            title: t('training.course.kind'),
            dataIndex: 'personKind',
            render: (kind: string | null) => (kind ? t(`training.course.kinds.${kind}`, kind) : '—'),
          },
          { title: t('training.quals.grantedIn'), dataIndex: 'unitId', render: (value: string | null) => <UnitLabel unitId={value} /> },
          { title: t('training.quals.grantedOn'), dataIndex: 'grantedOn' },
          { title: t('training.quals.validUntil'), dataIndex: 'validUntil' },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (value: string, row) => (
              <Space wrap size={4}>
                <Tag color={qualificationColour(value)}>{t(`training.quals.statuses.${value}`, value)}</Tag>
                {expiring(row) ? <Tag color={TAG.warn}>{t('training.quals.expiring', { count: daysLeft(row) })}</Tag> : null}
              </Space>
            ),
          },
        ]}
      />
      {connection?.pageInfo.hasNextPage ? (
        <Button style={{ marginTop: 12 }} onClick={() => void loadMore()}>
          {t('common.more')}
        </Button>
      ) : null}
      {kindId ? <ExtensionPreview key={kindId} kindId={kindId} names={names} /> : null}
    </section>
  );
}
