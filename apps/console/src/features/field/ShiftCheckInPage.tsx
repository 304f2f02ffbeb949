import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiProblemsOf } from '../../api/errors';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { matchesQuery } from '../../shared/fold';
import { TAG } from '../../shared/tagColours';
import { currentSession } from '../../session/session';
import { loadRoster, type QueuedRecord, type Roster, saveRoster } from './attendance-queue';
import { CheckInQr } from './CheckInQr';
import { formatDateTime, formatTime } from './time';
import { fieldStore, type QueueView, useAttendanceQueue } from './useAttendanceQueue';

const SHIFT = graphql(`
  query FieldShift($shiftId: ID!) {
    shift(id: $shiftId) {
      id
      activityId
      roleName
      startsAt
      endsAt
      capacity
      confirmedCount
      confirmed
    }
  }
`);

const ATTENDANCE = graphql(`
  query FieldShiftAttendance($shiftId: ID!) {
    shiftAttendance(shiftId: $shiftId) {
      shiftId
      recordCount
      volunteerCount
      qrCodeRecords
    }
  }
`);

const ACTIVITY_NAME = graphql(`
  query FieldActivityName($id: ID!) {
    activity(id: $id) {
      id
      name
    }
  }
`);

const VOLUNTEER_NAME = graphql(`
  query FieldVolunteerName($id: ID!) {
    volunteer(id: $id) {
      id
      fullName
    }
  }
`);

/** The team leader's phone at the site: the shift's QR code, and the check-in list that works offline. */
export default function ShiftCheckInPage() {
  const { t, i18n } = useTranslation();
  const { shiftId = '' } = useParams();
  const client = useApolloClient();
  const accountId = currentSession()?.accountId ?? '';
  const shiftQuery = useQuery(SHIFT, { variables: { shiftId } });
  const attendance = useQuery(ATTENDANCE, { variables: { shiftId }, fetchPolicy: 'network-only' });
  const shift = shiftQuery.data?.shift;
  const activityQuery = useQuery(ACTIVITY_NAME, { variables: { id: shift?.activityId ?? '' }, skip: !shift });
  const activityName = activityQuery.data?.activity?.name;
  const [roster, setRoster] = useState<Roster | null>(null);
  const [filter, setFilter] = useState('');
  const queue = useAttendanceQueue(accountId, shiftId, () => {
    void attendance.refetch().catch(() => undefined);
    if (shiftQuery.error) void shiftQuery.refetch().catch(() => undefined);
  });
  const { refetch: refetchShift, error: shiftError } = shiftQuery;

  // Read again once the API answers again (the list above is the saved one meanwhile).
  useEffect(() => {
    if (!shiftError || apiProblemsOf(shiftError) !== null) return;
    const again = () => {
      if (navigator.onLine) void refetchShift().catch(() => undefined);
    };
    const timer = window.setInterval(again, 15_000);
    window.addEventListener('online', again);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', again);
    };
  }, [shiftError, refetchShift]);

  // The list last saved on this device, shown until (or instead of, offline) the API's.
  useEffect(() => {
    let alive = true;
    void fieldStore()
      .then((db) => loadRoster(db, accountId, shiftId))
      .then((saved) => {
        if (alive && saved) setRoster((current) => current ?? saved);
      })
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [accountId, shiftId]);

  // The API's list with the names the caller may read, saved for the next time without a connection.
  useEffect(() => {
    if (!shift || activityName === undefined) return;
    let alive = true;
    void (async () => {
      const volunteers = await Promise.all(
        shift.confirmed.map(async (volunteerId) => {
          try {
            const result = await client.query({ query: VOLUNTEER_NAME, variables: { id: volunteerId } });
            return { volunteerId, fullName: result.data?.volunteer?.fullName ?? null };
          } catch {
            return { volunteerId, fullName: null };
          }
        }),
      );
      const next: Roster = {
        shiftId,
        accountId,
        activityName,
        roleName: shift.roleName,
        startsAt: shift.startsAt,
        endsAt: shift.endsAt,
        volunteers,
        savedAt: new Date().toISOString(),
      };
      if (!alive) return;
      setRoster(next);
      await saveRoster(await fieldStore(), next).catch(() => undefined);
    })();
    return () => {
      alive = false;
    };
  }, [shift, activityName, client, shiftId, accountId]);

  const offline = !queue.online || (shiftQuery.error !== undefined && apiProblemsOf(shiftQuery.error) === null);
  const lastByVolunteer = useMemo(() => {
    const last = new Map<string, QueuedRecord>();
    for (const record of queue.records) last.set(record.volunteerId, record);
    return last;
  }, [queue.records]);
  const failedBatches = new Set(queue.status.failed.map((failure) => failure.batchId));
  const nameOf = (volunteer: { volunteerId: string; fullName: string | null }) => volunteer.fullName ?? t('field.shift.unnamed', { id: volunteer.volunteerId });
  const volunteers = (roster?.volunteers ?? []).filter((volunteer) => matchesQuery(`${nameOf(volunteer)} ${volunteer.volunteerId}`, filter));
  const role = shift?.roleName ?? roster?.roleName ?? '';
  const server = attendance.data?.shiftAttendance;

  if (!shift && !roster) {
    if (shiftQuery.loading) return <Typography.Text>{t('common.loading')}</Typography.Text>;
    return (
      <section aria-labelledby="field-shift-title">
        <Typography.Title level={1} id="field-shift-title" style={{ fontSize: 22 }}>
          {t('field.shift.title', { role: shiftId })}
        </Typography.Title>
        {shiftQuery.error ? <ErrorAlert error={shiftQuery.error} /> : <Alert type="warning" showIcon title={t('field.shift.notFound')} />}
        <Link to="/field/today">{t('field.shift.backToday')}</Link>
      </section>
    );
  }

  return (
    <section aria-labelledby="field-shift-title" style={{ maxWidth: 560, margin: '0 auto' }}>
      <Link to="/field/today">{t('field.shift.backToday')}</Link>
      <Typography.Title level={1} id="field-shift-title" style={{ fontSize: 22, marginTop: 8 }}>
        {t('field.shift.title', { role })}
      </Typography.Title>
      <Typography.Paragraph>
        {activityName ?? roster?.activityName}
        <br />
        {t('field.today.shiftTime', {
          from: formatDateTime(shift?.startsAt ?? roster?.startsAt ?? '', i18n.language),
          to: formatTime(shift?.endsAt ?? roster?.endsAt ?? '', i18n.language),
        })}
      </Typography.Paragraph>
      {offline ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={roster ? t('field.shift.offlineRoster', { at: formatDateTime(roster.savedAt, i18n.language) }) : t('field.shift.offline')}
        />
      ) : (
        <ErrorAlert error={shiftQuery.error} />
      )}

      <SyncState queue={queue} />

      <Card title={<h2 style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>{t('field.shift.listTitle')}</h2>} size="small" style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('field.shift.filter')}
          placeholder={t('common.searchPlaceholder')}
          allowClear
          onChange={(event) => setFilter(event.target.value)}
          style={{ marginBottom: 8 }}
        />
        {volunteers.length === 0 ? <Typography.Paragraph>{t('field.shift.noVolunteers')}</Typography.Paragraph> : null}
        <List
          dataSource={volunteers}
          locale={{ emptyText: ' ' }}
          renderItem={(volunteer) => {
            const name = nameOf(volunteer);
            const last = lastByVolunteer.get(volunteer.volunteerId);
            const state = last ? (last.uploaded ? 'uploaded' : failedBatches.has(last.batchId) ? 'failed' : 'queued') : null;
            return (
              <List.Item
                key={volunteer.volunteerId}
                actions={[
                  <Button
                    key="in"
                    type="primary"
                    aria-label={t('field.shift.checkInLabel', { name })}
                    onClick={() => void queue.tap(volunteer.volunteerId, 'check-in')}
                  >
                    {t('field.shift.checkIn')}
                  </Button>,
                  <Button key="out" aria-label={t('field.shift.checkOutLabel', { name })} onClick={() => void queue.tap(volunteer.volunteerId, 'check-out')}>
                    {t('field.shift.checkOut')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={name}
                  description={
                    last && state ? (
                      <span data-testid={`last-${volunteer.volunteerId}`}>
                        {t('field.shift.last', { kind: t(`field.shift.kinds.${last.kind}`), time: formatTime(last.at, i18n.language) })}{' '}
                        <Tag color={state === 'uploaded' ? TAG.good : state === 'failed' ? TAG.bad : TAG.warn}>{t(`field.shift.recordState.${state}`)}</Tag>
                      </span>
                    ) : (
                      t('field.shift.notRecorded')
                    )
                  }
                />
              </List.Item>
            );
          }}
        />
        {server ? (
          <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }} data-testid="server-attendance">
            {t('field.shift.server', { records: server.recordCount, volunteers: server.volunteerCount, qr: server.qrCodeRecords })}
          </Typography.Paragraph>
        ) : null}
      </Card>

      <CheckInQr shiftId={shiftId} />
    </section>
  );
}

/** Queued, uploading, uploaded, failed with the API's message: said aloud as it changes. */
function SyncState({ queue }: { queue: QueueView }) {
  const { t } = useTranslation();
  const { status, uploading, online } = queue;
  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>{t('field.sync.title')}</h2>} size="small" style={{ marginBottom: 16 }}>
      <div role="status" aria-live="polite">
        <Space wrap>
          <Tag color={status.queued > 0 ? TAG.warn : TAG.good}>{t('field.sync.queued', { count: status.queued })}</Tag>
          <Tag color={TAG.good}>{t('field.sync.uploaded', { count: status.uploaded })}</Tag>
          {uploading ? <Tag color={TAG.info}>{t('field.sync.uploading')}</Tag> : null}
        </Space>
        {!online && status.queued > 0 ? <Typography.Paragraph style={{ margin: '8px 0 0' }}>{t('field.sync.offline')}</Typography.Paragraph> : null}
        {status.retryError ? (
          <Typography.Paragraph style={{ margin: '8px 0 0' }}>{t('field.sync.retrying', { message: status.retryError })}</Typography.Paragraph>
        ) : null}
      </div>
      {status.failed.map((failure) => (
        <Alert
          key={failure.batchId}
          role="alert"
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={t('field.sync.failed', { count: failure.records, message: failure.error })}
          action={
            <Space orientation="vertical">
              <Button size="small" onClick={() => void queue.retry(failure.batchId)}>
                {t('field.sync.retry')}
              </Button>
              <Popconfirm
                title={t('field.sync.discardConfirm', { count: failure.records })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => void queue.discard(failure.batchId)}
              >
                <Button size="small" danger>
                  {t('field.sync.discard')}
                </Button>
              </Popconfirm>
            </Space>
          }
        />
      ))}
      {status.queued > 0 && online && !uploading ? (
        <Button style={{ marginTop: 8 }} onClick={queue.syncNow}>
          {t('field.sync.sendNow')}
        </Button>
      ) : null}
    </Card>
  );
}
