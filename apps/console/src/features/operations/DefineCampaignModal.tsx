import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { vietnamToday } from '../../shared/dates';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { DOMAINS, foldedFilter, INITIATORS, isoDate, KINDS, useAct } from './common';

const LAUNCH = graphql(`
  mutation LaunchCampaign($input: LaunchCampaignInput!) {
    launchCampaign(input: $input) {
      id
      consistencyToken
    }
  }
`);
const PUBLISH = graphql(`
  mutation PublishCampaignTemplate($input: PublishCampaignTemplateInput!) {
    publishCampaignTemplate(input: $input) {
      id
      consistencyToken
    }
  }
`);

interface DefineValues {
  name: string;
  kind: string;
  domains: string[];
  initiator: string;
  period: [Dayjs, Dayjs];
  on: Dayjs;
}
const FIELDS = ['name', 'kind', 'domains', 'initiator', 'period', 'startsOn', 'endsOn', 'on'] as const;

/** A unit's own campaign launched (then opened), or a template published for the units below (which adopt it by its code). */
export function DefineCampaignModal({
  unitId,
  mode,
  onClose,
  onDone,
}: {
  unitId: string;
  mode: 'launch' | 'publish';
  onClose: () => void;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<DefineValues>();
  const [launch] = useMutation(LAUNCH);
  const [publish] = useMutation(PUBLISH);
  const { act, error, busy } = useAct(onDone);

  const submit = async (values: DefineValues) => {
    const definition = {
      name: values.name.trim(),
      kind: values.kind,
      domains: values.domains,
      initiator: values.initiator,
      startsOn: isoDate(values.period[0]),
      endsOn: isoDate(values.period[1]),
    };
    let code: string | null | undefined;
    let launched: string | null | undefined;
    const ok = await act(
      mode,
      async (remember) => {
        if (mode === 'launch') {
          const result = await launch({ variables: { input: { organiserUnitId: unitId, definition, launchedOn: isoDate(values.on) } } });
          remember(result);
          launched = result.data?.launchCampaign.id;
        } else {
          const result = await publish({ variables: { input: { publisherUnitId: unitId, definition, publishedOn: isoDate(values.on) } } });
          remember(result);
          code = result.data?.publishCampaignTemplate.id;
        }
      },
      t(mode === 'launch' ? 'operations.define.launched' : 'common.saved'),
      { instance: form, fields: FIELDS },
    );
    if (ok) {
      onClose();
      if (launched) void navigate(`/campaigns/${launched}`);
      if (code) modal.success({ title: t('operations.define.publish'), content: t('operations.define.published', { code }) });
    }
  };

  return (
    <Modal
      open
      title={t(mode === 'launch' ? 'operations.define.launch' : 'operations.define.publish')}
      okText={t(mode === 'launch' ? 'operations.define.launch' : 'operations.define.publish')}
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
        initialValues={{ kind: 'regular', initiator: 'union', on: dayjs(vietnamToday()) }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="name" label={t('operations.define.name')} rules={[{ required: true, whitespace: true, message: t('operations.define.nameRequired') }]}>
          <Input autoFocus onPressEnter={() => form.submit()} />
        </Form.Item>
        <Form.Item name="kind" label={t('operations.define.kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((kind) => ({ value: kind, label: t(`operations.kinds.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="domains" label={t('operations.define.domains')} rules={[{ required: true, message: t('operations.define.domainsRequired') }]}>
          <Select
            mode="multiple"
            showSearch={{ filterOption: foldedFilter }}
            options={DOMAINS.map((domain) => ({ value: domain, label: t(`operations.domains.${domain}`) }))}
          />
        </Form.Item>
        <Form.Item name="initiator" label={t('operations.define.initiator')} rules={[{ required: true }]}>
          <Select options={INITIATORS.map((initiator) => ({ value: initiator, label: t(`operations.initiators.${initiator}`) }))} />
        </Form.Item>
        <Form.Item name="period" label={t('operations.define.period')} rules={[{ required: true, message: t('operations.define.periodRequired') }]}>
          <DatePicker.RangePicker format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="on" label={t('operations.define.date')} rules={[{ required: true }]}>
          <DatePicker format="YYYY-MM-DD" allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
