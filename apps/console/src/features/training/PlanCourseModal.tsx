import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { rememberWrite } from '../../api/consistency';
import { apiProblemsOf, fieldErrorsOf } from '../../api/errors';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { foldVietnamese } from '../../shared/fold';
import { nameOf, usePersonNames, useTrainerHolders } from './names';

const PLAN_OPTIONS = graphql(`
  query TrainingPlanOptions($unitId: ID!) {
    curricula(first: 100) {
      nodes {
        id
        title
        targetGroup
        totalHours
        status
      }
    }
    qualificationKinds {
      id
      name
      isTrainerQualification
    }
    cadres(unitId: $unitId, first: 100) {
      nodes {
        id
        fullName
      }
    }
  }
`);

const PLAN_COURSE = graphql(`
  mutation PlanCourse($input: PlanCourseInput!) {
    planCourse(input: $input) {
      id
      consistencyToken
    }
  }
`);

interface PlanValues {
  title: string;
  curriculumId: string;
  level: string;
  mode: string;
  startsOn: Dayjs;
  endsOn: Dayjs;
  capacity: number;
  passMark: number;
  minimumAttendanceShare: number;
  waitlist: boolean;
  priorityAreas: string[];
  trainerIds: string[];
}

const FIELDS = [
  'title',
  'curriculumId',
  'level',
  'mode',
  'startsOn',
  'endsOn',
  'capacity',
  'passMark',
  'minimumAttendanceShare',
  'waitlist',
  'priorityAreas',
  'trainerIds',
] as const;
const LEVELS = ['central', 'province', 'commune', 'grassroots'];
const MODES = ['in-person', 'online', 'mixed'];
const AREAS = ['ethnic-minority', 'mountain', 'border', 'island'];

/** Plan a course run by the unit: validated here first, then the API's refusals on the field at fault. */
export function PlanCourseModal({ unitId, onClose }: { unitId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<PlanValues>();
  const options = useQuery(PLAN_OPTIONS, { variables: { unitId }, errorPolicy: 'all' });
  const [plan, planning] = useMutation(PLAN_COURSE);
  const [failure, setFailure] = useState<unknown>(null);
  const holders = useTrainerHolders(unitId, options.data?.qualificationKinds);
  const names = usePersonNames(holders);

  const trainerOptions = useMemo(() => {
    const byId = new Map<string, { value: string; label: string }>();
    for (const holder of holders) {
      const validUntil = holders
        .filter((other) => other.personId === holder.personId)
        .reduce((latest, other) => (other.validUntil > latest ? other.validUntil : latest), '');
      byId.set(holder.personId, {
        value: holder.personId,
        label: `${nameOf(names, holder.personId)} (${t('training.plan.trainerValid', { date: validUntil })})`,
      });
    }
    for (const cadre of options.data?.cadres.nodes ?? []) if (!byId.has(cadre.id)) byId.set(cadre.id, { value: cadre.id, label: cadre.fullName ?? cadre.id });
    return [...byId.values()];
  }, [holders, names, options.data, t]);

  const curricula = (options.data?.curricula.nodes ?? []).filter((curriculum) => curriculum.status === 'published');
  const foldFilter = (input: string, option?: { label?: unknown }) => foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input));

  const onFinish = async (values: PlanValues) => {
    setFailure(null);
    try {
      const result = await plan({
        variables: {
          input: {
            runningUnitId: unitId,
            title: values.title.trim(),
            curriculumId: values.curriculumId,
            level: values.level,
            mode: values.mode,
            startsOn: values.startsOn.format('YYYY-MM-DD'),
            endsOn: values.endsOn.format('YYYY-MM-DD'),
            capacity: values.capacity,
            passMark: values.passMark,
            minimumAttendanceShare: values.minimumAttendanceShare / 100,
            waitlist: values.waitlist,
            priorityAreas: values.priorityAreas ?? [],
            trainerIds: values.trainerIds,
          },
        },
      });
      rememberWrite(result.data?.planCourse);
      void message.success(t('training.plan.planned'));
      const courseId = result.data?.planCourse.id;
      onClose();
      if (courseId) void navigate(`/training/courses/${courseId}`);
    } catch (error) {
      const problems = apiProblemsOf(error);
      const fieldErrors = problems ? fieldErrorsOf(problems, FIELDS) : [];
      if (fieldErrors.length) form.setFields(fieldErrors);
      if (fieldErrors.length !== (problems?.length ?? -1)) setFailure(error);
    }
  };

  return (
    <Modal open title={t('training.plan.title')} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      <ErrorAlert error={options.error ?? failure} />
      <Form<PlanValues>
        form={form}
        layout="vertical"
        name="plan-course"
        onFinish={(values) => void onFinish(values)}
        initialValues={{ level: 'province', mode: 'in-person', capacity: 30, passMark: 60, minimumAttendanceShare: 80, waitlist: true, priorityAreas: [] }}
      >
        <Form.Item
          name="title"
          label={t('training.plan.courseTitle')}
          rules={[{ required: true, whitespace: true, message: t('training.plan.titleRequired') }, { max: 200 }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="curriculumId" label={t('training.plan.curriculum')} rules={[{ required: true, message: t('training.plan.curriculumRequired') }]}>
          <Select
            showSearch={{ filterOption: foldFilter }}
            loading={options.loading}
            options={curricula.map((curriculum) => ({
              value: curriculum.id,
              label: `${curriculum.title} – ${t(`training.targetGroups.${curriculum.targetGroup}`, curriculum.targetGroup)}, ${t('training.plan.curriculumHours', { hours: curriculum.totalHours })}`,
            }))}
          />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item name="level" label={t('training.level')} rules={[{ required: true, message: t('training.plan.required') }]}>
            <Select style={{ width: 180 }} options={LEVELS.map((value) => ({ value, label: t(`training.levels.${value}`) }))} />
          </Form.Item>
          <Form.Item name="mode" label={t('training.mode')} rules={[{ required: true, message: t('training.plan.required') }]}>
            <Select style={{ width: 180 }} options={MODES.map((value) => ({ value, label: t(`training.modes.${value}`) }))} />
          </Form.Item>
        </Space>
        <Space wrap size="large">
          <Form.Item name="startsOn" label={t('training.plan.startsOn')} rules={[{ required: true, message: t('training.plan.startsRequired') }]}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
          <Form.Item
            name="endsOn"
            label={t('training.plan.endsOn')}
            dependencies={['startsOn']}
            rules={[
              { required: true, message: t('training.plan.endsRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value?: Dayjs) => {
                  const startsOn = getFieldValue('startsOn') as Dayjs | undefined;
                  return value && startsOn && value.isBefore(startsOn, 'day')
                    ? Promise.reject(new Error(t('training.plan.endsBeforeStart')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
        </Space>
        <Space wrap size="large">
          <Form.Item
            name="capacity"
            label={t('training.plan.capacity')}
            rules={[{ required: true, type: 'integer', min: 1, max: 1000, message: t('training.plan.capacityRange') }]}
          >
            <InputNumber precision={0} />
          </Form.Item>
          <Form.Item
            name="passMark"
            label={t('training.plan.passMark')}
            rules={[{ required: true, type: 'number', min: 0, max: 100, message: t('training.plan.passMarkRange') }]}
          >
            <InputNumber />
          </Form.Item>
          <Form.Item
            name="minimumAttendanceShare"
            label={t('training.plan.minimumAttendance')}
            rules={[{ required: true, type: 'number', min: 0, max: 100, message: t('training.plan.attendanceRange') }]}
          >
            <InputNumber />
          </Form.Item>
        </Space>
        <Form.Item name="waitlist" label={t('training.plan.waitlist')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="priorityAreas" label={t('training.plan.priorityAreas')}>
          <Select mode="multiple" options={AREAS.map((value) => ({ value, label: t(`training.areas.${value}`) }))} />
        </Form.Item>
        <Form.Item
          name="trainerIds"
          label={t('training.plan.trainers')}
          extra={t('training.plan.trainersHelp')}
          rules={[{ required: true, type: 'array', min: 1, message: t('training.plan.trainersRequired') }]}
        >
          <Select mode="multiple" showSearch={{ filterOption: foldFilter }} options={trainerOptions} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={planning.loading}>
            {t('training.plan.submit')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
