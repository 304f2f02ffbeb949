import { useQuery } from '@apollo/client/react';
import { Button, Input, Tabs, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { matchesQuery } from '../../shared/fold';
import { useUnitName } from '../../shared/useUnitName';
import { TAG } from '../../shared/tagColours';

const CADRES = graphql(`
  query UnitCadres($unitId: ID!, $after: String) {
    cadres(unitId: $unitId, first: 50, after: $after) {
      totalCount
      nodes {
        id
        fullName
        positions {
          positionId
          title
          unitId
          dedicatedToVolunteerWork
          termStart
          endedOn
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const VOLUNTEERS = graphql(`
  query UnitVolunteers($unitId: ID!, $after: String) {
    volunteers(unitId: $unitId, first: 50, after: $after) {
      totalCount
      nodes {
        id
        fullName
        phone
        email
        skills
        registeredOn
        erased
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ACCOUNTS = graphql(`
  query UnitAccounts($unitId: ID!, $after: String) {
    accounts(unitId: $unitId, first: 50, after: $after) {
      totalCount
      nodes {
        accountId
        username
        kind
        closed
        roles {
          role
          unitId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * A unit's people. Personal data comes only as the caller's role allows: the API answers null for
 * a field the role may not read, and the console says so rather than showing an empty cell.
 */
export default function PeoplePage() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const unitName = useUnitName(unitId);
  const [filter, setFilter] = useState('');
  const cadres = useQuery(CADRES, { variables: { unitId } });
  const volunteers = useQuery(VOLUNTEERS, { variables: { unitId } });
  const accounts = useQuery(ACCOUNTS, { variables: { unitId } });
  const hidden = <Typography.Text type="secondary">{t('people.hidden')}</Typography.Text>;
  const byName = (name: string | null | undefined) => !filter.trim() || (name ? matchesQuery(name, filter) : false);

  const more = (hasNext: boolean | undefined, load: () => unknown) =>
    hasNext ? (
      <Button style={{ marginTop: 12 }} onClick={() => void load()}>
        {t('common.more')}
      </Button>
    ) : null;

  return (
    <section aria-labelledby="people-title">
      <Typography.Title level={1} id="people-title" style={{ fontSize: 24 }}>
        {t('people.title', { unit: unitName })}
      </Typography.Title>
      <Input.Search
        aria-label={t('common.search')}
        placeholder={t('common.searchPlaceholder')}
        allowClear
        style={{ width: 320, marginBottom: 16 }}
        onChange={(event) => setFilter(event.target.value)}
      />
      <Tabs
        items={[
          {
            key: 'cadres',
            label: `${t('people.cadres')} (${cadres.data?.cadres.totalCount ?? '…'})`,
            children: (
              <>
                <ErrorAlert error={cadres.error} />
                <Table
                  size="small"
                  rowKey="id"
                  loading={cadres.loading}
                  pagination={false}
                  dataSource={(cadres.data?.cadres.nodes ?? []).filter((cadre) => byName(cadre.fullName))}
                  locale={{ emptyText: t('common.none') }}
                  columns={[
                    { title: t('people.fullName'), dataIndex: 'fullName', render: (name: string | null) => name ?? hidden },
                    {
                      title: t('people.positions'),
                      dataIndex: 'positions',
                      render: (positions: { positionId: string; title: string; dedicatedToVolunteerWork: boolean; endedOn?: string | null }[]) =>
                        positions
                          .filter((position) => !position.endedOn)
                          .map((position) => (
                            <Tag key={position.positionId}>
                              {position.title}
                              {position.dedicatedToVolunteerWork ? ` · ${t('people.dedicated')}` : ''}
                            </Tag>
                          )),
                    },
                  ]}
                />
                {more(cadres.data?.cadres.pageInfo.hasNextPage, () =>
                  cadres.fetchMore({
                    variables: { after: cadres.data?.cadres.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      cadres: { ...fetchMoreResult.cadres, nodes: [...previous.cadres.nodes, ...fetchMoreResult.cadres.nodes] },
                    }),
                  }),
                )}
              </>
            ),
          },
          {
            key: 'volunteers',
            label: `${t('people.volunteers')} (${volunteers.data?.volunteers.totalCount ?? '…'})`,
            children: (
              <>
                <ErrorAlert error={volunteers.error} />
                <Table
                  size="small"
                  rowKey="id"
                  loading={volunteers.loading}
                  pagination={false}
                  dataSource={(volunteers.data?.volunteers.nodes ?? []).filter((volunteer) => byName(volunteer.fullName))}
                  locale={{ emptyText: t('common.none') }}
                  columns={[
                    {
                      title: t('people.fullName'),
                      dataIndex: 'fullName',
                      render: (name: string | null, row) =>
                        row.erased ? <Typography.Text type="secondary">{t('people.erased')}</Typography.Text> : (name ?? hidden),
                    },
                    { title: t('people.phone'), dataIndex: 'phone', render: (phone: string | null, row) => (row.erased ? '—' : (phone ?? hidden)) },
                    { title: t('people.email'), dataIndex: 'email', render: (email: string | null, row) => (row.erased ? '—' : (email ?? hidden)) },
                    { title: t('people.skills'), dataIndex: 'skills', render: (skills: string[]) => skills.join(', ') },
                    { title: t('people.registeredOn'), dataIndex: 'registeredOn' },
                    { title: t('history.open'), key: 'history', render: (_, row) => <Link to={`/history/volunteer/${row.id}`}>{t('common.open')}</Link> },
                  ]}
                />
                {more(volunteers.data?.volunteers.pageInfo.hasNextPage, () =>
                  volunteers.fetchMore({
                    variables: { after: volunteers.data?.volunteers.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      volunteers: { ...fetchMoreResult.volunteers, nodes: [...previous.volunteers.nodes, ...fetchMoreResult.volunteers.nodes] },
                    }),
                  }),
                )}
              </>
            ),
          },
          {
            key: 'accounts',
            label: `${t('people.accounts')} (${accounts.data?.accounts.totalCount ?? '…'})`,
            children: (
              <>
                <ErrorAlert error={accounts.error} />
                <Table
                  size="small"
                  rowKey="accountId"
                  loading={accounts.loading}
                  pagination={false}
                  dataSource={(accounts.data?.accounts.nodes ?? []).filter((account) => byName(account.username))}
                  locale={{ emptyText: t('common.none') }}
                  columns={[
                    { title: t('people.username'), dataIndex: 'username', render: (name: string | null) => name ?? '—' },
                    { title: t('people.kind'), dataIndex: 'kind' },
                    {
                      title: t('people.roles'),
                      dataIndex: 'roles',
                      render: (roles: { role: string; unitId?: string | null }[]) =>
                        roles.map((grant) => <Tag key={`${grant.role}-${grant.unitId ?? ''}`}>{grant.role}</Tag>),
                    },
                    {
                      title: t('common.status'),
                      dataIndex: 'closed',
                      render: (closed: boolean) => (closed ? <Tag color={TAG.bad}>{t('people.closed')}</Tag> : null),
                    },
                  ]}
                />
                {more(accounts.data?.accounts.pageInfo.hasNextPage, () =>
                  accounts.fetchMore({
                    variables: { after: accounts.data?.accounts.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      accounts: { ...fetchMoreResult.accounts, nodes: [...previous.accounts.nodes, ...fetchMoreResult.accounts.nodes] },
                    }),
                  }),
                )}
              </>
            ),
          },
        ]}
      />
    </section>
  );
}
