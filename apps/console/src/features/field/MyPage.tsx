import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, List, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rememberWrite } from '../../api/consistency';
import { apiProblemsOf, fieldErrorsOf } from '../../api/errors';
import { graphql } from '../../gql';
import { vietnamToday } from '../../shared/dates';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { matchesQuery } from '../../shared/fold';
import { TAG } from '../../shared/tagColours';
import { useFieldMe } from './me';
import { formatDate, formatDateTime, formatHours, formatTime } from './time';

const MINE = graphql(`
  query FieldMine {
    mySignUps {
      shiftId
      status
      signedUpAt
      changedAt
    }
    myHours {
      volunteerId
      totalHours
      shifts {
        shiftId
        hours
      }
      certificates {
        id
        award
        hours
        activities
        issuedOn
        code
        revokedOn
      }
    }
  }
`);

const SHIFT_LABEL = graphql(`
  query FieldShiftLabel($id: ID!) {
    shift(id: $id) {
      id
      activityId
      roleName
      startsAt
      endsAt
    }
  }
`);

const ACTIVITY_LABEL = graphql(`
  query FieldActivityLabel($id: ID!) {
    activity(id: $id) {
      id
      name
    }
  }
`);

const UPCOMING_ACTIVITIES = graphql(`
  query FieldUpcomingActivities($unitId: ID!, $from: String!, $after: String) {
    activities(unitId: $unitId, from: $from, first: 20, after: $after) {
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

const OPEN_SHIFTS = graphql(`
  query FieldOpenShifts($activityId: ID!) {
    shifts(activityId: $activityId) {
      id
      roleName
      startsAt
      endsAt
      capacity
      confirmedCount
      waitlist
      requiresApproval
    }
  }
`);

const CANCEL = graphql(`
  mutation FieldCancelSignUp($input: CancelSignUpInput!) {
    cancelSignUp(input: $input) {
      id
      consistencyToken
    }
  }
`);

const SIGN_UP = graphql(`
  mutation FieldSignUp($input: SignUpForShiftInput!) {
    signUpForShift(input: $input) {
      id
      consistencyToken
    }
  }
`);

const DATA_EXPORT = graphql(`
  query FieldDataExport($id: ID!) {
    volunteerDataExport(id: $id)
  }
`);

/** Active sign-ups (may be cancelled, and are not offered again). */
const ACTIVE = new Set(['confirmed', 'waitlisted', 'pending-approval']);

/** The volunteer's own page: sign-ups, open shifts, hours, certificates and their data. */
export default function MyPage() {
  const { t, i18n } = useTranslation();
  const { me, readUnits } = useFieldMe();
  const { data, error, refetch } = useQuery(MINE);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const hours = data?.myHours;
  const signUps = data?.mySignUps ?? [];
  const active = new Set(signUps.filter((signUp) => ACTIVE.has(signUp.status)).map((signUp) => signUp.shiftId));

  return (
    <section aria-labelledby="field-mine-title" style={{ maxWidth: 720, margin: '0 auto' }}>
      <Typography.Title level={1} id="field-mine-title" style={{ fontSize: 22 }}>
        {t('field.mine.title')}
      </Typography.Title>
      <Typography.Paragraph>
        <Link to="/field/check-in">{t('field.mine.checkInLink')}</Link>
      </Typography.Paragraph>
      <ErrorAlert error={error} />

      <Card size="small" title={<h2 style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>{t('field.mine.hours')}</h2>} style={{ marginBottom: 16 }}>
        <Typography.Paragraph strong data-testid="total-hours">
          {t('field.mine.totalHours', { hours: formatHours(hours?.totalHours ?? 0, i18n.language) })}
        </Typography.Paragraph>
        {(hours?.shifts ?? []).length === 0 ? <Typography.Paragraph>{t('field.mine.noHours')}</Typography.Paragraph> : null}
        <Table
          size="small"
          rowKey="shiftId"
          dataSource={hours?.shifts ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: ' ' }}
          columns={[
            { title: t('field.mine.hoursShift'), dataIndex: 'shiftId', render: (shiftId: string) => <ShiftLabel shiftId={shiftId} /> },
            { title: t('field.mine.hoursValue'), dataIndex: 'hours', align: 'right', render: (value: number) => formatHours(value, i18n.language) },
          ]}
        />
      </Card>

      <Card size="small" title={<h2 style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>{t('field.mine.certificates')}</h2>} style={{ marginBottom: 16 }}>
        {(hours?.certificates ?? []).length === 0 ? <Typography.Paragraph>{t('field.mine.noCertificates')}</Typography.Paragraph> : null}
        <List
          dataSource={hours?.certificates ?? []}
          locale={{ emptyText: ' ' }}
          renderItem={(certificate) => (
            <List.Item
              key={certificate.id}
              actions={
                certificate.code
                  ? [
                      <Link key="verify" to={`/verify?code=${encodeURIComponent(certificate.code)}`}>
                        {t('field.mine.verify')}
                      </Link>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={t(`field.mine.awards.${certificate.award}`, certificate.award)}
                description={
                  <>
                    {t('field.mine.certificateLine', {
                      hours: formatHours(certificate.hours, i18n.language),
                      activities: certificate.activities,
                      date: formatDate(certificate.issuedOn, i18n.language),
                    })}{' '}
                    {certificate.revokedOn ? (
                      <Tag color={TAG.bad}>{t('field.mine.revoked', { date: formatDate(certificate.revokedOn, i18n.language) })}</Tag>
                    ) : null}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>

      <Card size="small" title={<h2 style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>{t('field.mine.signUps')}</h2>} style={{ marginBottom: 16 }}>
        {signUps.length === 0 ? <Typography.Paragraph>{t('field.mine.noSignUps')}</Typography.Paragraph> : null}
        <List
          dataSource={signUps}
          locale={{ emptyText: ' ' }}
          pagination={signUps.length > 10 ? { pageSize: 10, size: 'small' } : false}
          renderItem={(signUp) => (
            <List.Item
              key={signUp.shiftId}
              data-testid={`sign-up-${signUp.shiftId}`}
              actions={
                ACTIVE.has(signUp.status)
                  ? [
                      <Button key="cancel" size="small" onClick={() => setCancelling(signUp.shiftId)}>
                        {t('field.mine.cancel')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={<ShiftLabel shiftId={signUp.shiftId} />}
                description={
                  <>
                    <Tag color={signUp.status === 'confirmed' ? TAG.good : signUp.status === 'cancelled' || signUp.status === 'rejected' ? TAG.bad : TAG.warn}>
                      {t(`field.mine.statuses.${signUp.status}`, signUp.status)}
                    </Tag>
                    {t('field.mine.signedUpAt')}: {formatDateTime(signUp.signedUpAt, i18n.language)}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>

      <Card size="small" title={<h2 style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>{t('field.mine.openShifts')}</h2>} style={{ marginBottom: 16 }}>
        {readUnits.length === 0 ? <Typography.Paragraph>{t('field.mine.openShiftsUnavailable')}</Typography.Paragraph> : null}
        {me?.personId ? readUnits.map((unitId) => <OpenShifts key={unitId} unitId={unitId} signedUp={active} onSignedUp={() => void refetch()} />) : null}
      </Card>

      <Card size="small" title={<h2 style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>{t('field.mine.export')}</h2>} style={{ marginBottom: 16 }}>
        {me?.personId ? <DataExport personId={me.personId} /> : me ? <Typography.Paragraph>{t('field.mine.noPerson')}</Typography.Paragraph> : null}
      </Card>

      {cancelling ? <CancelModal shiftId={cancelling} onClose={() => setCancelling(null)} onDone={() => void refetch()} /> : null}
    </section>
  );
}

/** A shift's role, activity and time when the caller may read them; else its id. */
function ShiftLabel({ shiftId }: { shiftId: string }) {
  const { i18n } = useTranslation();
  const shift = useQuery(SHIFT_LABEL, { variables: { id: shiftId }, errorPolicy: 'ignore' }).data?.shift;
  const activity = useQuery(ACTIVITY_LABEL, { variables: { id: shift?.activityId ?? '' }, skip: !shift, errorPolicy: 'ignore' }).data?.activity;
  if (!shift) return <span>{shiftId}</span>;
  return (
    <span>
      {shift.roleName}
      {activity ? ` · ${activity.name}` : ''}
      <br />
      {formatDateTime(shift.startsAt, i18n.language)} – {formatTime(shift.endsAt, i18n.language)}
    </span>
  );
}

function CancelModal({ shiftId, onClose, onDone }: { shiftId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [cancel, { loading, error }] = useMutation(CANCEL);
  const submit = async ({ reason }: { reason?: string }) => {
    try {
      const result = await cancel({ variables: { input: { shiftId, ...(reason?.trim() ? { reason: reason.trim() } : {}) } } });
      rememberWrite(result.data?.cancelSignUp);
      void message.success(t('field.mine.cancelled'));
      onDone();
      onClose();
    } catch (failure) {
      const problems = apiProblemsOf(failure);
      if (problems) form.setFields(fieldErrorsOf(problems, ['reason'] as const));
    }
  };
  return (
    <Modal
      open
      title={t('field.mine.cancelTitle')}
      okText={t('field.mine.cancel')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        <ShiftLabel shiftId={shiftId} />
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" name="field-cancel" onFinish={(values) => void submit(values)}>
        <Form.Item name="reason" label={t('field.mine.reason')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Shifts still to come in a unit the account reads, for signing oneself up. */
function OpenShifts({ unitId, signedUp, onSignedUp }: { unitId: string; signedUp: Set<string>; onSignedUp: () => void }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const { data, error, loading, fetchMore } = useQuery(UPCOMING_ACTIVITIES, { variables: { unitId, from: vietnamToday() } });
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
    <div>
      <ErrorAlert error={error} />
      <Input.Search
        aria-label={t('field.today.filter')}
        placeholder={t('common.searchPlaceholder')}
        allowClear
        onChange={(event) => setFilter(event.target.value)}
        style={{ marginBottom: 8 }}
      />
      {!loading && activities.length === 0 ? <Typography.Paragraph>{t('field.mine.openShiftsNone')}</Typography.Paragraph> : null}
      {activities.map((activity) => (
        <ActivityOpenShifts key={activity.id} activityId={activity.id} name={activity.name} signedUp={signedUp} onSignedUp={onSignedUp} />
      ))}
      {connection?.pageInfo.hasNextPage ? <Button onClick={() => void loadMore()}>{t('common.more')}</Button> : null}
    </div>
  );
}

function ActivityOpenShifts({ activityId, name, signedUp, onSignedUp }: { activityId: string; name: string; signedUp: Set<string>; onSignedUp: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { data, refetch } = useQuery(OPEN_SHIFTS, { variables: { activityId }, errorPolicy: 'ignore' });
  const [signUp, { loading, error }] = useMutation(SIGN_UP);
  const apollo = useApolloClient();
  const now = Date.now();
  const shifts = (data?.shifts ?? []).filter((shift) => Date.parse(shift.startsAt) > now && !signedUp.has(shift.id));
  if (shifts.length === 0) return null;
  const join = async (shiftId: string) => {
    try {
      const result = await signUp({ variables: { input: { shiftId } } });
      rememberWrite(result.data?.signUpForShift);
      void message.success(t('field.mine.signedUp'));
      onSignedUp();
      void refetch();
      void apollo.refetchQueries({ include: ['FieldShiftLabel'] });
    } catch {
      // The API's message shows below.
    }
  };
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {name}
      </Typography.Title>
      <ErrorAlert error={error} />
      {shifts.map((shift) => {
        const free = shift.capacity - shift.confirmedCount;
        return (
          <div key={shift.id} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, padding: '4px 0', flexWrap: 'wrap' }}>
            <span>
              <strong>{shift.roleName}</strong>
              <br />
              {formatDateTime(shift.startsAt, i18n.language)} – {formatTime(shift.endsAt, i18n.language)} ·{' '}
              {free > 0 ? t('field.mine.free', { count: free }) : t('field.mine.full')}
            </span>
            <Button loading={loading} aria-label={t('field.mine.signUpLabel', { role: shift.roleName, activity: name })} onClick={() => void join(shift.id)}>
              {t('field.mine.signUp')}
            </Button>
          </div>
        );
      })}
    </div>
  );
}

/** Everything the platform holds about the volunteer, saved as a JSON file. */
function DataExport({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const download = async () => {
    setError(null);
    setLoading(true);
    try {
      const result = await client.query({ query: DATA_EXPORT, variables: { id: personId }, fetchPolicy: 'no-cache' });
      const text = result.data?.volunteerDataExport ?? '{}';
      let pretty = text;
      try {
        pretty = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // Saved as it came.
      }
      const url = URL.createObjectURL(new Blob([pretty], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${personId}-data.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      void message.success(t('field.mine.downloaded'));
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  };
  return (
    <>
      <Typography.Paragraph>{t('field.mine.exportHelp')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Button type="primary" loading={loading} onClick={() => void download()}>
        {t('field.mine.download')}
      </Button>
    </>
  );
}
