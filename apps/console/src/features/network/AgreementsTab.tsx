import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { matchesQuery } from '../../shared/fold';
import { TAG } from '../../shared/tagColours';
import { isoDate, NETWORK_FIELDS, PartnerName, ReasonModal, useAct, Empty, Day } from './common';

const AGREEMENTS = graphql(`
  query NetworkUnitAgreements($unitId: ID!, $asOf: String, $status: String, $after: String) {
    unitAgreements(unitId: $unitId, asOf: $asOf, status: $status, first: 25, after: $after) {
      totalCount
      nodes {
        id
        title
        partnerId
        leadUnitId
        partyUnitIds
        status
        asOf
        signedOn
        validFrom
        validTo
        terminatedFrom
        terminationReason
        scope
        fields
        commitments {
          commitmentId
          description
          kind
          quantity
          measure
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PARTNER_OPTIONS = graphql(`
  query NetworkPartnerOptions($unitId: ID!) {
    unitPartners(unitId: $unitId, first: 100) {
      nodes {
        id
        name
      }
    }
    unit(id: $unitId) {
      id
      children(first: 100) {
        nodes {
          id
          nameVi
          nameEn
        }
      }
    }
  }
`);

const SIGN = graphql(`
  mutation NetworkSignAgreement($input: SignAgreementInput!) {
    signAgreement(input: $input) {
      consistencyToken
      id
    }
  }
`);
const TERMINATE = graphql(`
  mutation NetworkTerminateAgreement($input: TerminateAgreementInput!) {
    terminateAgreement(input: $input) {
      consistencyToken
    }
  }
`);

const STATUSES = ['not-yet-in-force', 'in-force', 'expired', 'terminated'] as const;
const COLOURS: Record<string, string | undefined> = { 'in-force': TAG.good, terminated: TAG.bad, expired: TAG.warn, 'not-yet-in-force': TAG.info };
const KINDS = ['people', 'items', 'money'] as const;
const FORM_FIELDS = ['partnerId', 'title', 'scope', 'fields', 'partyUnitIds', 'signedOn', 'validFrom', 'validTo', 'commitments'] as const;

interface SignForm {
  partnerId: string;
  title: string;
  scope: string;
  fields: string[];
  partyUnitIds?: string[];
  signedOn: Dayjs;
  validFrom: Dayjs;
  validTo: Dayjs;
  commitments: { description: string; kind: string; quantity: number; measure: string }[];
}

/** The agreements a unit leads or is party to, with their status on a date; signing one with a registered partner, terminating one. */
export default function AgreementsTab({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [filter, setFilter] = useState('');
  const [signing, setSigning] = useState(false);
  const [terminating, setTerminating] = useState<{ id: string; title: string } | null>(null);
  const { data, loading, error, fetchMore, refetch } = useQuery(AGREEMENTS, { variables: { unitId, asOf, status } });
  const options = useQuery(PARTNER_OPTIONS, { variables: { unitId }, skip: !signing });
  const [sign] = useMutation(SIGN);
  const [terminate] = useMutation(TERMINATE);
  const { act, error: actionError, busy } = useAct(refetch);
  const [form] = Form.useForm<SignForm>();
  const connection = data?.unitAgreements;
  const rows = (connection?.nodes ?? []).filter((agreement) => matchesQuery(agreement.title, filter));
  const shownAsOf = connection?.nodes[0]?.asOf ?? asOf;
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const partners = options.data?.unitPartners.nodes ?? [];
  const children = options.data?.unit?.children.nodes ?? [];

  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        unitAgreements: { ...fetchMoreResult.unitAgreements, nodes: [...previous.unitAgreements.nodes, ...fetchMoreResult.unitAgreements.nodes] },
      }),
    });

  const onSign = (values: SignForm) =>
    void act(
      () =>
        sign({
          variables: {
            input: {
              leadUnitId: unitId,
              partnerId: values.partnerId,
              title: values.title.trim(),
              scope: values.scope.trim(),
              fields: values.fields,
              partyUnitIds: values.partyUnitIds ?? [],
              signedOn: isoDate(values.signedOn),
              validFrom: isoDate(values.validFrom),
              validTo: isoDate(values.validTo),
              commitments: values.commitments.map((commitment, index) => ({
                commitmentId: `c${index + 1}`,
                description: commitment.description.trim(),
                kind: commitment.kind,
                quantity: commitment.quantity,
                measure: commitment.measure.trim(),
              })),
            },
          },
        }),
      t('network.agreements.signed'),
      { instance: form, fields: FORM_FIELDS },
    ).then((ok) => {
      if (ok) {
        setSigning(false);
        form.resetFields();
      }
    });

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setSigning(true)}>
          {t('network.agreements.sign')}
        </Button>
        <label>
          {t('common.asOf')}{' '}
          <DatePicker
            aria-label={t('common.asOf')}
            value={shownAsOf ? dayjs(shownAsOf) : null}
            format="YYYY-MM-DD"
            onChange={(value) => setAsOf(value ? isoDate(value) : undefined)}
          />
        </label>
        <Select
          aria-label={t('network.statusFilter')}
          style={{ width: 200 }}
          value={status ?? ''}
          onChange={(value: string) => setStatus(value || undefined)}
          options={[{ value: '', label: t('network.allStatuses') }, ...STATUSES.map((value) => ({ value, label: t(`network.agreements.statuses.${value}`) }))]}
        />
        <Input.Search
          aria-label={t('network.searchHelp')}
          placeholder={t('common.searchPlaceholder')}
          allowClear
          style={{ width: 280 }}
          onChange={(event) => setFilter(event.target.value)}
        />
        {connection?.totalCount !== undefined && connection.totalCount !== null ? (
          <Typography.Text>{t('common.total', { count: connection.totalCount })}</Typography.Text>
        ) : null}
      </Space>
      <Typography.Paragraph type="secondary">{t('network.agreements.asOfHelp')}</Typography.Paragraph>
      <ErrorAlert error={error ?? actionError} />
      <Table
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty text={t('common.none')} /> }}
        scroll={{ x: true }}
        expandable={{
          expandedRowRender: (agreement) => (
            <>
              <Typography.Paragraph>{agreement.scope}</Typography.Paragraph>
              <Typography.Paragraph>
                {t('network.agreements.fields')}: {agreement.fields.map((field) => t(`network.fields.${field}`, field)).join(', ')}
              </Typography.Paragraph>
              <ul>
                {agreement.commitments.map((commitment) => (
                  <li key={commitment.commitmentId}>
                    {commitment.description}: {number(commitment.quantity)} {commitment.measure}
                  </li>
                ))}
              </ul>
            </>
          ),
        }}
        columns={[
          { title: t('network.agreements.title'), dataIndex: 'title' },
          { title: t('network.agreements.partner'), dataIndex: 'partnerId', render: (partnerId: string) => <PartnerName partnerId={partnerId} /> },
          { title: t('network.agreements.signedOn'), dataIndex: 'signedOn', render: (date: string) => <Day>{date}</Day> },
          {
            title: t('network.agreements.validity'),
            key: 'validity',
            render: (_, agreement) => (
              <>
                <Day>{`${agreement.validFrom} → ${agreement.validTo}`}</Day>
                {agreement.terminatedFrom ? (
                  <>
                    <br />
                    <Day>{t('network.agreements.terminatedFrom', { date: agreement.terminatedFrom })}</Day>
                  </>
                ) : null}
              </>
            ),
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (value: string) => <Tag color={COLOURS[value]}>{t(`network.agreements.statuses.${value}`, value)}</Tag>,
          },
          {
            title: t('network.actions'),
            key: 'actions',
            render: (_, agreement) =>
              agreement.terminatedFrom || agreement.status === 'expired' || agreement.leadUnitId !== unitId ? null : (
                <Button
                  size="small"
                  danger
                  aria-label={`${t('network.agreements.terminate')}: ${agreement.title}`}
                  onClick={() => setTerminating({ id: agreement.id, title: agreement.title })}
                >
                  {t('network.agreements.terminate')}
                </Button>
              ),
          },
        ]}
      />
      {connection?.pageInfo.hasNextPage ? (
        <Button style={{ marginTop: 12 }} onClick={() => void loadMore()}>
          {t('common.more')}
        </Button>
      ) : null}
      <ReasonModal
        open={terminating !== null}
        title={t('network.agreements.terminateTitle', { title: terminating?.title ?? '' })}
        okText={t('network.agreements.terminate')}
        danger
        busy={busy}
        withDate={{ label: t('network.agreements.terminateOn') }}
        onClose={() => setTerminating(null)}
        onSubmit={({ reason, on }, reasonForm) =>
          void act(
            () => terminate({ variables: { input: { agreementId: terminating?.id ?? '', reason, on: on ? isoDate(on) : '' } } }),
            t('network.agreements.terminated'),
            { instance: reasonForm, fields: ['reason', 'on'] },
          ).then((ok) => ok && setTerminating(null))
        }
      />
      <Modal
        open={signing}
        title={t('network.agreements.signTitle')}
        okText={t('network.agreements.sign')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: busy }}
        onOk={() => form.submit()}
        onCancel={() => setSigning(false)}
        width={720}
        forceRender
      >
        <ErrorAlert error={options.error} />
        {options.data && partners.length === 0 ? <Typography.Paragraph>{t('network.agreements.noPartners')}</Typography.Paragraph> : null}
        <Form form={form} layout="vertical" initialValues={{ commitments: [{ kind: 'items' }] }} onFinish={onSign}>
          <Form.Item name="partnerId" label={t('network.agreements.partner')} rules={[{ required: true, message: t('network.agreements.partnerRequired') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={options.loading}
              options={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('network.agreements.title')}
            rules={[{ required: true, whitespace: true, message: t('network.agreements.titleRequired') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="scope"
            label={t('network.agreements.scope')}
            rules={[{ required: true, whitespace: true, message: t('network.agreements.scopeRequired') }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="fields" label={t('network.agreements.fields')} rules={[{ required: true, message: t('network.agreements.fieldsRequired') }]}>
            <Select mode="multiple" options={NETWORK_FIELDS.map((value) => ({ value, label: t(`network.fields.${value}`) }))} />
          </Form.Item>
          <Form.Item name="partyUnitIds" label={t('network.agreements.parties')}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={children.map((unit) => ({ value: unit.id, label: i18n.language === 'en' && unit.nameEn ? unit.nameEn : unit.nameVi }))}
            />
          </Form.Item>
          <Space wrap>
            <Form.Item name="signedOn" label={t('network.agreements.signedOn')} rules={[{ required: true, message: t('network.dateRequired') }]}>
              <DatePicker format="YYYY-MM-DD" />
            </Form.Item>
            <Form.Item name="validFrom" label={t('network.agreements.validFrom')} rules={[{ required: true, message: t('network.dateRequired') }]}>
              <DatePicker format="YYYY-MM-DD" />
            </Form.Item>
            <Form.Item
              name="validTo"
              label={t('network.agreements.validTo')}
              dependencies={['validFrom']}
              rules={[
                { required: true, message: t('network.dateRequired') },
                ({ getFieldValue }) => ({
                  validator: (_, value?: Dayjs) => {
                    const from = getFieldValue('validFrom') as Dayjs | undefined;
                    return !value || !from || !value.isBefore(from, 'day') ? Promise.resolve() : Promise.reject(new Error(t('network.needs.toBeforeFrom')));
                  },
                }),
              ]}
            >
              <DatePicker format="YYYY-MM-DD" />
            </Form.Item>
          </Space>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('network.agreements.commitments')}
          </Typography.Title>
          <Form.List
            name="commitments"
            rules={[
              {
                validator: (_, value?: unknown[]) =>
                  value && value.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('network.agreements.commitmentsRequired'))),
              },
            ]}
          >
            {(items, { add, remove }, { errors }) => (
              <>
                {items.map((item, index) => (
                  <Card key={item.key} size="small" title={t('network.agreements.commitment', { n: index + 1 })} style={{ marginBottom: 8 }}>
                    <Space wrap align="start">
                      <Form.Item
                        name={[item.name, 'description']}
                        label={t('network.agreements.description')}
                        rules={[{ required: true, whitespace: true, message: t('network.agreements.descriptionRequired') }]}
                      >
                        <Input style={{ width: 260 }} />
                      </Form.Item>
                      <Form.Item name={[item.name, 'kind']} label={t('network.agreements.kind')} rules={[{ required: true }]}>
                        <Select style={{ width: 130 }} options={KINDS.map((value) => ({ value, label: t(`network.agreements.kinds.${value}`) }))} />
                      </Form.Item>
                      <Form.Item
                        name={[item.name, 'quantity']}
                        label={t('network.agreements.quantity')}
                        rules={[{ required: true, type: 'number', min: 0.0001, message: t('network.agreements.quantityRequired') }]}
                      >
                        <InputNumber min={0} />
                      </Form.Item>
                      <Form.Item
                        name={[item.name, 'measure']}
                        label={t('network.agreements.measure')}
                        rules={[{ required: true, whitespace: true, message: t('network.agreements.measureRequired') }]}
                      >
                        <Input style={{ width: 110 }} />
                      </Form.Item>
                      {items.length > 1 ? (
                        <Button onClick={() => remove(item.name)} style={{ marginTop: 30 }}>
                          {t('network.agreements.removeCommitment', { n: index + 1 })}
                        </Button>
                      ) : null}
                    </Space>
                  </Card>
                ))}
                <Button onClick={() => add({ kind: 'items' })}>{t('network.agreements.addCommitment')}</Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
          <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
        </Form>
      </Modal>
    </>
  );
}
