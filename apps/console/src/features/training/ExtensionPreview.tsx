import { useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Form, InputNumber, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiProblemsOf, fieldErrorsOf } from '../../api/errors';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { nameOf } from './names';

const PREVIEW = graphql(`
  query TrainingExtensionPreview($kindId: ID!, $expiringFrom: String!, $expiringTo: String!, $extendByMonths: Int!, $after: String) {
    previewQualificationExtension(
      kindId: $kindId
      expiringFrom: $expiringFrom
      expiringTo: $expiringTo
      extendByMonths: $extendByMonths
      first: 50
      after: $after
    ) {
      declaredOn
      holderCount
      totalCount
      nodes {
        personId
        recordId
        grantedOn
        oldValidUntil
        newValidUntil
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface PreviewValues {
  expiringFrom: Dayjs;
  expiringTo: Dayjs;
  extendByMonths: number;
}
const FIELDS = ['expiringFrom', 'expiringTo', 'extendByMonths'] as const;

/**
 * What a blanket extension of a kind would move if declared today (for the managers of the kind's
 * owner unit): a preview only; declaring one is a policy act the console leaves to its own screen.
 */
export function ExtensionPreview({ kindId, names }: { kindId: string; names: Map<string, string> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PreviewValues>();
  const [variables, setVariables] = useState<{ expiringFrom: string; expiringTo: string; extendByMonths: number } | null>(null);
  const preview = useQuery(PREVIEW, { variables: { kindId, ...(variables ?? { expiringFrom: '', expiringTo: '', extendByMonths: 0 }) }, skip: !variables });
  const result = preview.data?.previewQualificationExtension;
  const fieldErrors = preview.error ? fieldErrorsOf(apiProblemsOf(preview.error) ?? [], FIELDS) : [];

  const loadMore = () =>
    preview.fetchMore({
      variables: { after: result?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        previewQualificationExtension: {
          ...fetchMoreResult.previewQualificationExtension,
          nodes: [...previous.previewQualificationExtension.nodes, ...fetchMoreResult.previewQualificationExtension.nodes],
        },
      }),
    });

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('training.extension.title')}
        </Typography.Title>
      }
      style={{ marginTop: 24 }}
    >
      <Typography.Paragraph type="secondary">{t('training.extension.help')}</Typography.Paragraph>
      <Form<PreviewValues>
        form={form}
        layout="inline"
        name="extension-preview"
        initialValues={{ extendByMonths: 6 }}
        onFinish={(values) =>
          setVariables({
            expiringFrom: values.expiringFrom.format('YYYY-MM-DD'),
            expiringTo: values.expiringTo.format('YYYY-MM-DD'),
            extendByMonths: values.extendByMonths,
          })
        }
        style={{ rowGap: 8, marginBottom: 12 }}
      >
        <Form.Item name="expiringFrom" label={t('training.extension.from')} rules={[{ required: true, message: t('training.extension.dateRequired') }]}>
          <DatePicker format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item
          name="expiringTo"
          label={t('training.extension.to')}
          dependencies={['expiringFrom']}
          rules={[
            { required: true, message: t('training.extension.dateRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value?: Dayjs) => {
                const from = getFieldValue('expiringFrom') as Dayjs | undefined;
                return value && from && value.isBefore(from, 'day') ? Promise.reject(new Error(t('training.plan.endsBeforeStart'))) : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item
          name="extendByMonths"
          label={t('training.extension.months')}
          rules={[{ required: true, type: 'integer', min: 1, max: 24, message: t('training.extension.monthsRange') }]}
        >
          <InputNumber precision={0} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={preview.loading}>
            {t('training.extension.preview')}
          </Button>
        </Form.Item>
      </Form>
      {fieldErrors.length ? null : <ErrorAlert error={preview.error} />}
      {fieldErrors.map((entry) => (
        <Typography.Paragraph key={entry.name} type="danger" role="alert">
          {entry.errors.join(' ')}
        </Typography.Paragraph>
      ))}
      {result ? (
        <>
          <Space wrap style={{ marginBottom: 8 }}>
            <Typography.Text data-testid="extension-summary">
              {t('training.extension.summary', {
                holders: result.holderCount,
                records: result.totalCount ?? result.nodes.length,
                declaredOn: result.declaredOn,
              })}
            </Typography.Text>
          </Space>
          <Table
            size="small"
            rowKey={(row) => `${row.personId}:${row.recordId}`}
            pagination={false}
            dataSource={result.nodes}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('common.none') }}
            columns={[
              { title: t('training.quals.holder'), dataIndex: 'personId', render: (personId: string) => nameOf(names, personId) },
              { title: t('training.quals.grantedOn'), dataIndex: 'grantedOn' },
              { title: t('training.extension.oldValidUntil'), dataIndex: 'oldValidUntil' },
              { title: t('training.extension.newValidUntil'), dataIndex: 'newValidUntil' },
            ]}
          />
          {result.pageInfo.hasNextPage ? (
            <Button style={{ marginTop: 12 }} onClick={() => void loadMore()}>
              {t('common.more')}
            </Button>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
