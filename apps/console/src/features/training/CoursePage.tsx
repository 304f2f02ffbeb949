import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Descriptions, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { rememberWrite } from '../../api/consistency';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { matchesQuery } from '../../shared/fold';
import { Loading } from '../../shared/Loading';
import { TAG } from '../../shared/tagColours';
import { courseStatusColour } from './CoursesPage';
import { NominateForm } from './NominateForm';
import { nameOf, usePersonNames, useTrainerHolders } from './names';
import { AttendanceModal, ScheduleSessionForm } from './SessionsParts';
import { ScoreCell } from './ScoreCell';
import { UnitLabel } from './UnitLabel';

const COURSE = graphql(`
  query TrainingCourse($id: ID!) {
    course(id: $id) {
      id
      title
      status
      curriculumId
      runningUnitId
      level
      mode
      priorityAreas
      startsOn
      endsOn
      capacity
      freePlaces
      passMark
      minimumAttendanceShare
      scheduledHours
      waitlist
      waitlistedIds
      trainerIds
      completedOn
      cancelReason
      confirmedCount
      pendingCount
      waitlistedCount
      passedCount
      notPassedCount
      flags {
        trainerId
        revokedOn
      }
      sessions {
        sessionId
        date
        hours
        place
        link
        cancelled
        attendanceRecorded
        presentCount
      }
    }
    qualificationKinds {
      id
      isTrainerQualification
    }
  }
`);

const CURRICULUM = graphql(`
  query TrainingCurriculumTitle($id: ID!) {
    curriculum(id: $id) {
      id
      title
    }
  }
`);

const ENROLMENTS = graphql(`
  query TrainingCourseEnrolments($courseId: ID!, $status: String, $after: String) {
    courseEnrolments(courseId: $courseId, status: $status, first: 50, after: $after) {
      totalCount
      nodes {
        personId
        personKind
        unitId
        status
        waitlistPosition
        attendedHours
        meetsAttendance
        score
        passing
        reason
        result {
          passed
          score
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const APPROVE = graphql(`
  mutation TrainingApproveEnrolment($input: ApproveEnrolmentInput!) {
    approveEnrolment(input: $input) {
      consistencyToken
    }
  }
`);
const DECLINE = graphql(`
  mutation TrainingDeclineEnrolment($input: DeclineEnrolmentInput!) {
    declineEnrolment(input: $input) {
      consistencyToken
    }
  }
`);
const WITHDRAW = graphql(`
  mutation TrainingWithdrawEnrolment($input: WithdrawEnrolmentInput!) {
    withdrawEnrolment(input: $input) {
      consistencyToken
    }
  }
`);
const COMPLETE = graphql(`
  mutation TrainingCompleteCourse($input: CompleteCourseInput!) {
    completeCourse(input: $input) {
      consistencyToken
    }
  }
`);

const ENROLMENT_STATUSES = ['pending', 'confirmed', 'waitlisted', 'declined', 'withdrawn'];
const enrolmentColour = (status: string) =>
  status === 'confirmed' ? TAG.good : status === 'pending' ? TAG.warn : status === 'waitlisted' ? TAG.info : TAG.bad;

/** A course: its plan, sessions (schedule, attendance), learners with their standing (requests, scores), and its completion. */
export default function CoursePage() {
  const { t, i18n } = useTranslation();
  const { courseId = '' } = useParams();
  const { message } = App.useApp();
  const course = useQuery(COURSE, { variables: { id: courseId } });
  const value = course.data?.course;
  const curriculum = useQuery(CURRICULUM, { variables: { id: value?.curriculumId ?? '' }, skip: !value });
  const [statusFilter, setStatusFilter] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const enrolments = useQuery(ENROLMENTS, { variables: { courseId, status: statusFilter } });
  const [approve] = useMutation(APPROVE);
  const [decline] = useMutation(DECLINE);
  const [withdraw] = useMutation(WITHDRAW);
  const [complete, completing] = useMutation(COMPLETE);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [declining, setDeclining] = useState<string | null>(null);
  const [attendanceFor, setAttendanceFor] = useState<{ sessionId: string; date: string } | null>(null);
  const [declineForm] = Form.useForm<{ reason: string }>();

  const connection = enrolments.data?.courseEnrolments;
  const learners = useMemo(() => connection?.nodes ?? [], [connection]);
  const holders = useTrainerHolders(value?.runningUnitId ?? '', value ? course.data?.qualificationKinds : undefined);
  const people = useMemo(
    () => [
      ...learners,
      ...(value
        ? value.trainerIds.map((personId) => ({ personId, unitId: holders.find((holder) => holder.personId === personId)?.unitId ?? value.runningUnitId }))
        : []),
    ],
    [learners, value, holders],
  );
  const names = usePersonNames(people);
  const number = (figure: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(figure);

  /** Run a mutation; on success, read the course and its learners again once the gateway shows the write. */
  const act = async (key: string, run: () => Promise<{ data?: unknown }>, done: string): Promise<boolean> => {
    setBusy(key);
    setActionError(null);
    try {
      const result = (await run()) as { data?: Record<string, { consistencyToken?: string }> | null };
      Object.values(result.data ?? {}).forEach(rememberWrite);
      void message.success(done);
      await Promise.all([course.refetch(), enrolments.refetch()]);
      return true;
    } catch (failure) {
      setActionError(failure);
      return false;
    } finally {
      setBusy(null);
    }
  };
  const refresh = async () => {
    await Promise.all([course.refetch(), enrolments.refetch()]);
  };

  if (course.loading && !course.data) return <Loading />;
  if (!value)
    return (
      <>
        <ErrorAlert error={course.error} />
        <Typography.Paragraph>{t('training.course.notFound')}</Typography.Paragraph>
      </>
    );
  const open = value.status === 'open';
  const rows = learners.filter((learner) => matchesQuery(`${nameOf(names, learner.personId)} ${learner.personId}`, filter));
  const confirmed = learners.filter((learner) => learner.status === 'confirmed');

  const onDecline = async ({ reason }: { reason: string }) => {
    if (!declining) return;
    const ok = await act(
      `decline:${declining}`,
      () => decline({ variables: { input: { courseId, personId: declining, reason: reason.trim() } } }),
      t('training.course.declined'),
    );
    if (ok) {
      setDeclining(null);
      declineForm.resetFields();
    }
  };

  const loadMore = () =>
    enrolments.fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        courseEnrolments: { ...fetchMoreResult.courseEnrolments, nodes: [...previous.courseEnrolments.nodes, ...fetchMoreResult.courseEnrolments.nodes] },
      }),
    });

  return (
    <section aria-labelledby="course-title">
      <Typography.Title level={1} id="course-title" style={{ fontSize: 24 }}>
        {value.title}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Tag color={courseStatusColour(value.status)} data-testid="course-status">
          {t(`training.courseStatuses.${value.status}`, value.status)}
        </Tag>
        <Link to={`/units/${value.runningUnitId}/training`}>{t('training.course.back')}</Link>
      </Space>
      {value.flags.map((flag) => (
        <Alert
          key={`${flag.trainerId}:${flag.revokedOn}`}
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('training.course.flagged', { trainer: nameOf(names, flag.trainerId), date: flag.revokedOn })}
        />
      ))}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('training.course.curriculum')}>{curriculum.data?.curriculum?.title ?? value.curriculumId}</Descriptions.Item>
        <Descriptions.Item label={t('training.course.runningUnit')}>
          <UnitLabel unitId={value.runningUnitId} />
        </Descriptions.Item>
        <Descriptions.Item label={t('training.dates')}>
          {value.startsOn} → {value.endsOn}
        </Descriptions.Item>
        <Descriptions.Item label={`${t('training.level')} / ${t('training.mode')}`}>
          {t(`training.levels.${value.level}`, value.level)} / {t(`training.modes.${value.mode}`, value.mode)}
        </Descriptions.Item>
        <Descriptions.Item label={t('training.course.capacity')}>
          {value.capacity} ({t('training.course.freePlaces')}: {value.freePlaces})
        </Descriptions.Item>
        <Descriptions.Item label={t('training.course.waitlist')}>{value.waitlist ? t('training.course.yes') : t('training.course.no')}</Descriptions.Item>
        <Descriptions.Item label={t('training.course.passMark')}>{number(value.passMark)}</Descriptions.Item>
        <Descriptions.Item label={t('training.course.minimumAttendance')}>{number(value.minimumAttendanceShare * 100)} %</Descriptions.Item>
        <Descriptions.Item label={t('training.course.scheduledHours')}>{number(value.scheduledHours)}</Descriptions.Item>
        <Descriptions.Item label={t('training.course.trainers')}>
          {value.trainerIds.map((personId) => (
            <Link
              key={personId}
              to={`/training/people/${personId}?unit=${holders.find((holder) => holder.personId === personId)?.unitId ?? value.runningUnitId}`}
              style={{ marginRight: 8 }}
            >
              {nameOf(names, personId)}
            </Link>
          ))}
        </Descriptions.Item>
        {value.priorityAreas.length ? (
          <Descriptions.Item label={t('training.plan.priorityAreas')}>
            {value.priorityAreas.map((area) => t(`training.areas.${area}`, area)).join(', ')}
          </Descriptions.Item>
        ) : null}
        {value.completedOn ? <Descriptions.Item label={t('training.course.completedOn')}>{value.completedOn}</Descriptions.Item> : null}
        {value.cancelReason ? <Descriptions.Item label={t('training.course.cancelReason')}>{value.cancelReason}</Descriptions.Item> : null}
      </Descriptions>
      <Typography.Paragraph data-testid="course-summary">
        {t('training.course.summary', {
          confirmed: value.confirmedCount,
          pending: value.pendingCount,
          waitlisted: value.waitlistedCount,
          passed: value.passedCount,
          notPassed: value.notPassedCount,
        })}
      </Typography.Paragraph>
      <ErrorAlert error={actionError} />
      {open ? (
        <Popconfirm
          title={t('training.course.completeConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => void act('complete', () => complete({ variables: { input: { courseId } } }), t('training.course.completed'))}
        >
          <Button type="primary" loading={completing.loading} style={{ marginBottom: 16 }}>
            {t('training.course.complete')}
          </Button>
        </Popconfirm>
      ) : null}

      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('training.course.sessions')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="sessionId"
        pagination={false}
        dataSource={value.sessions}
        scroll={{ x: 'max-content' }}
        data-testid="sessions-table"
        locale={{ emptyText: t('common.none') }}
        columns={[
          { title: t('training.course.date'), dataIndex: 'date' },
          { title: t('training.course.hours'), dataIndex: 'hours', align: 'right', render: number },
          { title: t('training.course.placeOrLink'), key: 'where', render: (_, row) => [row.place, row.link].filter(Boolean).join(' · ') || '—' },
          {
            title: t('training.course.attendance'),
            key: 'attendance',
            render: (_, row) =>
              row.cancelled ? (
                <Tag color={TAG.bad}>{t('training.course.cancelled')}</Tag>
              ) : row.attendanceRecorded ? (
                `${t('training.course.present')}: ${row.presentCount}`
              ) : (
                t('training.course.notRecorded')
              ),
          },
          ...(open
            ? [
                {
                  title: t('training.course.actions'),
                  key: 'actions',
                  render: (_: unknown, row: (typeof value.sessions)[number]) =>
                    !row.cancelled ? (
                      <Button size="small" onClick={() => setAttendanceFor({ sessionId: row.sessionId, date: row.date })}>
                        {t('training.course.recordAttendance')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {open ? <ScheduleSessionForm course={value} onDone={refresh} /> : null}

      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('training.course.learners')}
      </Typography.Title>
      {open ? <NominateForm courseId={courseId} runningUnitId={value.runningUnitId} onDone={refresh} /> : null}
      <Space wrap style={{ marginBottom: 12 }}>
        <Space.Compact>
          <Button type={statusFilter === null ? 'primary' : 'default'} aria-pressed={statusFilter === null} onClick={() => setStatusFilter(null)}>
            {t('training.all')}
          </Button>
          {ENROLMENT_STATUSES.map((status) => (
            <Button
              key={status}
              type={statusFilter === status ? 'primary' : 'default'}
              aria-pressed={statusFilter === status}
              onClick={() => setStatusFilter(status)}
            >
              {t(`training.course.enrolmentStatuses.${status}`)}
            </Button>
          ))}
        </Space.Compact>
        <Input.Search
          aria-label={t('training.course.filterLearners')}
          placeholder={t('common.searchPlaceholder')}
          allowClear
          style={{ width: 280 }}
          onChange={(event) => setFilter(event.target.value)}
        />
        {typeof connection?.totalCount === 'number' ? <Typography.Text>{t('common.total', { count: connection.totalCount })}</Typography.Text> : null}
      </Space>
      <ErrorAlert error={enrolments.error} />
      <Table
        size="small"
        rowKey="personId"
        loading={enrolments.loading}
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        data-testid="learners-table"
        locale={{ emptyText: t('common.none') }}
        columns={[
          {
            title: t('training.course.learner'),
            dataIndex: 'personId',
            render: (personId: string, row) => <Link to={`/training/people/${personId}?unit=${row.unitId}`}>{nameOf(names, personId)}</Link>,
          },
          { title: t('training.course.kind'), dataIndex: 'personKind', render: (kind: string) => t(`training.course.kinds.${kind}`, kind) },
          { title: t('training.course.unit'), dataIndex: 'unitId', render: (unit: string) => <UnitLabel unitId={unit} /> },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (status: string, row) => (
              <>
                <Tag color={enrolmentColour(status)}>{t(`training.course.enrolmentStatuses.${status}`, status)}</Tag>
                {row.waitlistPosition ? t('training.course.waitlistPosition', { position: row.waitlistPosition }) : null}
                {row.reason ? <Typography.Text type="secondary"> {row.reason}</Typography.Text> : null}
              </>
            ),
          },
          {
            title: t('training.course.standing'),
            key: 'standing',
            render: (_, row) =>
              row.status === 'confirmed'
                ? `${t('training.course.attendedHours', { hours: number(row.attendedHours) })} (${row.meetsAttendance ? t('training.course.meetsAttendance') : t('training.course.missingAttendance')})`
                : '—',
          },
          {
            title: t('training.course.score'),
            key: 'score',
            render: (_, row) =>
              open && row.status === 'confirmed' ? (
                <ScoreCell courseId={courseId} personId={row.personId} name={nameOf(names, row.personId)} score={row.score ?? null} onDone={refresh} />
              ) : row.score === null || row.score === undefined ? (
                '—'
              ) : (
                number(row.score)
              ),
          },
          {
            title: t('training.course.result'),
            key: 'result',
            render: (_, row) =>
              row.result ? (
                <Tag color={row.result.passed ? TAG.good : TAG.bad}>{row.result.passed ? t('training.passed') : t('training.notPassed')}</Tag>
              ) : row.status === 'confirmed' ? (
                row.passing ? (
                  t('training.course.wouldPass')
                ) : (
                  t('training.course.wouldNotPass')
                )
              ) : (
                '—'
              ),
          },
          ...(open
            ? [
                {
                  title: t('training.course.actions'),
                  key: 'actions',
                  render: (_: unknown, row: (typeof learners)[number]) => (
                    <Space wrap>
                      {row.status === 'pending' ? (
                        <>
                          <Button
                            size="small"
                            type="primary"
                            loading={busy === `approve:${row.personId}`}
                            aria-label={`${t('training.course.approve')}: ${nameOf(names, row.personId)}`}
                            onClick={() =>
                              void act(
                                `approve:${row.personId}`,
                                () => approve({ variables: { input: { courseId, personId: row.personId } } }),
                                t('training.course.approved'),
                              )
                            }
                          >
                            {t('training.course.approve')}
                          </Button>
                          <Button
                            size="small"
                            danger
                            aria-label={`${t('training.course.decline')}: ${nameOf(names, row.personId)}`}
                            onClick={() => setDeclining(row.personId)}
                          >
                            {t('training.course.decline')}
                          </Button>
                        </>
                      ) : null}
                      {row.status === 'confirmed' || row.status === 'waitlisted' ? (
                        <Popconfirm
                          title={t('training.course.withdraw')}
                          okText={t('common.confirm')}
                          cancelText={t('common.cancel')}
                          onConfirm={() =>
                            void act(
                              `withdraw:${row.personId}`,
                              () => withdraw({ variables: { input: { courseId, personId: row.personId } } }),
                              t('training.course.withdrawn'),
                            )
                          }
                        >
                          <Button
                            size="small"
                            loading={busy === `withdraw:${row.personId}`}
                            aria-label={`${t('training.course.withdraw')}: ${nameOf(names, row.personId)}`}
                          >
                            {t('training.course.withdraw')}
                          </Button>
                        </Popconfirm>
                      ) : null}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {connection?.pageInfo.hasNextPage ? (
        <Button style={{ marginTop: 12 }} onClick={() => void loadMore()}>
          {t('common.more')}
        </Button>
      ) : null}

      {declining ? (
        <ModalDecline
          title={t('training.course.declineTitle', { name: nameOf(names, declining) })}
          form={declineForm}
          busy={busy === `decline:${declining}`}
          onCancel={() => setDeclining(null)}
          onFinish={(values) => void onDecline(values)}
        />
      ) : null}
      {attendanceFor ? (
        <AttendanceModal
          courseId={courseId}
          session={attendanceFor}
          learners={confirmed.map((learner) => ({ personId: learner.personId, name: nameOf(names, learner.personId) }))}
          onClose={() => setAttendanceFor(null)}
          onDone={refresh}
        />
      ) : null}
    </section>
  );
}

function ModalDecline({
  title,
  form,
  busy,
  onCancel,
  onFinish,
}: {
  title: string;
  form: FormInstance<{ reason: string }>;
  busy: boolean;
  onCancel: () => void;
  onFinish: (values: { reason: string }) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal open title={title} onCancel={onCancel} footer={null} destroyOnHidden>
      <Form form={form} layout="vertical" name="decline-enrolment" onFinish={onFinish}>
        <Form.Item
          name="reason"
          label={t('training.course.reason')}
          rules={[{ required: true, whitespace: true, message: t('training.course.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea autoFocus autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Space>
          <Button type="primary" danger htmlType="submit" loading={busy}>
            {t('training.course.decline')}
          </Button>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
