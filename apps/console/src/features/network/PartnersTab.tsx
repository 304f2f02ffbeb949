import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { matchesQuery } from '../../shared/fold';
import { useAct, Empty, Day } from './common';

export const PARTNERS = graphql(`
  query NetworkUnitPartners($unitId: ID!, $kind: String, $after: String) {
    unitPartners(unitId: $unitId, kind: $kind, first: 25, after: $after) {
      totalCount
      nodes {
        id
        name
        kind
        countryCode
        website
        registeredOn
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const REGISTER = graphql(`
  mutation NetworkRegisterPartner($input: RegisterPartnerInput!) {
    registerPartner(input: $input) {
      consistencyToken
      id
    }
  }
`);

export const PARTNER_KINDS = ['business', 'social-organisation', 'agency', 'school', 'international-organisation', 'overseas-vietnamese'] as const;
const FORM_FIELDS = ['name', 'kind', 'countryCode', 'website'] as const;

interface PartnerForm {
  name: string;
  kind: string;
  countryCode?: string;
  website?: string;
}

/** The partners a unit keeps, and registering one (checked before sending; the API's field errors on their fields). */
export default function PartnersTab({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string | undefined>(undefined);
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(PARTNERS, { variables: { unitId, kind } });
  const [register] = useMutation(REGISTER);
  const { act, error: actionError, busy } = useAct(refetch);
  const [form] = Form.useForm<PartnerForm>();
  const connection = data?.unitPartners;
  const rows = (connection?.nodes ?? []).filter((partner) => matchesQuery(partner.name, filter));

  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        unitPartners: { ...fetchMoreResult.unitPartners, nodes: [...previous.unitPartners.nodes, ...fetchMoreResult.unitPartners.nodes] },
      }),
    });

  const onRegister = (values: PartnerForm) =>
    void act(
      () =>
        register({
          variables: {
            input: {
              ownerUnitId: unitId,
              name: values.name.trim(),
              kind: values.kind,
              countryCode: values.countryCode?.trim() || undefined,
              website: values.website?.trim() || undefined,
            },
          },
        }),
      t('network.partners.registered'),
      { instance: form, fields: FORM_FIELDS },
    ).then((ok) => {
      if (ok) {
        setOpen(false);
        form.resetFields();
      }
    });

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setOpen(true)}>
          {t('network.partners.register')}
        </Button>
        <Select
          aria-label={t('network.partners.kind')}
          style={{ width: 240 }}
          value={kind ?? ''}
          onChange={(value: string) => setKind(value || undefined)}
          options={[{ value: '', label: t('network.allStatuses') }, ...PARTNER_KINDS.map((value) => ({ value, label: t(`network.partners.kinds.${value}`) }))]}
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
          { title: t('network.partners.name'), dataIndex: 'name' },
          { title: t('network.partners.kind'), dataIndex: 'kind', render: (value: string) => t(`network.partners.kinds.${value}`, value) },
          { title: t('network.partners.country'), dataIndex: 'countryCode' },
          {
            title: t('network.partners.website'),
            dataIndex: 'website',
            render: (website: string | null) =>
              website ? (
                <a href={website} target="_blank" rel="noreferrer noopener">
                  {website}
                </a>
              ) : null,
          },
          { title: t('network.partners.registeredOn'), dataIndex: 'registeredOn', render: (date: string) => <Day>{date}</Day> },
        ]}
      />
      {connection?.pageInfo.hasNextPage ? (
        <Button style={{ marginTop: 12 }} onClick={() => void loadMore()}>
          {t('common.more')}
        </Button>
      ) : null}
      <Modal
        open={open}
        title={t('network.partners.registerTitle')}
        okText={t('network.partners.register')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: busy }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        forceRender
      >
        <Form form={form} layout="vertical" initialValues={{ countryCode: 'VN' }} onFinish={onRegister}>
          <Form.Item name="name" label={t('network.partners.name')} rules={[{ required: true, whitespace: true, message: t('network.partners.nameRequired') }]}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="kind" label={t('network.partners.kind')} rules={[{ required: true, message: t('network.partners.kindRequired') }]}>
            <Select options={PARTNER_KINDS.map((value) => ({ value, label: t(`network.partners.kinds.${value}`) }))} />
          </Form.Item>
          <Form.Item
            name="countryCode"
            label={t('network.partners.country')}
            rules={[{ pattern: /^\s*[A-Za-z]{2}\s*$/, message: t('network.partners.countryInvalid') }]}
          >
            <Input maxLength={4} />
          </Form.Item>
          <Form.Item
            name="website"
            label={t('network.partners.website')}
            rules={[{ pattern: /^\s*https?:\/\/\S+\s*$/i, message: t('network.partners.websiteInvalid') }]}
          >
            <Input type="url" />
          </Form.Item>
          <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
        </Form>
      </Modal>
    </>
  );
}
