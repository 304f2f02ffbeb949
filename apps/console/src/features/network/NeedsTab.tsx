import { useMutation, useQuery } from '@apollo/client/react';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { matchesQuery } from '../../shared/fold';
import { isoDate, NEED_COLOURS, NETWORK_FIELDS, UnitLabel, useAct, Empty, Day } from './common';

const NEEDS = graphql(`
  query NetworkUnitNeeds($unitId: ID!, $status: String, $after: String) {
    unitNeeds(unitId: $unitId, status: $status, first: 25, after: $after) {
      totalCount
      nodes {
        id
        description
        kind
        quantity
        measure
        placeUnitId
        from
        to
        priority
        status
        quantities {
          requested
          committed
          delivered
          outstanding
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PLACES = graphql(`
  query NetworkNeedPlaces($unitId: ID!) {
    unit(id: $unitId) {
      id
      nameVi
      nameEn
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

const RAISE = graphql(`
  mutation NetworkRaiseNeed($input: RaiseNeedInput!) {
    raiseNeed(input: $input) {
      consistencyToken
      id
    }
  }
`);

const STATUSES = ['open', 'fulfilled', 'cancelled'] as const;
const KINDS = ['people', 'items', 'money'] as const;
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
const FORM_FIELDS = ['description', 'kind', 'quantity', 'measure', 'placeUnitId', 'from', 'to', 'priority', 'fields', 'skills'] as const;

interface NeedForm {
  description: string;
  kind: string;
  quantity: number;
  measure: string;
  placeUnitId: string;
  from: Dayjs;
  to: Dayjs;
  priority: string;
  fields?: string[];
  skills?: string[];
}

/** The needs a unit raised, by status; raising one (it opens on its own page, where it is matched). */
export default function NeedsTab({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(NEEDS, { variables: { unitId, status } });
  const places = useQuery(PLACES, { variables: { unitId }, skip: !open });
  const [raise] = useMutation(RAISE);
  const { act, error: actionError, busy } = useAct(refetch);
  const [form] = Form.useForm<NeedForm>();
  const connection = data?.unitNeeds;
  const rows = (connection?.nodes ?? []).filter((need) => matchesQuery(need.description, filter));
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const nameOf = (unit: { nameVi: string; nameEn?: string | null }) => (i18n.language === 'en' && unit.nameEn ? unit.nameEn : unit.nameVi);
  const unit = places.data?.unit;
  const placeOptions = unit ? [unit, ...unit.children.nodes].map((place) => ({ value: place.id, label: nameOf(place) })) : [];

  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        unitNeeds: { ...fetchMoreResult.unitNeeds, nodes: [...previous.unitNeeds.nodes, ...fetchMoreResult.unitNeeds.nodes] },
      }),
    });

  const onRaise = async (values: NeedForm) => {
    let needId: string | null | undefined;
    const ok = await act(
      async () => {
        const result = await raise({
          variables: {
            input: {
              unitId,
              source: 'unit',
              description: values.description.trim(),
              kind: values.kind,
              quantity: values.quantity,
              measure: values.measure.trim(),
              placeUnitId: values.placeUnitId,
              from: isoDate(values.from),
              to: isoDate(values.to),
              priority: values.priority,
              fields: values.fields ?? [],
              skills: (values.skills ?? []).map((skill) => skill.trim()).filter(Boolean),
            },
          },
        });
        needId = result.data?.raiseNeed.id;
        return result;
      },
      t('network.needs.raised'),
      { instance: form, fields: FORM_FIELDS },
    );
    if (ok) {
      setOpen(false);
      form.resetFields();
      if (needId) void navigate(`/network/needs/${needId}`);
    }
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setOpen(true)}>
          {t('network.needs.raise')}
        </Button>
        <Select
          aria-label={t('network.statusFilter')}
          style={{ width: 200 }}
          value={status ?? ''}
          onChange={(value: string) => setStatus(value || undefined)}
          options={[{ value: '', label: t('network.allStatuses') }, ...STATUSES.map((value) => ({ value, label: t(`network.needs.statuses.${value}`) }))]}
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
      <ErrorAlert error={error ?? actionError} />
      <Table
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty text={t('common.none')} /> }}
        scroll={{ x: true }}
        columns={[
          {
            title: t('network.needs.description'),
            dataIndex: 'description',
            render: (description: string, need) => <Link to={`/network/needs/${need.id}`}>{description}</Link>,
          },
          { title: t('network.needs.place'), dataIndex: 'placeUnitId', render: (placeUnitId: string) => <UnitLabel unitId={placeUnitId} /> },
          { title: t('network.needs.period'), key: 'period', render: (_, need) => <Day>{`${need.from} → ${need.to}`}</Day> },
          {
            title: t('network.needs.quantity'),
            key: 'quantity',
            render: (_, need) =>
              `${t('network.needs.progress', { committed: number(need.quantities.committed), requested: number(need.quantities.requested) })} ${need.measure}`,
          },
          { title: t('network.needs.priority'), dataIndex: 'priority', render: (value: string) => t(`network.needs.priorities.${value}`, value) },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (value: string) => <Tag color={NEED_COLOURS[value]}>{t(`network.needs.statuses.${value}`, value)}</Tag>,
          },
        ]}
      />
      {connection?.pageInfo.hasNextPage ? (
        <Button style={{ marginTop: 12 }} onClick={() => void loadMore()}>
          {t('common.more')}
        </Button>
      ) : null}
      <Modal
        open={open}
        title={t('network.needs.raiseTitle')}
        okText={t('network.needs.raise')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: busy }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        width={720}
        forceRender
      >
        <ErrorAlert error={places.error} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{ kind: 'items', priority: 'normal', placeUnitId: unitId }}
          onFinish={(values) => void onRaise(values)}
        >
          <Form.Item
            name="description"
            label={t('network.needs.description')}
            rules={[{ required: true, whitespace: true, message: t('network.needs.descriptionRequired') }]}
          >
            <Input />
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name="kind" label={t('network.needs.kind')} rules={[{ required: true }]}>
              <Select style={{ width: 140 }} options={KINDS.map((value) => ({ value, label: t(`network.needs.kinds.${value}`) }))} />
            </Form.Item>
            <Form.Item
              name="quantity"
              label={t('network.needs.quantity')}
              dependencies={['kind']}
              rules={[
                { required: true, type: 'number', min: 0.0001, message: t('network.needs.quantityRequired') },
                ({ getFieldValue }) => ({
                  validator: (_, value?: number) =>
                    getFieldValue('kind') === 'people' && value !== undefined && !Number.isInteger(value)
                      ? Promise.reject(new Error(t('network.needs.wholePeople')))
                      : Promise.resolve(),
                }),
              ]}
            >
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item
              name="measure"
              label={t('network.needs.measure')}
              rules={[{ required: true, whitespace: true, message: t('network.needs.measureRequired') }]}
            >
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="priority" label={t('network.needs.priority')}>
              <Select style={{ width: 160 }} options={PRIORITIES.map((value) => ({ value, label: t(`network.needs.priorities.${value}`) }))} />
            </Form.Item>
          </Space>
          <Form.Item name="placeUnitId" label={t('network.needs.place')} rules={[{ required: true, message: t('network.needs.placeRequired') }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} loading={places.loading} options={placeOptions} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="from" label={t('network.needs.from')} rules={[{ required: true, message: t('network.dateRequired') }]}>
              <DatePicker format="YYYY-MM-DD" />
            </Form.Item>
            <Form.Item
              name="to"
              label={t('network.needs.to')}
              dependencies={['from']}
              rules={[
                { required: true, message: t('network.dateRequired') },
                ({ getFieldValue }) => ({
                  validator: (_, value?: Dayjs) => {
                    const from = getFieldValue('from') as Dayjs | undefined;
                    return !value || !from || !value.isBefore(from, 'day') ? Promise.resolve() : Promise.reject(new Error(t('network.needs.toBeforeFrom')));
                  },
                }),
              ]}
            >
              <DatePicker format="YYYY-MM-DD" />
            </Form.Item>
          </Space>
          <Form.Item name="fields" label={t('network.needs.fields')}>
            <Select mode="multiple" options={NETWORK_FIELDS.map((value) => ({ value, label: t(`network.fields.${value}`) }))} />
          </Form.Item>
          <Form.Item name="skills" label={t('network.needs.skills')}>
            <Select mode="tags" tokenSeparators={[',']} />
          </Form.Item>
          <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
        </Form>
      </Modal>
    </>
  );
}
