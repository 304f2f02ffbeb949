import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Switch, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { OperationsShiftsQuery } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { TAG } from '../../shared/tagColours';
import { foldedFilter, isoDate, ReasonModal, slugOf, TIME, useAct, useUnitVolunteers } from './common';

const SHIFTS = graphql(`
  query OperationsShifts($activityId: ID!) {
    shifts(activityId: $activityId) {
      id
      roleName
      startsAt
      endsAt
      capacity
      requiresApproval
      minimumAge
      waitlist
      confirmed
      confirmedCount
      pending
      pendingCount
      waitlisted
      waitlistedCount
    }
  }
`);
const SCHEDULE = graphql(`
  mutation ScheduleShift($input: ScheduleShiftInput!) {
    scheduleShift(input: $input) {
      id
      consistencyToken
    }
  }
`);
const SCHEDULE_WEEKLY = graphql(`
  mutation ScheduleRecurringShifts($input: ScheduleRecurringShiftsInput!) {
    scheduleRecurringShifts(input: $input) {
      shiftIds
      consistencyTokens
    }
  }
`);
const CHANGE_CAPACITY = graphql(`
  mutation ChangeShiftCapacity($input: ChangeShiftCapacityInput!) {
    changeShiftCapacity(input: $input) {
      consistencyToken
    }
  }
`);
const SIGN_UP = graphql(`
  mutation SignUpVolunteerForShift($input: SignUpForShiftInput!) {
    signUpForShift(input: $input) {
      consistencyToken
    }
  }
`);
const APPROVE = graphql(`
  mutation ApproveShiftSignUp($input: ApproveSignUpInput!) {
    approveSignUp(input: $input) {
      consistencyToken
    }
  }
`);
const REJECT = graphql(`
  mutation RejectShiftSignUp($input: RejectSignUpInput!) {
    rejectSignUp(input: $input) {
      consistencyToken
    }
  }
`);
const CANCEL_SIGN_UP = graphql(`
  mutation CancelShiftSignUp($input: CancelSignUpInput!) {
    cancelSignUp(input: $input) {
      consistencyToken
    }
  }
`);

type Shift = OperationsShiftsQuery['shifts'][number];

/** A shift's time as the API gives it (Vietnam's local time): the day, then the hours. */
const timeOf = (shift: Shift) => `${shift.startsAt.slice(0, 10)} ${shift.startsAt.slice(11, 16)}–${shift.endsAt.slice(11, 16)}`;

/** An activity's shifts: scheduled here (once or weekly), their places, and who is confirmed, pending or waiting, in order. */
export default function ShiftsTab({ activityId, unitId, defaultDate }: { activityId: string; unitId: string; defaultDate: string | null }) {
  const { t } = useTranslation();
  const shifts = useQuery(SHIFTS, { variables: { activityId } });
  const volunteers = useUnitVolunteers(unitId);
  const [scheduling, setScheduling] = useState(false);
  const list = shifts.data?.shifts ?? [];
  return (
    <section aria-labelledby="shifts-title">
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Title level={2} id="shifts-title" style={{ fontSize: 18, margin: 0 }}>
          {t('operations.shifts.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setScheduling(true)}>
          {t('operations.shifts.schedule')}
        </Button>
      </Space>
      <ErrorAlert error={shifts.error ?? volunteers.error} />
      {!shifts.loading && !shifts.error && list.length === 0 ? <Typography.Paragraph>{t('operations.shifts.none')}</Typography.Paragraph> : null}
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        {list.map((shift) => (
          <ShiftCard key={`${shift.id}-${shift.capacity}`} shift={shift} volunteers={volunteers} refetch={() => shifts.refetch()} />
        ))}
      </Space>
      {volunteers.hasMore ? <Button onClick={() => void volunteers.loadMore()}>{t('common.more')}</Button> : null}
      {scheduling ? (
        <ScheduleShiftModal activityId={activityId} defaultDate={defaultDate} onClose={() => setScheduling(false)} onDone={() => shifts.refetch()} />
      ) : null}
    </section>
  );
}

/** Volunteers in order (the waitlist's order matters), each with what can be done. */
function PeopleList({ label, ids, render }: { label: string; ids: readonly string[]; render: (id: string) => React.ReactNode }) {
  const { t } = useTranslation();
  if (!ids.length) return <Typography.Paragraph type="secondary">{t('operations.shifts.nobody')}</Typography.Paragraph>;
  return (
    <ol aria-label={label} style={{ listStyle: 'none', paddingInlineStart: 0, marginBottom: 12 }}>
      {ids.map(render)}
    </ol>
  );
}

function ShiftCard({ shift, volunteers, refetch }: { shift: Shift; volunteers: ReturnType<typeof useUnitVolunteers>; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { act, error, busy } = useAct(refetch);
  const [changeCapacity] = useMutation(CHANGE_CAPACITY);
  const [signUp] = useMutation(SIGN_UP);
  const [approve] = useMutation(APPROVE);
  const [reject] = useMutation(REJECT);
  const [cancelSignUp] = useMutation(CANCEL_SIGN_UP);
  const [capacity, setCapacity] = useState<number | null>(shift.capacity);
  const [volunteerId, setVolunteerId] = useState<string | undefined>();
  const [asking, setAsking] = useState<{ kind: 'reject' | 'cancel'; volunteerId: string } | null>(null);
  const { nameOf } = volunteers;
  const titleId = `shift-${shift.id}`;
  const listed = new Set([...shift.confirmed, ...shift.pending, ...shift.waitlisted]);
  const full = shift.confirmedCount >= shift.capacity;

  const doSignUp = () => {
    if (!volunteerId) return;
    void act(
      'sign-up',
      async (remember) => {
        remember(await signUp({ variables: { input: { shiftId: shift.id, volunteerId } } }));
        setVolunteerId(undefined);
      },
      t('operations.shifts.signedUp'),
    );
  };

  const changeCap = () => {
    if (!capacity || capacity === shift.capacity) return;
    void act(
      'capacity',
      async (remember) => remember(await changeCapacity({ variables: { input: { shiftId: shift.id, capacity } } })),
      t('operations.shifts.capacityChanged'),
    );
  };

  const person = (id: string, actions: React.ReactNode, position?: number) => (
    <li
      key={id}
      style={{ display: 'flex', gap: 12, alignItems: 'center', justifyContent: 'space-between', padding: '4px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <span>
        {position ? `${t('operations.shifts.position', { n: position })}: ` : ''}
        {nameOf(id)}
      </span>
      {actions}
    </li>
  );
  const cancelButton = (id: string) => (
    <Button size="small" onClick={() => setAsking({ kind: 'cancel', volunteerId: id })}>
      {t('operations.shifts.cancelSignUp')}
    </Button>
  );

  return (
    <Card
      size="small"
      title={
        <span id={titleId}>
          {shift.roleName} · {timeOf(shift)}
        </span>
      }
      extra={
        <Space size="small">
          {shift.requiresApproval ? <Tag color={TAG.info}>{t('operations.shifts.approvalTag')}</Tag> : null}
          {full ? <Tag color={TAG.warn}>{t('operations.shifts.full')}</Tag> : null}
        </Space>
      }
      role="region"
      aria-labelledby={titleId}
    >
      <Typography.Paragraph>
        {t('operations.shifts.counts', {
          confirmed: shift.confirmedCount,
          capacity: shift.capacity,
          pending: shift.pendingCount,
          waitlisted: shift.waitlistedCount,
        })}
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Space wrap style={{ marginBottom: 12 }}>
        <InputNumber
          min={1}
          value={capacity}
          onChange={(value) => setCapacity(value)}
          aria-label={t('operations.shifts.newCapacity')}
          onPressEnter={changeCap}
        />
        <Button disabled={!capacity || capacity === shift.capacity} loading={busy === 'capacity'} onClick={changeCap}>
          {t('operations.shifts.changeCapacity')}
        </Button>
        <Typography.Text>{t('operations.shifts.signUp')}:</Typography.Text>
        <Select
          style={{ minWidth: 260 }}
          aria-label={t('operations.shifts.volunteer')}
          value={volunteerId}
          onChange={setVolunteerId}
          showSearch={{ filterOption: foldedFilter }}
          options={volunteers.volunteers.filter((v) => !listed.has(v.id)).map((v) => ({ value: v.id, label: v.fullName ?? v.id }))}
        />
        <Button type="primary" disabled={!volunteerId} loading={busy === 'sign-up'} onClick={doSignUp}>
          {t('operations.shifts.signUpSubmit')}
        </Button>
      </Space>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('operations.shifts.confirmed')} ({shift.confirmedCount})
      </Typography.Title>
      <PeopleList label={t('operations.shifts.confirmed')} ids={shift.confirmed} render={(id) => person(id, cancelButton(id))} />
      {shift.requiresApproval || shift.pendingCount > 0 ? (
        <>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('operations.shifts.pending')} ({shift.pendingCount})
          </Typography.Title>
          <PeopleList
            label={t('operations.shifts.pending')}
            ids={shift.pending}
            render={(id) =>
              person(
                id,
                <Space size="small">
                  <Button
                    size="small"
                    type="primary"
                    loading={busy === `approve-${id}`}
                    aria-label={`${t('operations.shifts.approve')}: ${nameOf(id)}`}
                    onClick={() =>
                      void act(
                        `approve-${id}`,
                        async (remember) => remember(await approve({ variables: { input: { shiftId: shift.id, volunteerId: id } } })),
                        t('common.saved'),
                      )
                    }
                  >
                    {t('operations.shifts.approve')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    aria-label={`${t('operations.shifts.reject')}: ${nameOf(id)}`}
                    onClick={() => setAsking({ kind: 'reject', volunteerId: id })}
                  >
                    {t('operations.shifts.reject')}
                  </Button>
                </Space>,
              )
            }
          />
        </>
      ) : null}
      {shift.waitlist ? (
        <>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('operations.shifts.waitlisted')} ({shift.waitlistedCount})
          </Typography.Title>
          <PeopleList
            label={t('operations.shifts.waitlisted')}
            ids={shift.waitlisted}
            render={(id) => person(id, cancelButton(id), shift.waitlisted.indexOf(id) + 1)}
          />
        </>
      ) : null}
      {asking ? (
        <ReasonModal
          title={t(asking.kind === 'reject' ? 'operations.shifts.rejectTitle' : 'operations.shifts.cancelSignUpTitle', { name: nameOf(asking.volunteerId) })}
          okText={t(asking.kind === 'reject' ? 'operations.shifts.reject' : 'operations.shifts.cancelSignUp')}
          optional={asking.kind === 'cancel'}
          busy={busy === 'ask'}
          onClose={() => setAsking(null)}
          onSubmit={(reason) =>
            void act(
              'ask',
              async (remember) => {
                const input = { shiftId: shift.id, volunteerId: asking.volunteerId };
                remember(
                  asking.kind === 'reject'
                    ? await reject({ variables: { input: { ...input, reason } } })
                    : await cancelSignUp({ variables: { input: { ...input, reason: reason || null } } }),
                );
              },
              t('common.saved'),
            ).then(() => setAsking(null))
          }
        />
      ) : null}
    </Card>
  );
}

interface ScheduleValues {
  role: string;
  requiresApproval: boolean;
  minimumAge?: number | null;
  capacity: number;
  waitlist: boolean;
  weekly: boolean;
  date?: Dayjs;
  range?: [Dayjs, Dayjs];
  weekdays?: number[];
  start: string;
  end: string;
}
const SCHEDULE_FIELDS = ['role', 'requiresApproval', 'minimumAge', 'capacity', 'waitlist', 'date', 'range', 'weekdays', 'start', 'end'] as const;

/** Scheduling one shift, or one for every week's chosen days between two dates; times are Vietnam's local time. */
function ScheduleShiftModal({
  activityId,
  defaultDate,
  onClose,
  onDone,
}: {
  activityId: string;
  defaultDate: string | null;
  onClose: () => void;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ScheduleValues>();
  const weekly = Form.useWatch('weekly', form);
  const [schedule] = useMutation(SCHEDULE);
  const [scheduleWeekly] = useMutation(SCHEDULE_WEEKLY);
  const { act, error, busy } = useAct(onDone);
  let count = 0;

  const submit = async (values: ScheduleValues) => {
    const role = {
      roleId: slugOf(values.role),
      name: values.role.trim(),
      requiresApproval: values.requiresApproval,
      minimumAge: values.minimumAge ?? null,
    };
    const ok = await act(
      'schedule',
      async (remember) => {
        if (values.weekly && values.range && values.weekdays) {
          const result = await scheduleWeekly({
            variables: {
              input: {
                activityId,
                role,
                capacity: values.capacity,
                waitlist: values.waitlist,
                from: isoDate(values.range[0]),
                to: isoDate(values.range[1]),
                slots: values.weekdays.map((weekday) => ({ weekday, start: values.start, end: values.end })),
              },
            },
          });
          const tokens = result.data?.scheduleRecurringShifts.consistencyTokens ?? [];
          count = result.data?.scheduleRecurringShifts.shiftIds.length ?? 0;
          remember({ data: { written: { consistencyToken: tokens.slice(-100).join(',') } } });
        } else if (values.date) {
          const day = isoDate(values.date);
          // Not after the start: the shift ends the next day.
          const endDay = values.end <= values.start ? isoDate(values.date.add(1, 'day')) : day;
          remember(
            await schedule({
              variables: {
                input: {
                  activityId,
                  role,
                  capacity: values.capacity,
                  waitlist: values.waitlist,
                  startsAt: `${day}T${values.start}:00+07:00`,
                  endsAt: `${endDay}T${values.end}:00+07:00`,
                },
              },
            }),
          );
        }
      },
      () => (values.weekly ? t('operations.shifts.scheduledMany', { count }) : t('operations.shifts.scheduled')),
      { instance: form, fields: SCHEDULE_FIELDS },
    );
    if (ok) onClose();
  };
  const timeRule = { pattern: TIME, message: t('operations.shifts.timeInvalid') };
  return (
    <Modal
      open
      title={t('operations.shifts.scheduleTitle')}
      okText={t('operations.shifts.schedule')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy !== null }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          requiresApproval: false,
          waitlist: true,
          weekly: false,
          capacity: 10,
          start: '07:30',
          end: '11:30',
          date: defaultDate ? dayjs(defaultDate) : undefined,
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="role" label={t('operations.shifts.role')} rules={[{ required: true, whitespace: true, message: t('operations.shifts.roleRequired') }]}>
          <Input autoFocus onPressEnter={() => form.submit()} />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="capacity"
            label={t('operations.shifts.capacity')}
            rules={[{ required: true, type: 'number', min: 1, message: t('operations.shifts.capacityRequired') }]}
          >
            <InputNumber min={1} />
          </Form.Item>
          <Form.Item name="minimumAge" label={t('operations.shifts.minimumAge')}>
            <InputNumber min={1} max={100} />
          </Form.Item>
        </Space>
        <Space wrap size="large">
          <Form.Item name="requiresApproval" label={t('operations.shifts.requiresApproval')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="waitlist" label={t('operations.shifts.waitlist')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="weekly" label={t('operations.shifts.weekly')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        {weekly ? (
          <>
            <Form.Item name="range" label={t('operations.shifts.range')} rules={[{ required: true, message: t('operations.shifts.rangeRequired') }]}>
              <DatePicker.RangePicker format="YYYY-MM-DD" />
            </Form.Item>
            <Form.Item name="weekdays" label={t('operations.shifts.weekdays')} rules={[{ required: true, message: t('operations.shifts.weekdaysRequired') }]}>
              <Checkbox.Group
                options={[1, 2, 3, 4, 5, 6, 7].map((day) => ({
                  value: day,
                  label: t(`operations.shifts.weekdayNames.${day}` as 'operations.shifts.weekdayNames.1'),
                }))}
              />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="date" label={t('operations.shifts.date')} rules={[{ required: true, message: t('operations.shifts.dateRequired') }]}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item name="start" label={t('operations.shifts.start')} rules={[{ required: true, message: t('operations.shifts.timeInvalid') }, timeRule]}>
            <Input style={{ width: 120 }} onPressEnter={() => form.submit()} />
          </Form.Item>
          <Form.Item name="end" label={t('operations.shifts.end')} rules={[{ required: true, message: t('operations.shifts.timeInvalid') }, timeRule]}>
            <Input style={{ width: 120 }} onPressEnter={() => form.submit()} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
