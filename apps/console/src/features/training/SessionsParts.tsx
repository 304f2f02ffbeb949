import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberWrite } from '../../api/consistency';
import { apiProblemsOf, fieldErrorsOf } from '../../api/errors';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { Loading } from '../../shared/Loading';

const SCHEDULE = graphql(`
  mutation TrainingScheduleSession($input: ScheduleCourseSessionInput!) {
    scheduleCourseSession(input: $input) {
      id
      consistencyToken
    }
  }
`);

const ATTENDANCE = graphql(`
  query TrainingSessionAttendance($courseId: ID!, $sessionId: ID!) {
    courseSessionAttendance(courseId: $courseId, sessionId: $sessionId) {
      sessionId
      recorded
      presentPersonIds
    }
  }
`);

const RECORD_ATTENDANCE = graphql(`
  mutation TrainingRecordSessionAttendance($input: RecordSessionAttendanceInput!) {
    recordSessionAttendance(input: $input) {
      consistencyToken
    }
  }
`);

interface SessionValues {
  date: Dayjs;
  hours: number;
  place?: string;
  link?: string;
}
const SESSION_FIELDS = ['date', 'hours', 'place', 'link'] as const;

/** Schedule a session within the course's dates (checked here first, then by the API). */
export function ScheduleSessionForm({
  course,
  onDone,
}: {
  course: { id: string; startsOn: string; endsOn: string; mode: string };
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SessionValues>();
  const [schedule, scheduling] = useMutation(SCHEDULE);
  const [failure, setFailure] = useState<unknown>(null);

  const onFinish = async (values: SessionValues) => {
    setFailure(null);
    try {
      const result = await schedule({
        variables: {
          input: {
            courseId: course.id,
            date: values.date.format('YYYY-MM-DD'),
            hours: values.hours,
            place: values.place?.trim() || null,
            link: values.link?.trim() || null,
          },
        },
      });
      rememberWrite(result.data?.scheduleCourseSession);
      void message.success(t('training.course.scheduled'));
      form.resetFields();
      await onDone();
    } catch (error) {
      const problems = apiProblemsOf(error);
      const fieldErrors = problems ? fieldErrorsOf(problems, SESSION_FIELDS) : [];
      if (fieldErrors.length) form.setFields(fieldErrors);
      if (fieldErrors.length !== (problems?.length ?? -1)) setFailure(error);
    }
  };

  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('training.course.schedule')}
      </Typography.Title>
      <ErrorAlert error={failure} />
      <Form<SessionValues> form={form} layout="inline" name="schedule-session" onFinish={(values) => void onFinish(values)} initialValues={{ hours: 4 }}>
        <Form.Item
          name="date"
          label={t('training.course.date')}
          rules={[
            { required: true, message: t('training.course.dateRequired') },
            {
              validator: (_, value?: Dayjs) =>
                value && (value.isBefore(dayjs(course.startsOn), 'day') || value.isAfter(dayjs(course.endsOn), 'day'))
                  ? Promise.reject(new Error(t('training.course.dateOutside', { from: course.startsOn, to: course.endsOn })))
                  : Promise.resolve(),
            },
          ]}
        >
          <DatePicker format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item
          name="hours"
          label={t('training.course.hours')}
          rules={[{ required: true, type: 'number', min: 0.5, max: 12, message: t('training.course.hoursRange') }]}
        >
          <InputNumber step={0.5} />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('training.course.place')}
          dependencies={['link']}
          rules={[
            { max: 200 },
            ({ getFieldValue }) => ({
              validator: (_, value?: string) => {
                const hasPlace = !!value?.trim();
                const hasLink = !!(getFieldValue('link') as string | undefined)?.trim();
                if (course.mode === 'in-person' && !hasPlace) return Promise.reject(new Error(t('training.course.placeRequired')));
                if (course.mode === 'mixed' && !hasPlace && !hasLink) return Promise.reject(new Error(t('training.course.venueRequired')));
                return Promise.resolve();
              },
            }),
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="link"
          label={t('training.course.link')}
          rules={[
            { required: course.mode === 'online', whitespace: true, message: t('training.course.linkRequired') },
            { pattern: /^https:\/\/\S+$/, message: t('training.course.linkHttps') },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={scheduling.loading}>
            {t('training.course.schedule')}
          </Button>
        </Form.Item>
      </Form>
    </div>
  );
}

/** Who was present at a session (the confirmed learners, ticked), recorded for a session that took place. */
export function AttendanceModal({
  courseId,
  session,
  learners,
  onClose,
  onDone,
}: {
  courseId: string;
  session: { sessionId: string; date: string };
  learners: { personId: string; name: string }[];
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = useQuery(ATTENDANCE, { variables: { courseId, sessionId: session.sessionId }, fetchPolicy: 'network-only' });
  const [record, recording] = useMutation(RECORD_ATTENDANCE);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const present = chosen ?? current.data?.courseSessionAttendance.presentPersonIds ?? [];

  const save = async () => {
    setFailure(null);
    try {
      const result = await record({ variables: { input: { courseId, sessionId: session.sessionId, presentPersonIds: present } } });
      rememberWrite(result.data?.recordSessionAttendance);
      void message.success(t('training.course.attendanceSaved'));
      onClose();
      await onDone();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Modal open title={t('training.course.attendanceTitle', { date: session.date })} onCancel={onClose} footer={null} destroyOnHidden>
      <ErrorAlert error={current.error ?? failure} />
      {current.loading && !current.data ? (
        <Loading />
      ) : learners.length ? (
        <Checkbox.Group
          aria-label={t('training.course.present')}
          value={present}
          onChange={(values) => setChosen(values)}
          style={{ display: 'flex', flexDirection: 'column', gap: 8, marginBottom: 16 }}
          options={learners.map((learner) => ({ value: learner.personId, label: learner.name }))}
        />
      ) : (
        <Typography.Paragraph>{t('training.course.noConfirmed')}</Typography.Paragraph>
      )}
      <Space>
        <Button type="primary" loading={recording.loading} disabled={!learners.length} onClick={() => void save()}>
          {t('training.course.recordAttendance')}
        </Button>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </Space>
    </Modal>
  );
}
