import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { vietnamToday } from '../../shared/dates';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { matchesQuery } from '../../shared/fold';
import { useUnitName } from '../../shared/useUnitName';
import { currentSession } from '../../session/session';
import { useFieldMe } from './me';
import { useAttendanceQueue } from './useAttendanceQueue';
import { formatDate, formatTime, overlapsDay } from './time';

const DAY_ACTIVITIES = graphql(`
  query FieldDayActivities($unitId: ID!, $date: String!, $after: String) {
    activities(unitId: $unitId, from: $date, to: $date, first: 20, after: $after) {
      nodes {
        id
        name
        status
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ACTIVITY_SHIFTS = graphql(`
  query FieldActivityShifts($activityId: ID!) {
    shifts(activityId: $activityId) {
      id
      activityId
      roleName
      startsAt
      endsAt
      capacity
      confirmedCount
    }
  }
`);

/** A link that looks like the primary button (a link, since it opens a page). */
const OPEN_LINK = { background: '#1f4fa3', color: '#fff', padding: '6px 16px', borderRadius: 6, fontWeight: 500 } as const;

/** The team leader's day: the shifts of the units they lead that run today, each opening its check-in. */
export default function TodayPage() {
  const { t, i18n } = useTranslation();
  const { attendanceUnits, loading, error } = useFieldMe();
  const [filter, setFilter] = useState('');
  const today = vietnamToday();
  // Check-ins still queued on this device (of any shift) go up from here too.
  useAttendanceQueue(currentSession()?.accountId ?? '', '', () => undefined);
  return (
    <section aria-labelledby="field-today-title" style={{ maxWidth: 560, margin: '0 auto' }}>
      <Typography.Title level={1} id="field-today-title" style={{ fontSize: 22 }}>
        {t('field.today.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('field.today.date', { date: formatDate(today, i18n.language) })}</Typography.Paragraph>
      <ErrorAlert error={error} />
      {!loading && !error && attendanceUnits.length === 0 ? <Alert type="info" showIcon title={t('field.today.noTeam')} /> : null}
      {attendanceUnits.length > 0 ? (
        <Input.Search
          aria-label={t('field.today.filter')}
          placeholder={t('common.searchPlaceholder')}
          allowClear
          onChange={(event) => setFilter(event.target.value)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {attendanceUnits.map((unitId) => (
        <UnitDay key={unitId} unitId={unitId} date={today} filter={filter} />
      ))}
    </section>
  );
}

function UnitDay({ unitId, date, filter }: { unitId: string; date: string; filter: string }) {
  const { t } = useTranslation();
  const unitName = useUnitName(unitId);
  const { data, error, loading, fetchMore } = useQuery(DAY_ACTIVITIES, { variables: { unitId, date } });
  const connection = data?.activities;
  const activities = (connection?.nodes ?? []).filter((activity) => activity.status !== 'cancelled' && matchesQuery(activity.name, filter));
  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        activities: { ...fetchMoreResult.activities, nodes: [...previous.activities.nodes, ...fetchMoreResult.activities.nodes] },
      }),
    });
  return (
    <div style={{ marginBottom: 24 }}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('field.today.unit', { unit: unitName || unitId })}
      </Typography.Title>
      <ErrorAlert error={error} />
      {!loading && activities.length === 0 ? <Empty description={t('field.today.noShifts')} /> : null}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {activities.map((activity) => (
          <ActivityShifts key={activity.id} activityId={activity.id} name={activity.name} date={date} />
        ))}
      </Space>
      {connection?.pageInfo.hasNextPage ? (
        <Button style={{ marginTop: 12 }} onClick={() => void loadMore()}>
          {t('common.more')}
        </Button>
      ) : null}
    </div>
  );
}

function ActivityShifts({ activityId, name, date }: { activityId: string; name: string; date: string }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(ACTIVITY_SHIFTS, { variables: { activityId } });
  const shifts = (data?.shifts ?? []).filter((shift) => overlapsDay(shift, date));
  if (!error && shifts.length === 0) return null;
  return (
    <Card size="small" title={<h3 style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>{name}</h3>}>
      <ErrorAlert error={error} />
      {shifts.map((shift) => (
        <div key={shift.id} style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, padding: '8px 0', flexWrap: 'wrap' }}>
          <div>
            <Typography.Text strong>{shift.roleName}</Typography.Text>
            <br />
            <Typography.Text>
              {t('field.today.shiftTime', { from: formatTime(shift.startsAt, i18n.language), to: formatTime(shift.endsAt, i18n.language) })}
              {' · '}
              {t('field.today.places', { confirmed: shift.confirmedCount, capacity: shift.capacity })}
            </Typography.Text>
          </div>
          <Link to={`/field/shifts/${shift.id}`} aria-label={t('field.today.openLabel', { role: shift.roleName, activity: name })} style={OPEN_LINK}>
            {t('field.today.open')}
          </Link>
        </div>
      ))}
    </Card>
  );
}
