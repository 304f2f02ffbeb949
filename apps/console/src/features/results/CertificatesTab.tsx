import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rememberWrite } from '../../api/consistency';
import { apiProblemsOf, fieldErrorsOf } from '../../api/errors';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { matchesQuery } from '../../shared/fold';
import { Loading } from '../../shared/Loading';
import { TAG } from '../../shared/tagColours';
import { EmptyText } from './shared';

const CAMPAIGN = graphql(`
  query ResultsCertificateCampaign($id: ID!) {
    campaign(id: $id) {
      id
      name
      organiserUnitId
      certificateCriteria {
        minimumHours
        minimumActivities
      }
      certificates {
        id
        award
        volunteerId
        hours
        activities
        issuedOn
        status
        revokedOn
      }
    }
  }
`);

const VOLUNTEERS = graphql(`
  query ResultsCertificateVolunteers($unitId: ID!, $after: String) {
    volunteers(unitId: $unitId, first: 50, after: $after) {
      nodes {
        id
        fullName
        erased
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

const ISSUE = graphql(`
  mutation ResultsIssueCertificate($campaignId: ID!, $volunteerId: ID!, $award: String!) {
    issueCertificate(campaignId: $campaignId, volunteerId: $volunteerId, award: $award) {
      id
      consistencyToken
    }
  }
`);

const REVOKE = graphql(`
  mutation ResultsRevokeCertificate($certificateId: ID!, $reason: String!) {
    revokeCertificate(certificateId: $certificateId, reason: $reason) {
      id
      consistencyToken
    }
  }
`);

type Award = 'certificate' | 'badge';

interface RevokeTarget {
  certificateId: string;
  award: string;
  name: string;
}

/** A campaign's certificates: issue, revoke, print with the verification QR code. */
export default function CertificatesTab({ campaignId, unitId }: { campaignId: string; unitId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const campaign = useQuery(CAMPAIGN, { variables: { id: campaignId } });
  const volunteers = useQuery(VOLUNTEERS, { variables: { unitId } });
  const [issue] = useMutation(ISSUE);
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [revoking, setRevoking] = useState<RevokeTarget | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const issueOne = async (volunteerId: string, award: Award) => {
    setBusy(`${award}-${volunteerId}`);
    setActionError(null);
    try {
      const result = await issue({ variables: { campaignId, volunteerId, award } });
      rememberWrite(result.data?.issueCertificate);
      void message.success(t('results.certificates.issued', { id: result.data?.issueCertificate.id ?? '' }));
      await campaign.refetch();
    } catch (failure) {
      setActionError(failure);
    } finally {
      setBusy(null);
    }
  };

  const more = async () => {
    setLoadingMore(true);
    try {
      await volunteers.fetchMore({
        variables: { after: volunteers.data?.volunteers.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          volunteers: { ...fetchMoreResult.volunteers, nodes: [...previous.volunteers.nodes, ...fetchMoreResult.volunteers.nodes] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  if (campaign.loading && !campaign.data) return <Loading />;
  const value = campaign.data?.campaign;
  const criteria = value?.certificateCriteria;
  const rows = (volunteers.data?.volunteers.nodes ?? []).filter((volunteer) => matchesQuery(volunteer.fullName ?? volunteer.id, query));
  const nameOf = new Map((volunteers.data?.volunteers.nodes ?? []).map((volunteer) => [volunteer.id, volunteer.fullName ?? volunteer.id]));
  const issued = value?.certificates ?? [];

  return (
    <section aria-label={t('results.tabs.certificates')}>
      <ErrorAlert error={campaign.error ?? volunteers.error} />
      {criteria ? (
        <Typography.Paragraph>
          <strong>{t('results.certificates.criteria')}:</strong>{' '}
          {t('results.certificates.criteriaText', { hours: criteria.minimumHours ?? 0, activities: criteria.minimumActivities ?? 0 })}
        </Typography.Paragraph>
      ) : null}
      <Alert type="info" showIcon title={t('results.certificates.eligibilityNote')} style={{ marginBottom: 16 }} />
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('results.certificates.issuedList')}</h2>} size="small" style={{ marginBottom: 16 }}>
        <Table
          size="small"
          rowKey="id"
          dataSource={issued}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <EmptyText text={t('common.none')} /> }}
          scroll={{ x: true }}
          columns={[
            { title: t('results.volunteer'), key: 'holder', render: (_, row) => nameOf.get(row.volunteerId) ?? row.volunteerId },
            { title: t('results.certificates.award'), dataIndex: 'award', render: (award: string) => t(`results.certificates.awards.${award}`, award) },
            { title: t('results.certificates.issuedOn'), dataIndex: 'issuedOn' },
            { title: t('results.certificates.hours'), dataIndex: 'hours', align: 'right' },
            {
              title: t('common.status'),
              key: 'status',
              render: (_, row) =>
                row.status === 'issued' ? (
                  <Tag color={TAG.good}>{t('results.certificates.valid')}</Tag>
                ) : (
                  <Tag color={TAG.bad}>{t('results.certificates.revokedOn', { date: row.revokedOn ?? '' })}</Tag>
                ),
            },
            {
              title: '',
              key: 'actions',
              render: (_, row) => (
                <Space wrap>
                  <Link to={`/certificates/${row.id}/print`}>{t('results.certificates.print')}</Link>
                  {row.status === 'issued' ? (
                    <Button
                      size="small"
                      danger
                      onClick={() => setRevoking({ certificateId: row.id, award: row.award, name: nameOf.get(row.volunteerId) ?? row.volunteerId })}
                    >
                      {t('results.certificates.revoke')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('results.certificates.volunteers')}</h2>} size="small">
        <Input.Search
          aria-label={t('common.search')}
          placeholder={t('common.searchPlaceholder')}
          allowClear
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          style={{ maxWidth: 360, marginBottom: 12 }}
        />
        <ErrorAlert error={actionError} />
        <Table
          size="small"
          rowKey="id"
          loading={volunteers.loading}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <EmptyText text={t('common.none')} /> }}
          scroll={{ x: true }}
          columns={[
            { title: t('results.volunteer'), key: 'name', render: (_, row) => row.fullName ?? row.id },
            {
              title: t('common.status'),
              key: 'outcome',
              render: (_, row) =>
                issued
                  .filter((certificate) => certificate.volunteerId === row.id)
                  .map((certificate) => (
                    <Tag key={certificate.id} color={certificate.status === 'issued' ? TAG.good : TAG.bad}>
                      {t(`results.certificates.awards.${certificate.award}`, certificate.award)}:{' '}
                      {certificate.status === 'issued' ? t('results.certificates.issuedHere') : t('results.certificates.revokedHere')}
                    </Tag>
                  )),
            },
            {
              title: '',
              key: 'actions',
              render: (_, row) => (
                <Space wrap>
                  <Button size="small" type="primary" loading={busy === `certificate-${row.id}`} onClick={() => void issueOne(row.id, 'certificate')}>
                    {t('results.certificates.issue')}
                  </Button>
                  <Button size="small" loading={busy === `badge-${row.id}`} onClick={() => void issueOne(row.id, 'badge')}>
                    {t('results.certificates.issueBadge')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
        {volunteers.data?.volunteers.pageInfo.hasNextPage ? (
          <Button onClick={() => void more()} loading={loadingMore}>
            {t('common.more')}
          </Button>
        ) : null}
      </Card>
      <RevokeModal
        target={revoking}
        onClose={() => setRevoking(null)}
        onDone={() => {
          setRevoking(null);
          void message.success(t('results.certificates.revoked'));
          void campaign.refetch();
        }}
      />
    </section>
  );
}

function RevokeModal({ target, onClose, onDone }: { target: RevokeTarget | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [revoke, { loading }] = useMutation(REVOKE);
  const [error, setError] = useState<unknown>(null);
  const submit = async (values: { reason: string }) => {
    if (!target) return;
    setError(null);
    try {
      const result = await revoke({ variables: { certificateId: target.certificateId, reason: values.reason.trim() } });
      rememberWrite(result.data?.revokeCertificate);
      form.resetFields();
      onDone();
    } catch (failure) {
      const problems = apiProblemsOf(failure);
      const onFields = problems ? fieldErrorsOf(problems, ['reason'] as const) : [];
      if (onFields.length) form.setFields(onFields);
      else setError(failure);
    }
  };
  return (
    <Modal
      open={target !== null}
      title={t('results.certificates.revokeTitle', {
        name: target?.name ?? '',
        award: target ? t(`results.certificates.awards.${target.award}`, target.award) : '',
      })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} name="revoke-certificate">
        <Form.Item name="reason" label={t('results.reason')} rules={[{ required: true, whitespace: true, message: t('results.reasonRequired') }]}>
          <Input autoFocus />
        </Form.Item>
        <Space>
          <Button type="primary" danger htmlType="submit" loading={loading}>
            {t('results.certificates.revoke')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
