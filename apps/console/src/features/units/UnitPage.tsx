import { useQuery } from '@apollo/client/react';
import { Button, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { vietnamToday } from '../../shared/dates';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { Loading } from '../../shared/Loading';
import { TAG } from '../../shared/tagColours';

const UNIT = graphql(`
  query UnitPage($id: ID!, $asOf: String) {
    unit(id: $id, asOf: $asOf) {
      id
      asOf
      nameVi
      nameEn
      levelLabel
      organisation
      areaCode
      status
      from
      flags {
        ethnicMinority
        mountainous
        border
        island
      }
      parent {
        id
        nameVi
      }
      predecessors {
        unitId
        from
      }
      successorIds
      history {
        from
        nameVi
        levelLabel
        status
        parentId
      }
      children(first: 100) {
        totalCount
        nodes {
          id
          nameVi
          levelLabel
          status
        }
      }
    }
  }
`);

const FLAGS = ['ethnicMinority', 'mountainous', 'border', 'island'] as const;

/** One unit as it was on a date: its details, flags, lineage (before and after restructuring) and the units below. */
export default function UnitPage() {
  const { t, i18n } = useTranslation();
  const { unitId = '' } = useParams();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const asOf = params.get('asOf') ?? vietnamToday();
  const { data, loading, error } = useQuery(UNIT, { variables: { id: unitId, asOf } });
  if (loading && !data) return <Loading />;
  const unit = data?.unit;
  if (!unit)
    return (
      <>
        <ErrorAlert error={error} />
        <Typography.Paragraph>{t('units.notFound')}</Typography.Paragraph>
      </>
    );
  const name = i18n.language === 'en' && unit.nameEn ? unit.nameEn : unit.nameVi;
  return (
    <section aria-labelledby="unit-title">
      <Typography.Title level={1} id="unit-title" style={{ fontSize: 24 }}>
        {name}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => void navigate(`/units/${unit.id}/dashboard`)}>
          {t('units.openDashboard')}
        </Button>
        <Button onClick={() => void navigate(`/units/${unit.id}/campaigns`)}>{t('units.openCampaigns')}</Button>
        <Button onClick={() => void navigate(`/units/${unit.id}/reports`)}>{t('units.openReports')}</Button>
        <Button onClick={() => void navigate(`/units/${unit.id}/people`)}>{t('units.openPeople')}</Button>
        <Button onClick={() => void navigate(`/history/unit/${unit.id}`)}>{t('history.open')}</Button>
      </Space>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('common.asOf')}>{unit.asOf}</Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>{t(`units.statuses.${unit.status}`, unit.status)}</Descriptions.Item>
        <Descriptions.Item label={t('units.level')}>{unit.levelLabel}</Descriptions.Item>
        <Descriptions.Item label={t('units.organisation')}>{unit.organisation}</Descriptions.Item>
        <Descriptions.Item label={t('units.areaCode')}>{unit.areaCode ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('units.parent')}>
          {unit.parent ? <Link to={`/units/${unit.parent.id}?asOf=${asOf}`}>{unit.parent.nameVi}</Link> : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('units.predecessors')}>
          {unit.predecessors.length
            ? unit.predecessors.map((predecessor) => (
                <Link key={predecessor.unitId} to={`/units/${predecessor.unitId}?asOf=${predecessor.from}`} style={{ marginRight: 8 }}>
                  {predecessor.unitId}
                </Link>
              ))
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('units.successors')}>
          {unit.successorIds.length
            ? unit.successorIds.map((id) => (
                <Link key={id} to={`/units/${id}`} style={{ marginRight: 8 }}>
                  {id}
                </Link>
              ))
            : '—'}
        </Descriptions.Item>
      </Descriptions>
      <div style={{ margin: '12px 0' }}>
        {FLAGS.filter((flag) => unit.flags[flag]).map((flag) => (
          <Tag key={flag} color={TAG.info}>
            {t(`units.flags.${flag}`)}
          </Tag>
        ))}
      </div>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('units.children')} ({unit.children.totalCount ?? unit.children.nodes.length})
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={unit.children.nodes}
        locale={{ emptyText: t('common.none') }}
        columns={[
          { title: t('common.name'), dataIndex: 'nameVi', render: (value: string, row) => <Link to={`/units/${row.id}?asOf=${asOf}`}>{value}</Link> },
          { title: t('units.level'), dataIndex: 'levelLabel' },
          { title: t('common.status'), dataIndex: 'status', render: (value: string) => t(`units.statuses.${value}`, value) },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('units.history')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="from"
        pagination={false}
        dataSource={unit.history}
        columns={[
          { title: t('common.from'), dataIndex: 'from' },
          { title: t('common.name'), dataIndex: 'nameVi' },
          { title: t('units.level'), dataIndex: 'levelLabel' },
          { title: t('common.status'), dataIndex: 'status', render: (value: string) => t(`units.statuses.${value}`, value) },
        ]}
      />
    </section>
  );
}
