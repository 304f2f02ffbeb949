import { useQuery } from '@apollo/client/react';
import { Button, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { matchesQuery } from '../../shared/fold';
import { TAG } from '../../shared/tagColours';
import { useUnitName } from '../../shared/useUnitName';
import { PlanCourseModal } from './PlanCourseModal';

const COURSES = graphql(`
  query TrainingCourses($unitId: ID!, $status: String, $after: String) {
    courses(unitId: $unitId, status: $status, first: 25, after: $after) {
      totalCount
      nodes {
        id
        title
        status
        level
        mode
        startsOn
        endsOn
        capacity
        confirmedCount
        pendingCount
        waitlistedCount
        passedCount
        notPassedCount
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const STATUSES = ['all', 'open', 'completed', 'cancelled'] as const;

export const courseStatusColour = (status: string) => (status === 'open' ? TAG.info : status === 'completed' ? TAG.good : TAG.bad);

/** A unit's courses: by status, found by title without regard to accents, page by page; and a new course's plan. */
export default function CoursesPage() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const unitName = useUnitName(unitId);
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('all');
  const [filter, setFilter] = useState('');
  const [planning, setPlanning] = useState(false);
  const { data, loading, error, fetchMore } = useQuery(COURSES, { variables: { unitId, status: status === 'all' ? null : status } });
  const connection = data?.courses;
  const rows = (connection?.nodes ?? []).filter((course) => matchesQuery(course.title, filter));

  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        courses: { ...fetchMoreResult.courses, nodes: [...previous.courses.nodes, ...fetchMoreResult.courses.nodes] },
      }),
    });

  return (
    <section aria-labelledby="training-title">
      <Typography.Title level={1} id="training-title" style={{ fontSize: 24 }}>
        {t('training.title', { unit: unitName })}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => setPlanning(true)}>
          {t('training.plan.open')}
        </Button>
        <Link to={`/units/${unitId}/training/qualifications`}>{t('training.qualifications')}</Link>
      </Space>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('training.courses')}
      </Typography.Title>
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented
          aria-label={t('training.statusFilter')}
          value={status}
          onChange={(value) => setStatus(value)}
          options={STATUSES.map((value) => ({ value, label: value === 'all' ? t('training.all') : t(`training.courseStatuses.${value}`) }))}
        />
        <Input.Search
          aria-label={t('training.filterHelp')}
          placeholder={t('common.searchPlaceholder')}
          allowClear
          style={{ width: 320 }}
          onChange={(event) => setFilter(event.target.value)}
        />
        {typeof connection?.totalCount === 'number' ? <Typography.Text>{t('common.total', { count: connection.totalCount })}</Typography.Text> : null}
      </Space>
      <ErrorAlert error={error} />
      <Table
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="courses-table"
        locale={{ emptyText: t('common.none') }}
        columns={[
          { title: t('common.name'), dataIndex: 'title', render: (title: string, row) => <Link to={`/training/courses/${row.id}`}>{title}</Link> },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (value: string) => <Tag color={courseStatusColour(value)}>{t(`training.courseStatuses.${value}`, value)}</Tag>,
          },
          { title: t('training.dates'), key: 'dates', render: (_, row) => `${row.startsOn} → ${row.endsOn}` },
          { title: t('training.level'), dataIndex: 'level', render: (value: string) => t(`training.levels.${value}`, value) },
          { title: t('training.mode'), dataIndex: 'mode', render: (value: string) => t(`training.modes.${value}`, value) },
          { title: t('training.places'), key: 'places', align: 'right', render: (_, row) => `${row.confirmedCount} / ${row.capacity}` },
          { title: t('training.pending'), dataIndex: 'pendingCount', align: 'right' },
          { title: t('training.passed'), dataIndex: 'passedCount', align: 'right' },
          { title: t('training.notPassed'), dataIndex: 'notPassedCount', align: 'right' },
        ]}
      />
      {connection?.pageInfo.hasNextPage ? (
        <Button style={{ marginTop: 12 }} onClick={() => void loadMore()}>
          {t('common.more')}
        </Button>
      ) : null}
      {planning ? <PlanCourseModal unitId={unitId} onClose={() => setPlanning(false)} /> : null}
    </section>
  );
}
