import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Descriptions, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { rememberWrite } from '../../api/consistency';
import { apiProblemsOf, fieldErrorsOf } from '../../api/errors';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { Loading } from '../../shared/Loading';
import { downloadExport } from './download';
import { TAG } from '../../shared/tagColours';

const REPORT = graphql(`
  query ReportPage($unitId: ID!, $templateId: ID!, $period: String!) {
    report(unitId: $unitId, templateId: $templateId, period: $period) {
      reportId
      unitId
      unitName
      templateName
      period
      status
      submissions
      onTime
      structureDate
      window {
        opensOn
        dueOn
        closesOn
      }
      sections {
        key
        title
        narrative
      }
      commendations {
        proposalId
        subjectKind
        subjectId
        award
        reason
      }
      prefill {
        indicatorId
        code
        name
        unit
        value
        target
      }
      submittedValues {
        indicatorId
        value
      }
      approvedValues {
        indicatorId
        value
      }
      changesSinceApproval {
        indicatorId
        approved
        current
        difference
      }
      children {
        unitId
        name
        status
        onTime
      }
      history {
        action
        at
        by
        submission
        text
      }
    }
  }
`);

const SAVE_DRAFT = graphql(`
  mutation SaveReportDraft($input: SaveReportDraftInput!) {
    saveReportDraft(input: $input) {
      consistencyToken
    }
  }
`);
const SUBMIT = graphql(`
  mutation SubmitReport($input: SubmitReportInput!) {
    submitReport(input: $input) {
      consistencyToken
    }
  }
`);
const APPROVE = graphql(`
  mutation ApproveReport($input: ApproveReportInput!) {
    approveReport(input: $input) {
      consistencyToken
    }
  }
`);
const RETURN = graphql(`
  mutation ReturnReport($input: ReturnReportInput!) {
    returnReport(input: $input) {
      consistencyToken
    }
  }
`);
const EXPORT = graphql(`
  query ReportExport($unitId: ID!, $templateId: ID!, $period: String!, $format: ExportFormat!) {
    reportExport(unitId: $unitId, templateId: $templateId, period: $period, format: $format) {
      filename
      contentType
      contentBase64
    }
  }
`);

const EDITABLE = new Set(['none', 'draft', 'returned']);

/**
 * One report: its window and state, the figures (now, submitted, approved), drafting, submission,
 * approval or return, exports. Keyed by the report, so following a link to another unit's report
 * starts a new form (a form keeps the values it was first given).
 */
export default function ReportPage() {
  const { unitId = '', templateId = '', period = '' } = useParams();
  return <Report key={`${unitId}/${templateId}/${period}`} />;
}

function Report() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const { unitId = '', templateId = '', period = '' } = useParams();
  const key = { unitId, templateId, period };
  const { data, loading, error, refetch } = useQuery(REPORT, { variables: key });
  const [saveDraft, saving] = useMutation(SAVE_DRAFT);
  const [submit, submitting] = useMutation(SUBMIT);
  const [approve, approving] = useMutation(APPROVE);
  const [returnReport, returning] = useMutation(RETURN);
  const [returnOpen, setReturnOpen] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const [sectionsForm] = Form.useForm<Record<string, string>>();
  const [returnForm] = Form.useForm<{ comment: string }>();
  const number = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(value);

  if (loading && !data) return <Loading />;
  const report = data?.report;
  if (!report) return <ErrorAlert error={error} />;

  /** Run a mutation; on success, read the report again once the gateway shows the write. */
  const act = async (run: () => Promise<{ data?: unknown } | void>, done: string): Promise<boolean> => {
    setActionError(null);
    try {
      const result = (await run()) as { data?: Record<string, { consistencyToken?: string }> } | undefined;
      Object.values(result?.data ?? {}).forEach(rememberWrite);
      void message.success(done);
      await refetch();
      return true;
    } catch (failure) {
      setActionError(failure);
      return false;
    }
  };

  const commendations = report.commendations.map(({ proposalId, subjectKind, subjectId, award, reason }) => ({
    proposalId,
    subjectKind,
    subjectId,
    award,
    reason,
  }));
  const sectionsInput = (values: Record<string, string>) => report.sections.map((section) => ({ key: section.key, narrative: values[section.key] ?? '' }));
  const onSave = (values: Record<string, string>) =>
    act(() => saveDraft({ variables: { input: { ...key, sections: sectionsInput(values), commendations } } }), t('reports.draftSaved')).then((ok) => {
      if (!ok) return;
    });
  const onSubmit = async () => {
    const values = sectionsForm.getFieldsValue();
    const saved = await act(() => saveDraft({ variables: { input: { ...key, sections: sectionsInput(values), commendations } } }), t('reports.draftSaved'));
    if (saved) await act(() => submit({ variables: { input: key } }), t('reports.submitted'));
  };
  const onReturn = async ({ comment }: { comment: string }) => {
    try {
      const result = await returnReport({ variables: { input: { reportId: report.reportId, comment } } });
      rememberWrite(result.data?.returnReport);
      void message.success(t('reports.returned'));
      setReturnOpen(false);
      returnForm.resetFields();
      await refetch();
    } catch (failure) {
      const problems = apiProblemsOf(failure);
      const fieldErrors = problems ? fieldErrorsOf(problems, ['comment']) : [];
      if (fieldErrors.length) returnForm.setFields(fieldErrors);
      else {
        setReturnOpen(false);
        setActionError(failure);
      }
    }
  };
  const onExport = async (format: 'XLSX' | 'PDF') => {
    setExportError(null);
    try {
      const { data: file } = await client.query({ query: EXPORT, variables: { ...key, format }, fetchPolicy: 'network-only' });
      if (file) downloadExport(file.reportExport);
    } catch (failure) {
      setExportError(failure);
    }
  };

  const valueOf = (list: readonly { indicatorId: string; value?: number | null }[], indicatorId: string) =>
    list.find((entry) => entry.indicatorId === indicatorId)?.value ?? null;
  const figures = report.prefill.map((figure) => ({
    ...figure,
    submitted: valueOf(report.submittedValues, figure.indicatorId),
    approved: valueOf(report.approvedValues, figure.indicatorId),
  }));
  const codeOf = (indicatorId: string) => report.prefill.find((figure) => figure.indicatorId === indicatorId)?.code ?? indicatorId;
  const editable = EDITABLE.has(report.status);

  return (
    <section aria-labelledby="report-title">
      <Typography.Title level={1} id="report-title" style={{ fontSize: 24 }}>
        {report.templateName} {report.period} – {report.unitName}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Tag color={report.status === 'approved' ? TAG.good : report.status === 'returned' ? TAG.bad : TAG.info} data-testid="report-status">
          {t(`reports.states.${report.status}`, report.status)}
        </Tag>
        {report.onTime === false ? <Tag color={TAG.warn}>{t('reports.late')}</Tag> : null}
        <Typography.Text>{t('reports.window', { due: report.window.dueOn, opens: report.window.opensOn, closes: report.window.closesOn })}</Typography.Text>
        <Link to={`/units/${report.unitId}/reports`}>{t('common.back')}</Link>
      </Space>
      <ErrorAlert error={actionError} />
      <Space wrap style={{ marginBottom: 16 }}>
        {report.status === 'submitted' ? (
          <>
            <Button
              type="primary"
              loading={approving.loading}
              onClick={() => void act(() => approve({ variables: { input: { reportId: report.reportId } } }), t('reports.approved'))}
            >
              {t('reports.approve')}
            </Button>
            <Button danger onClick={() => setReturnOpen(true)}>
              {t('reports.return')}
            </Button>
          </>
        ) : null}
        {editable ? (
          <Button type="primary" loading={submitting.loading || saving.loading} onClick={() => void onSubmit()}>
            {t('reports.submit')}
          </Button>
        ) : null}
        <Button onClick={() => void onExport('XLSX')}>{t('reports.exportXlsx')}</Button>
        <Button onClick={() => void onExport('PDF')}>{t('reports.exportPdf')}</Button>
      </Space>
      <ErrorAlert error={exportError} />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('reports.submissions')}>{report.submissions}</Descriptions.Item>
        <Descriptions.Item label={t('common.asOf')}>{report.structureDate}</Descriptions.Item>
      </Descriptions>

      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('reports.figures')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="indicatorId"
        pagination={false}
        dataSource={figures}
        data-testid="report-figures"
        columns={[
          { title: t('dashboard.indicator'), dataIndex: 'code', width: 80 },
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('reports.live'), dataIndex: 'value', align: 'right', render: number },
          { title: t('reports.submittedFigures'), dataIndex: 'submitted', align: 'right', render: number },
          { title: t('reports.approvedFigures'), dataIndex: 'approved', align: 'right', render: number },
          { title: t('dashboard.target'), dataIndex: 'target', align: 'right', render: number },
        ]}
      />
      {report.changesSinceApproval.length ? (
        <>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('reports.changesSinceApproval')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="indicatorId"
            pagination={false}
            dataSource={report.changesSinceApproval}
            columns={[
              { title: t('dashboard.indicator'), dataIndex: 'indicatorId', render: codeOf },
              { title: t('reports.approvedFigures'), dataIndex: 'approved', align: 'right', render: number },
              { title: t('reports.live'), dataIndex: 'current', align: 'right', render: number },
              { title: t('reports.difference'), dataIndex: 'difference', align: 'right', render: number },
            ]}
          />
        </>
      ) : null}

      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('reports.sections')}
      </Typography.Title>
      <Form
        form={sectionsForm}
        layout="vertical"
        disabled={!editable}
        onFinish={(values) => void onSave(values)}
        initialValues={Object.fromEntries(report.sections.map((section) => [section.key, section.narrative]))}
      >
        {report.sections.map((section) => (
          <Form.Item key={section.key} name={section.key} label={section.title} rules={[{ max: 10_000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 12 }} />
          </Form.Item>
        ))}
        {editable ? (
          <Button htmlType="submit" loading={saving.loading}>
            {t('reports.saveDraft')}
          </Button>
        ) : null}
      </Form>

      {report.children.length ? (
        <>
          <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
            {t('reports.children')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="unitId"
            pagination={false}
            dataSource={report.children}
            columns={[
              {
                title: t('common.name'),
                dataIndex: 'name',
                render: (name: string, row) => <Link to={`/reports/${row.unitId}/${templateId}/${period}`}>{name}</Link>,
              },
              { title: t('reports.state'), dataIndex: 'status', render: (status: string) => t(`reports.states.${status}`, status) },
            ]}
          />
        </>
      ) : null}

      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('reports.history')}
      </Typography.Title>
      <Table
        size="small"
        rowKey={(row) => `${row.at}-${row.action}`}
        pagination={false}
        dataSource={report.history}
        locale={{ emptyText: t('common.none') }}
        columns={[
          { title: t('common.from'), dataIndex: 'at', render: (at: string) => new Date(at).toLocaleString(i18n.language) },
          { title: t('reports.state'), dataIndex: 'action', render: (action: string) => t(`reports.actions.${action}`, action) },
          { title: t('reports.by'), dataIndex: 'by' },
          { title: t('reports.comment'), dataIndex: 'text' },
        ]}
      />

      <Modal
        open={returnOpen}
        title={t('reports.return')}
        okText={t('reports.return')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, loading: returning.loading }}
        onOk={() => returnForm.submit()}
        onCancel={() => setReturnOpen(false)}
        destroyOnHidden
      >
        <Form form={returnForm} layout="vertical" onFinish={(values) => void onReturn(values)}>
          <Form.Item
            name="comment"
            label={t('reports.returnComment')}
            rules={[{ required: true, whitespace: true, message: t('reports.returnCommentRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
