import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberWrite } from '../../api/consistency';
import { apiProblemsOf, fieldErrorsOf } from '../../api/errors';
import { graphql } from '../../gql';
import { vietnamToday } from '../../shared/dates';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { Loading } from '../../shared/Loading';
import { TAG } from '../../shared/tagColours';
import { vnd } from './format';
import { EmptyText } from './shared';

const ACTIVITY = graphql(`
  query ResultsActivityOutputs($id: ID!) {
    activity(id: $id) {
      id
      status
      domains
      outputs {
        id
        kind
        name
        domain
        completedOn
        valuationVnd
        measures {
          measureId
          value
        }
        withdrawal {
          reason
          withdrawnOn
        }
      }
      resources {
        id
        source
        form
        amountVnd
        description
        quantity
        unit
        valueVnd
        donorName
        receivedOn
        withdrawal {
          reason
          withdrawnOn
        }
      }
      resultTotals {
        outputCount
        resourcesTotalVnd
        measures {
          measure {
            id
            nameVi
            nameEn
            unitVi
            unitEn
          }
          total
          outputCount
        }
      }
    }
  }
`);

const CAMPAIGN_TOTALS = graphql(`
  query ResultsCampaignTotals($unitId: ID!, $campaignId: ID) {
    unitResultTotals(unitId: $unitId, campaignId: $campaignId) {
      outputCount
      resourcesTotalVnd
      measures {
        measure {
          id
          nameVi
          nameEn
          unitVi
          unitEn
        }
        total
        outputCount
      }
    }
  }
`);

const MEASURES = graphql(`
  query ResultsOutputMeasures {
    outputMeasures {
      id
      nameVi
      nameEn
      unitVi
      unitEn
      valueType
      retired
    }
  }
`);

const RECORD_OUTPUT = graphql(`
  mutation ResultsRecordOutput($input: RecordActivityOutputInput!) {
    recordActivityOutput(input: $input) {
      id
      consistencyToken
    }
  }
`);
const WITHDRAW_OUTPUT = graphql(`
  mutation ResultsWithdrawOutput($input: WithdrawActivityOutputInput!) {
    withdrawActivityOutput(input: $input) {
      consistencyToken
    }
  }
`);
const RECORD_RESOURCE = graphql(`
  mutation ResultsRecordResource($input: RecordResourceMobilisedInput!) {
    recordResourceMobilised(input: $input) {
      id
      consistencyToken
    }
  }
`);
const WITHDRAW_RESOURCE = graphql(`
  mutation ResultsWithdrawResource($input: WithdrawResourceMobilisedInput!) {
    withdrawResourceMobilised(input: $input) {
      consistencyToken
    }
  }
`);

const STARTED = ['in-progress', 'completed', 'evaluated'];
const SOURCES = ['business', 'individual', 'international', 'vietnamese-abroad', 'other-organisation'] as const;
/** Sources whose givers are never named (the API refuses a name for them). */
const UNNAMED = ['individual', 'vietnamese-abroad'];

interface Totals {
  outputCount: number;
  resourcesTotalVnd: number;
  measures: { measure: { id: string; nameVi: string; nameEn: string; unitVi: string; unitEn: string }; total: number; outputCount: number }[];
}

/** What an activity produced and mobilised, with totals. */
export default function OutputsTab({ activityId, unitId, campaignId }: { activityId: string; unitId: string; campaignId: string | null }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const activity = useQuery(ACTIVITY, { variables: { id: activityId } });
  const measures = useQuery(MEASURES);
  const campaignTotals = useQuery(CAMPAIGN_TOTALS, { variables: { unitId, campaignId }, skip: !campaignId });
  const [withdrawing, setWithdrawing] = useState<{ kind: 'output' | 'resource'; id: string; name: string } | null>(null);
  const en = i18n.language === 'en';
  const measureName = (id: string) => {
    const measure = measures.data?.outputMeasures.find((candidate) => candidate.id === id);
    return measure ? `${en ? measure.nameEn : measure.nameVi} (${en ? measure.unitEn : measure.unitVi})` : id;
  };

  const refresh = async () => {
    void message.success(t('results.outputs.recorded'));
    await Promise.all([activity.refetch(), campaignId ? campaignTotals.refetch() : undefined]);
  };

  if (activity.loading && !activity.data) return <Loading />;
  const value = activity.data?.activity;
  if (!value) return <ErrorAlert error={activity.error} />;
  const started = STARTED.includes(value.status);

  return (
    <section aria-label={t('results.tabs.outputs')}>
      <ErrorAlert error={activity.error ?? measures.error ?? campaignTotals.error} />
      <TotalsCard title={t('results.totals.activity')} totals={value.resultTotals} testId="activity-totals" />
      {campaignId ? <TotalsCard title={t('results.totals.campaign')} totals={campaignTotals.data?.unitResultTotals} testId="campaign-totals" /> : null}

      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('results.outputs.title')}</h2>} size="small" style={{ marginBottom: 16 }}>
        <Table
          size="small"
          rowKey="id"
          dataSource={value.outputs}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: <EmptyText text={t('results.outputs.none')} /> }}
          scroll={{ x: true }}
          columns={[
            { title: t('results.outputs.name'), dataIndex: 'name' },
            { title: t('results.outputs.kind'), dataIndex: 'kind', render: (kind: string) => t(`results.outputs.kinds.${kind}`, kind) },
            { title: t('results.outputs.completedOn'), dataIndex: 'completedOn' },
            {
              title: t('results.outputs.measures'),
              key: 'measures',
              render: (_, row) => row.measures.map((entry) => `${measureName(entry.measureId)}: ${entry.value}`).join('; '),
            },
            {
              title: t('common.status'),
              key: 'status',
              render: (_, row) =>
                row.withdrawal ? (
                  <Tag color={TAG.bad}>{t('results.outputs.withdrawn', { reason: row.withdrawal.reason })}</Tag>
                ) : (
                  <Button size="small" danger onClick={() => setWithdrawing({ kind: 'output', id: row.id, name: row.name })}>
                    {t('results.outputs.withdraw')}
                  </Button>
                ),
            },
          ]}
        />
        {started ? (
          <OutputForm activityId={activityId} domains={value.domains} measures={measures.data?.outputMeasures ?? []} onDone={refresh} />
        ) : (
          <Typography.Paragraph type="secondary">
            {t('results.outputs.notStarted', { status: t(`campaigns.activityStatuses.${value.status}`, value.status) })}
          </Typography.Paragraph>
        )}
      </Card>

      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('results.resources.title')}</h2>} size="small" style={{ marginBottom: 16 }}>
        <Table
          size="small"
          rowKey="id"
          dataSource={value.resources}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: <EmptyText text={t('results.resources.none')} /> }}
          scroll={{ x: true }}
          columns={[
            { title: t('results.resources.source'), dataIndex: 'source', render: (source: string) => t(`results.resources.sources.${source}`, source) },
            { title: t('results.resources.form'), dataIndex: 'form', render: (form: string) => t(`results.resources.forms.${form}`, form) },
            {
              title: t('results.resources.details'),
              key: 'description',
              render: (_, row) =>
                [row.donorName, row.description, row.quantity != null ? `${row.quantity} ${row.unit ?? ''}` : null].filter(Boolean).join(' · '),
            },
            { title: t('results.resources.value'), dataIndex: 'valueVnd', align: 'right', render: (amount: number) => vnd(amount) },
            { title: t('results.resources.receivedOn'), dataIndex: 'receivedOn' },
            {
              title: t('common.status'),
              key: 'status',
              render: (_, row) =>
                row.withdrawal ? (
                  <Tag color={TAG.bad}>{t('results.outputs.withdrawn', { reason: row.withdrawal.reason })}</Tag>
                ) : (
                  <Button
                    size="small"
                    danger
                    onClick={() => setWithdrawing({ kind: 'resource', id: row.id, name: row.description ?? `${vnd(row.valueVnd)} đ` })}
                  >
                    {t('results.outputs.withdraw')}
                  </Button>
                ),
            },
          ]}
        />
        {started ? <ResourceForm activityId={activityId} onDone={refresh} /> : null}
      </Card>

      <WithdrawModal
        activityId={activityId}
        target={withdrawing}
        onClose={() => setWithdrawing(null)}
        onDone={async () => {
          setWithdrawing(null);
          await refresh();
        }}
      />
    </section>
  );
}

function TotalsCard({ title, totals, testId }: { title: string; totals: Totals | undefined; testId: string }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>} size="small" style={{ marginBottom: 16 }} data-testid={testId}>
      {totals ? (
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {t('results.totals.outputs', { count: totals.outputCount })} · {t('results.totals.resources', { amount: vnd(totals.resourcesTotalVnd) })}
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey={(row) => row.measure.id}
            dataSource={totals.measures}
            pagination={false}
            locale={{ emptyText: <EmptyText text={t('results.totals.none')} /> }}
            columns={[
              { title: t('results.totals.measure'), key: 'measure', render: (_, row) => (en ? row.measure.nameEn : row.measure.nameVi) },
              {
                title: t('results.totals.total'),
                key: 'total',
                align: 'right',
                render: (_, row) => `${row.total} ${en ? row.measure.unitEn : row.measure.unitVi}`,
              },
              { title: t('results.totals.outputCount'), dataIndex: 'outputCount', align: 'right' },
            ]}
          />
        </>
      ) : (
        <Loading />
      )}
    </Card>
  );
}

interface OutputValues {
  name: string;
  kind: string;
  domain?: string;
  completedOn: Dayjs;
  valuationVnd?: number;
  measures?: { measureId: string; value: number }[];
}

function OutputForm({
  activityId,
  domains,
  measures,
  onDone,
}: {
  activityId: string;
  domains: string[];
  measures: { id: string; nameVi: string; nameEn: string; unitVi: string; unitEn: string; retired: boolean }[];
  onDone: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [form] = Form.useForm<OutputValues>();
  const [record, { loading }] = useMutation(RECORD_OUTPUT);
  const [error, setError] = useState<unknown>(null);
  const submit = async (values: OutputValues) => {
    setError(null);
    try {
      const result = await record({
        variables: {
          input: {
            activityId,
            name: values.name.trim(),
            kind: values.kind,
            domain: values.domain ?? null,
            completedOn: values.completedOn.format('YYYY-MM-DD'),
            valuationVnd: values.valuationVnd ?? null,
            measures: (values.measures ?? []).map((entry) => ({ measureId: entry.measureId, value: entry.value })),
          },
        },
      });
      rememberWrite(result.data?.recordActivityOutput);
      form.resetFields();
      await onDone();
    } catch (failure) {
      const problems = apiProblemsOf(failure);
      const onFields = problems ? fieldErrorsOf(problems, ['name', 'kind', 'domain', 'completedOn', 'valuationVnd'] as const) : [];
      if (onFields.length) form.setFields(onFields);
      else setError(failure);
    }
  };
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
        {t('results.outputs.record')}
      </Typography.Title>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} name="record-output" initialValues={{ kind: 'youth-task', measures: [{}] }}>
        <Form.Item name="name" label={t('results.outputs.name')} rules={[{ required: true, whitespace: true, message: t('results.outputs.nameRequired') }]}>
          <Input />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="kind" label={t('results.outputs.kind')} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 220 }}
              options={['youth-work', 'youth-task'].map((kind) => ({ value: kind, label: t(`results.outputs.kinds.${kind}`) }))}
            />
          </Form.Item>
          <Form.Item name="domain" label={t('results.outputs.domain')}>
            <Select allowClear style={{ minWidth: 220 }} options={domains.map((domain) => ({ value: domain, label: domain }))} />
          </Form.Item>
          <Form.Item
            name="completedOn"
            label={t('results.outputs.completedOn')}
            rules={[{ required: true, message: t('results.outputs.completedOnRequired') }]}
          >
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
          <Form.Item name="valuationVnd" label={t('results.outputs.valuation')}>
            <InputNumber min={0} step={1000} style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <Form.List name="measures">
          {(fields, { add, remove }) => (
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend style={{ fontSize: 14 }}>{t('results.outputs.measures')}</legend>
              {fields.map((field, index) => (
                <Space key={field.key} wrap align="start">
                  <Form.Item
                    name={[field.name, 'measureId']}
                    label={`${t('results.outputs.measure')} ${index + 1}`}
                    rules={[{ required: true, message: t('results.outputs.measureRequired') }]}
                  >
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      style={{ minWidth: 280 }}
                      options={measures
                        .filter((measure) => !measure.retired)
                        .map((measure) => ({ value: measure.id, label: `${en ? measure.nameEn : measure.nameVi} (${en ? measure.unitEn : measure.unitVi})` }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'value']}
                    label={`${t('results.outputs.value')} ${index + 1}`}
                    rules={[{ required: true, message: t('results.outputs.valueRequired') }]}
                  >
                    <InputNumber min={0} style={{ width: 140 }} />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                    {t('results.outputs.removeMeasure')}
                  </Button>
                </Space>
              ))}
              <div>
                <Button onClick={() => add({})} style={{ marginBottom: 16 }}>
                  {t('results.outputs.addMeasure')}
                </Button>
              </div>
            </fieldset>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('results.outputs.record')}
        </Button>
      </Form>
    </>
  );
}

interface ResourceValues {
  source: string;
  form: 'cash' | 'in-kind';
  amountVnd?: number;
  description?: string;
  quantity?: number;
  unit?: string;
  valuationVnd?: number;
  donorName?: string;
  receivedOn: Dayjs;
}

function ResourceForm({ activityId, onDone }: { activityId: string; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ResourceValues>();
  const kind = Form.useWatch('form', form);
  const source = Form.useWatch('source', form);
  const [record, { loading }] = useMutation(RECORD_RESOURCE);
  const [error, setError] = useState<unknown>(null);
  const submit = async (values: ResourceValues) => {
    setError(null);
    const cash = values.form === 'cash';
    try {
      const result = await record({
        variables: {
          input: {
            activityId,
            source: values.source,
            form: values.form,
            amountVnd: cash ? values.amountVnd : null,
            description: cash ? null : values.description?.trim(),
            quantity: cash ? null : (values.quantity ?? null),
            unit: cash ? null : values.unit?.trim() || null,
            valuationVnd: cash ? null : values.valuationVnd,
            donorName: UNNAMED.includes(values.source) ? null : values.donorName?.trim() || null,
            receivedOn: values.receivedOn.format('YYYY-MM-DD'),
          },
        },
      });
      rememberWrite(result.data?.recordResourceMobilised);
      form.resetFields();
      await onDone();
    } catch (failure) {
      const problems = apiProblemsOf(failure);
      const names = ['source', 'form', 'amountVnd', 'description', 'quantity', 'unit', 'valuationVnd', 'donorName', 'receivedOn'] as const;
      const onFields = problems ? fieldErrorsOf(problems, names) : [];
      if (onFields.length) form.setFields(onFields);
      else setError(failure);
    }
  };
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
        {t('results.resources.record')}
      </Typography.Title>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} name="record-resource" initialValues={{ source: 'business', form: 'cash' }}>
        <Space wrap align="start">
          <Form.Item name="source" label={t('results.resources.source')} rules={[{ required: true }]}>
            <Select style={{ minWidth: 200 }} options={SOURCES.map((value) => ({ value, label: t(`results.resources.sources.${value}`) }))} />
          </Form.Item>
          <Form.Item name="form" label={t('results.resources.form')} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 160 }}
              options={(['cash', 'in-kind'] as const).map((value) => ({ value, label: t(`results.resources.forms.${value}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="receivedOn"
            label={t('results.resources.receivedOn')}
            rules={[{ required: true, message: t('results.resources.receivedOnRequired') }]}
          >
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
        </Space>
        {kind === 'in-kind' ? (
          <Space wrap align="start">
            <Form.Item
              name="description"
              label={t('results.resources.description')}
              rules={[{ required: true, whitespace: true, message: t('results.resources.descriptionRequired') }]}
            >
              <Input style={{ minWidth: 240 }} />
            </Form.Item>
            <Form.Item name="quantity" label={t('results.resources.quantity')}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="unit" label={t('results.resources.unit')}>
              <Input style={{ width: 120 }} />
            </Form.Item>
            <Form.Item
              name="valuationVnd"
              label={t('results.resources.valuation')}
              rules={[{ required: true, message: t('results.resources.valuationRequired') }]}
            >
              <InputNumber min={0} step={1000} style={{ width: 180 }} />
            </Form.Item>
          </Space>
        ) : (
          <Form.Item name="amountVnd" label={t('results.resources.amount')} rules={[{ required: true, message: t('results.resources.amountRequired') }]}>
            <InputNumber min={1} step={1000} style={{ width: 200 }} />
          </Form.Item>
        )}
        {UNNAMED.includes(source ?? '') ? null : (
          <Form.Item name="donorName" label={t('results.resources.donor')} extra={t('results.resources.donorHelp')}>
            <Input />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('results.resources.record')}
        </Button>
      </Form>
    </>
  );
}

function WithdrawModal({
  activityId,
  target,
  onClose,
  onDone,
}: {
  activityId: string;
  target: { kind: 'output' | 'resource'; id: string; name: string } | null;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [withdrawOutput, output] = useMutation(WITHDRAW_OUTPUT);
  const [withdrawResource, resource] = useMutation(WITHDRAW_RESOURCE);
  const [error, setError] = useState<unknown>(null);
  const submit = async ({ reason }: { reason: string }) => {
    if (!target) return;
    setError(null);
    // The API asks for the withdrawal's date: today in Vietnam (the service checks it against its clock).
    const common = { activityId, reason: reason.trim(), withdrawnOn: vietnamToday() };
    try {
      if (target.kind === 'output') {
        const result = await withdrawOutput({ variables: { input: { ...common, outputId: target.id } } });
        rememberWrite(result.data?.withdrawActivityOutput);
      } else {
        const result = await withdrawResource({ variables: { input: { ...common, resourceId: target.id } } });
        rememberWrite(result.data?.withdrawResourceMobilised);
      }
      form.resetFields();
      await onDone();
    } catch (failure) {
      const problems = apiProblemsOf(failure);
      const onFields = problems ? fieldErrorsOf(problems, ['reason'] as const) : [];
      if (onFields.length) form.setFields(onFields);
      else setError(failure);
    }
  };
  return (
    <Modal open={target !== null} title={t('results.outputs.withdrawTitle', { name: target?.name ?? '' })} onCancel={onClose} footer={null} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} name="withdraw">
        <Form.Item name="reason" label={t('results.reason')} rules={[{ required: true, whitespace: true, message: t('results.reasonRequired') }]}>
          <Input autoFocus />
        </Form.Item>
        <Space>
          <Button type="primary" danger htmlType="submit" loading={output.loading || resource.loading}>
            {t('results.outputs.withdraw')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
