import { useMutation } from '@apollo/client/react';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { vietnamToday } from '../../shared/dates';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { DOMAINS, foldedFilter, INITIATORS, isoDate, useAct, useUnitCadres } from './common';

const PROPOSE = graphql(`
  mutation ProposeActivity($input: ProposeActivityInput!) {
    proposeActivity(input: $input) {
      id
      consistencyToken
    }
  }
`);
const PLAN = graphql(`
  mutation PlanActivity($input: PlanActivityInput!) {
    planActivity(input: $input) {
      consistencyToken
    }
  }
`);
const RENAME = graphql(`
  mutation RenameActivity($activityId: ID!, $name: String!) {
    renameActivity(activityId: $activityId, name: $name) {
      consistencyToken
    }
  }
`);

interface ProposeValues {
  name: string;
  domains: string[];
  site?: string;
  responsibleCadreId: string;
  initiator: string;
  period?: [Dayjs, Dayjs];
}
const PROPOSE_FIELDS = ['name', 'domains', 'site', 'responsibleCadreId', 'initiator', 'period'] as const;

/**
 * A new activity of a campaign, proposed (needs survey) and, when a period is given, planned at
 * once: the proposal and planning dates are today's (the API asks for them).
 */
export function ProposeActivityModal({
  campaignId,
  organiserUnitId,
  domains,
  onClose,
  onDone,
}: {
  campaignId: string;
  organiserUnitId: string;
  domains: string[];
  onClose: () => void;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProposeValues>();
  const { cadres, error: cadresError } = useUnitCadres(organiserUnitId);
  const [propose] = useMutation(PROPOSE);
  const [plan] = useMutation(PLAN);
  const { act, error, busy } = useAct(onDone);
  const choices = domains.length ? domains : [...DOMAINS];

  const submit = async (values: ProposeValues) => {
    const today = vietnamToday();
    const ok = await act(
      'propose',
      async (remember) => {
        const proposed = await propose({
          variables: {
            input: {
              campaignId,
              organiserUnitId,
              name: values.name.trim(),
              domains: values.domains,
              initiator: values.initiator,
              responsibleCadreId: values.responsibleCadreId,
              location: { unitId: organiserUnitId, site: values.site?.trim() || null },
              proposedOn: today,
            },
          },
        });
        remember(proposed);
        const activityId = proposed.data?.proposeActivity.id;
        if (values.period && activityId) {
          remember(
            await plan({
              variables: { input: { activityId, startsOn: isoDate(values.period[0]), endsOn: isoDate(values.period[1]), plannedOn: today } },
            }),
          );
        }
      },
      t('operations.activity.proposed'),
      { instance: form, fields: PROPOSE_FIELDS },
    );
    if (ok) onClose();
  };

  return (
    <Modal
      open
      title={t('operations.activity.proposeTitle')}
      okText={t('operations.activity.propose')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy !== null }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={error ?? cadresError} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ initiator: 'union', domains: choices.length === 1 ? choices : [] }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="name"
          label={t('operations.activity.name')}
          rules={[{ required: true, whitespace: true, message: t('operations.activity.nameRequired') }]}
        >
          <Input autoFocus onPressEnter={() => form.submit()} />
        </Form.Item>
        <Form.Item name="domains" label={t('operations.activity.domains')} rules={[{ required: true, message: t('operations.activity.domainsRequired') }]}>
          <Select
            mode="multiple"
            showSearch={{ filterOption: foldedFilter }}
            options={choices.map((domain) => ({ value: domain, label: t(`operations.domains.${domain}`, domain) }))}
          />
        </Form.Item>
        <Form.Item name="site" label={t('operations.activity.site')}>
          <Input onPressEnter={() => form.submit()} />
        </Form.Item>
        <Form.Item
          name="responsibleCadreId"
          label={t('operations.activity.responsible')}
          rules={[{ required: true, message: t('operations.activity.responsibleRequired') }]}
        >
          <Select showSearch={{ filterOption: foldedFilter }} options={cadres.map((cadre) => ({ value: cadre.id, label: cadre.fullName ?? cadre.id }))} />
        </Form.Item>
        <Form.Item name="initiator" label={t('operations.activity.initiator')} rules={[{ required: true }]}>
          <Select options={INITIATORS.map((initiator) => ({ value: initiator, label: t(`operations.initiators.${initiator}`) }))} />
        </Form.Item>
        <Form.Item name="period" label={t('operations.activity.period')} extra={t('operations.activity.periodHelp')}>
          <DatePicker.RangePicker format="YYYY-MM-DD" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Planning an activity at the needs survey: its period (planned today). */
export function PlanActivityModal({ activityId, onClose, onDone }: { activityId: string; onClose: () => void; onDone: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ period: [Dayjs, Dayjs] }>();
  const [plan] = useMutation(PLAN);
  const { act, error, busy } = useAct(onDone);
  const submit = async (values: { period: [Dayjs, Dayjs] }) => {
    const ok = await act(
      'plan',
      async (remember) =>
        remember(
          await plan({
            variables: { input: { activityId, startsOn: isoDate(values.period[0]), endsOn: isoDate(values.period[1]), plannedOn: vietnamToday() } },
          }),
        ),
      t('common.saved'),
      { instance: form, fields: ['period', 'startsOn', 'endsOn'] },
    );
    if (ok) onClose();
  };
  return (
    <Modal
      open
      title={t('operations.activity.planTitle')}
      okText={t('operations.activity.plan')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy !== null }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item name="period" label={t('operations.activity.period')} rules={[{ required: true, message: t('operations.activity.periodRequired') }]}>
          <DatePicker.RangePicker format="YYYY-MM-DD" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Correcting an activity's name (not once it is completed). */
export function RenameActivityModal({
  activityId,
  name,
  onClose,
  onDone,
}: {
  activityId: string;
  name: string;
  onClose: () => void;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  const [rename] = useMutation(RENAME);
  const { act, error, busy } = useAct(onDone);
  const submit = async (values: { name: string }) => {
    const ok = await act('rename', async (remember) => remember(await rename({ variables: { activityId, name: values.name.trim() } })), t('common.saved'), {
      instance: form,
      fields: ['name'],
    });
    if (ok) onClose();
  };
  return (
    <Modal
      open
      title={t('operations.activity.renameTitle')}
      okText={t('operations.activity.rename')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy !== null }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ name }} onFinish={(values) => void submit(values)}>
        <Form.Item
          name="name"
          label={t('operations.activity.name')}
          rules={[{ required: true, whitespace: true, message: t('operations.activity.nameRequired') }]}
        >
          {/* The form's only field: Enter submits it natively. */}
          <Input autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
