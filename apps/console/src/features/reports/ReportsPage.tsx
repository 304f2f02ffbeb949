import { useQuery } from '@apollo/client/react';
import { Button, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import { vietnamToday } from '../../shared/dates';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useUnitName } from '../../shared/useUnitName';
import { periodsOf } from './periods';
import { TAG } from '../../shared/tagColours';

const TEMPLATES = graphql(`
  query ReportTemplates {
    reportTemplates {
      templateId
      name
      cadence
      years
    }
  }
`);

const RATES = graphql(`
  query ReportingRates($unitId: ID!, $templateId: ID!, $period: String!) {
    reportingRates(unitId: $unitId, templateId: $templateId, period: $period) {
      rows {
        unitId
        name
        status
        onTime
        overdue
        dueOn
        firstSubmittedOn
        approvedOn
      }
      totals {
        expected
        received
        onTime
        approved
        reportingRate
        timelinessRate
      }
    }
  }
`);

/** A unit's reports: pick a template and period, open the unit's report, and see where the units below stand. */
export default function ReportsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { unitId = '' } = useParams();
  const unitName = useUnitName(unitId);
  const thisYear = Number(vietnamToday().slice(0, 4));
  const templates = useQuery(TEMPLATES);
  const [templateId, setTemplateId] = useState('yearly');
  const template = templates.data?.reportTemplates.find((candidate) => candidate.templateId === templateId);
  const years = template?.years?.length ? [...template.years].sort((a, b) => b - a) : [thisYear, thisYear - 1, thisYear - 2];
  const periods = template ? periodsOf(template.cadence, years) : [];
  const [chosenPeriod, setPeriod] = useState<string>();
  const period = chosenPeriod && periods.includes(chosenPeriod) ? chosenPeriod : periods[0];
  const rates = useQuery(RATES, { variables: { unitId, templateId, period: period ?? '' }, skip: !period });
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`);

  return (
    <section aria-labelledby="reports-title">
      <Typography.Title level={1} id="reports-title" style={{ fontSize: 24 }}>
        {t('reports.title', { unit: unitName })}
      </Typography.Title>
      <ErrorAlert error={templates.error} />
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={() => period && void navigate(`/reports/${unitId}/${templateId}/${period}`)}>
        <Form.Item label={t('reports.template')} htmlFor="report-template">
          <Select
            id="report-template"
            style={{ width: 240 }}
            value={templateId}
            onChange={(value) => setTemplateId(value)}
            options={(templates.data?.reportTemplates ?? []).map((candidate) => ({ value: candidate.templateId, label: candidate.name }))}
          />
        </Form.Item>
        <Form.Item label={t('reports.period')} htmlFor="report-period">
          <Select id="report-period" style={{ width: 140 }} value={period} onChange={setPeriod} options={periods.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!period}>
          {t('reports.open')}
        </Button>
      </Form>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('reports.children')}
      </Typography.Title>
      <ErrorAlert error={rates.error} />
      {rates.data ? (
        <Space style={{ marginBottom: 8 }} wrap>
          <Tag>
            {t('reports.states.submitted')}: {rates.data.reportingRates.totals.received}/{rates.data.reportingRates.totals.expected} (
            {percent(rates.data.reportingRates.totals.reportingRate)})
          </Tag>
          <Tag>
            {t('reports.states.approved')}: {rates.data.reportingRates.totals.approved}
          </Tag>
        </Space>
      ) : null}
      <Table
        size="small"
        rowKey="unitId"
        loading={rates.loading}
        dataSource={rates.data?.reportingRates.rows ?? []}
        pagination={{ pageSize: 25, hideOnSinglePage: true }}
        locale={{ emptyText: t('common.none') }}
        columns={[
          {
            title: t('common.name'),
            dataIndex: 'name',
            render: (name: string, row) => <Link to={`/reports/${row.unitId}/${templateId}/${period}`}>{name}</Link>,
          },
          {
            title: t('reports.state'),
            dataIndex: 'status',
            render: (status: string, row) => (
              <>
                <Tag color={status === 'approved' ? TAG.good : status === 'returned' ? TAG.bad : undefined}>{t(`reports.states.${status}`, status)}</Tag>
                {row.overdue || row.onTime === false ? <Tag color={TAG.warn}>{t('reports.late')}</Tag> : null}
              </>
            ),
          },
          { title: t('common.to'), dataIndex: 'dueOn' },
        ]}
      />
    </section>
  );
}
