import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Form, Input, Modal, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { vietnamToday } from '../../shared/dates';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { isoDate, useAct } from './common';

const ADOPTABLE = graphql(`
  query OperationsAdoptableTemplates($unitId: ID!) {
    adoptableTemplates(unitId: $unitId) {
      id
      name
      startsOn
      endsOn
      adoptions {
        unitId
        localCampaignId
      }
    }
  }
`);

const ADOPT = graphql(`
  mutation AdoptCampaignTemplate($input: AdoptCampaignTemplateInput!) {
    adoptCampaignTemplate(input: $input) {
      id
      consistencyToken
    }
  }
`);
const OPEN_LOCAL = graphql(`
  mutation OpenLocalCampaign($input: OpenLocalCampaignInput!) {
    openLocalCampaign(input: $input) {
      id
      consistencyToken
    }
  }
`);

/**
 * The templates the units above published (adoptableTemplates: readable by the unit's own
 * managers), for a unit to adopt as its own local campaign (adopted, then opened, on the date
 * chosen). A code sent by the unit above adopts too.
 */
export function TemplatesSection({ unitId, refetch }: { unitId: string; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch: refetchTemplates } = useQuery(ADOPTABLE, { variables: { unitId } });
  const [adopting, setAdopting] = useState<{ templateId?: string; name?: string } | null>(null);
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('operations.templates.title')}</h2>}
      extra={<Button onClick={() => setAdopting({})}>{t('operations.templates.adoptByCode')}</Button>}
    >
      <Typography.Paragraph>{t('operations.templates.help')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Table
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data?.adoptableTemplates ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('operations.templates.none')}</Typography.Text> }}
        columns={[
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('operations.code'), dataIndex: 'id' },
          { title: t('campaigns.period'), key: 'period', render: (_, row) => `${row.startsOn} → ${row.endsOn}` },
          {
            title: t('operations.activity.actions'),
            key: 'adopt',
            render: (_, row) => {
              const adoption = row.adoptions.find((candidate) => candidate.unitId === unitId);
              return adoption ? (
                <Link to={`/campaigns/${adoption.localCampaignId}`}>{t('operations.templates.adopted')}</Link>
              ) : (
                <Button size="small" type="primary" onClick={() => setAdopting({ templateId: row.id, name: row.name })}>
                  {t('operations.templates.adopt')}
                </Button>
              );
            },
          },
        ]}
      />
      {adopting ? (
        <AdoptModal unitId={unitId} template={adopting} onClose={() => setAdopting(null)} onDone={() => Promise.all([refetch(), refetchTemplates()])} />
      ) : null}
    </Card>
  );
}

interface AdoptValues {
  templateCampaignId: string;
  adoptedOn: Dayjs;
}

/** Adopting a template then opening the local campaign the adoption recorded; if opening fails, it can be retried. */
function AdoptModal({
  unitId,
  template,
  onClose,
  onDone,
}: {
  unitId: string;
  template: { templateId?: string; name?: string };
  onClose: () => void;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<AdoptValues>();
  const [adopt] = useMutation(ADOPT);
  const [openLocal] = useMutation(OPEN_LOCAL);
  const { act, error, busy } = useAct(onDone);
  /** An adoption recorded whose local campaign is not open yet. */
  const [adopted, setAdopted] = useState<{ localCampaignId: string; templateCampaignId: string; on: string } | null>(null);

  const open = async (remember: (result: { data?: unknown }) => void, ids: { localCampaignId: string; templateCampaignId: string; on: string }) => {
    remember(
      await openLocal({
        variables: { input: { campaignId: ids.localCampaignId, templateCampaignId: ids.templateCampaignId, organiserUnitId: unitId, openedOn: ids.on } },
      }),
    );
    setAdopted(null);
  };

  const submit = async (values: AdoptValues) => {
    let local: string | undefined;
    const ok = await act(
      'adopt',
      async (remember) => {
        const ids = adopted ?? {
          templateCampaignId: values.templateCampaignId.trim(),
          on: isoDate(values.adoptedOn),
          localCampaignId: '',
        };
        if (!adopted) {
          const result = await adopt({ variables: { input: { templateCampaignId: ids.templateCampaignId, adoptingUnitId: unitId, adoptedOn: ids.on } } });
          remember(result);
          ids.localCampaignId = result.data?.adoptCampaignTemplate.id ?? '';
          // Kept so that a failure to open retries the opening, not the adoption.
          setAdopted({ ...ids });
        }
        await open(remember, ids);
        local = ids.localCampaignId;
      },
      t('operations.templates.adoptedDone'),
      { instance: form, fields: ['templateCampaignId', 'adoptedOn'] },
    );
    if (ok && local) {
      onClose();
      void navigate(`/campaigns/${local}`);
    }
  };

  return (
    <Modal
      open
      title={t('operations.templates.adoptTitle')}
      okText={adopted ? t('operations.templates.openLocal') : t('operations.templates.adopt')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy !== null }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {template.name ? <Typography.Paragraph strong>{template.name}</Typography.Paragraph> : null}
      <ErrorAlert error={error} />
      {adopted ? (
        <Typography.Paragraph>
          {t('operations.templates.openLocalHelp')} {t('operations.templates.localCode')}: <Typography.Text code>{adopted.localCampaignId}</Typography.Text>
        </Typography.Paragraph>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ templateCampaignId: template.templateId ?? '', adoptedOn: dayjs(vietnamToday()) }}
        onFinish={(values) => void submit(values)}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Form.Item
            name="templateCampaignId"
            label={t('operations.templates.templateCode')}
            rules={[{ required: true, whitespace: true, message: t('operations.templates.templateCodeRequired') }]}
            hidden={Boolean(template.templateId)}
          >
            <Input autoFocus={!template.templateId} disabled={Boolean(adopted)} onPressEnter={() => form.submit()} />
          </Form.Item>
          <Form.Item name="adoptedOn" label={t('operations.templates.adoptedOn')} rules={[{ required: true }]}>
            <DatePicker format="YYYY-MM-DD" allowClear={false} disabled={Boolean(adopted)} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
