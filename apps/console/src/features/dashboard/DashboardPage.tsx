import { useQuery } from '@apollo/client/react';
import { Card, Progress, Select, Space, Table, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { vietnamToday } from '../../shared/dates';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useUnitName } from '../../shared/useUnitName';

const DEFINITIONS = graphql(`
  query DashboardDefinitions($unitId: ID) {
    indicatorDefinitions(unitId: $unitId) {
      indicatorId
      code
      nameVi
      nameEn
      unit
      retired
    }
  }
`);

const VALUES = graphql(`
  query DashboardValues($ids: [ID!]!, $periods: [String!]!, $unitIds: [ID!]!) {
    indicatorValues(indicatorIds: $ids, periods: $periods, unitIds: $unitIds) {
      indicatorId
      code
      period
      value
      target
      targetYear
      progress
    }
  }
`);

const FIRST_YEAR = 2023;
// ECharts is the heaviest module of the console: the figures' table is usable before it arrives.
const BarChart = lazy(() => import('../../shared/BarChart').then((module) => ({ default: module.BarChart })));

/** A unit's programme and plan indicators for its whole subtree in a year, against their targets. */
export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { unitId = '' } = useParams();
  const unitName = useUnitName(unitId);
  const thisYear = Number(vietnamToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const definitions = useQuery(DEFINITIONS, { variables: { unitId } });
  const active = useMemo(() => (definitions.data?.indicatorDefinitions ?? []).filter((definition) => !definition.retired), [definitions.data]);
  const values = useQuery(VALUES, {
    variables: { ids: active.map((definition) => definition.indicatorId), periods: [`Y${year}`], unitIds: [unitId] },
    skip: active.length === 0,
  });

  const rows = useMemo(
    () =>
      active.map((definition) => {
        const value = values.data?.indicatorValues.find((entry) => entry.indicatorId === definition.indicatorId);
        return {
          key: definition.indicatorId,
          code: definition.code,
          name: i18n.language === 'en' ? definition.nameEn : definition.nameVi,
          unit: definition.unit,
          value: value?.value ?? null,
          target: value?.target ?? null,
          targetYear: value?.targetYear ?? null,
          progress: value?.progress ?? null,
        };
      }),
    [active, values.data, i18n.language],
  );
  const categories = useMemo(() => rows.map((row) => row.code), [rows]);
  const series = useMemo(
    () => [
      { name: t('dashboard.value'), values: rows.map((row) => row.value) },
      { name: t('dashboard.target'), values: rows.map((row) => row.target) },
    ],
    [rows, t],
  );
  const round = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value));

  return (
    <section aria-labelledby="dashboard-title">
      <Typography.Title level={1} id="dashboard-title" style={{ fontSize: 24 }}>
        {t('dashboard.title', { unit: unitName })}
      </Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <label htmlFor="dashboard-year">{t('dashboard.year')}</label>
        <Select
          id="dashboard-year"
          value={year}
          style={{ width: 120 }}
          onChange={setYear}
          options={Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, index) => ({ value: thisYear - index, label: String(thisYear - index) }))}
        />
      </Space>
      <ErrorAlert error={definitions.error ?? values.error} />
      <Card style={{ marginBottom: 16 }}>
        <Suspense fallback={<div style={{ height: 320 }} />}>
          <BarChart label={t('dashboard.chartLabel')} categories={categories} series={series} />
        </Suspense>
      </Card>
      <Table
        size="small"
        loading={definitions.loading || values.loading}
        dataSource={rows}
        pagination={false}
        data-testid="indicator-table"
        columns={[
          { title: t('dashboard.indicator'), dataIndex: 'code', width: 80 },
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('dashboard.value'), dataIndex: 'value', align: 'right', render: (value: number | null, row) => `${round(value)} ${row.unit}` },
          {
            title: t('dashboard.target'),
            dataIndex: 'target',
            align: 'right',
            render: (value: number | null, row) => (value === null ? t('dashboard.noTarget') : `${round(value)} ${row.unit} (${row.targetYear})`),
          },
          {
            title: t('dashboard.progress'),
            dataIndex: 'progress',
            width: 180,
            render: (value: number | null) =>
              value === null ? '—' : <Progress percent={Math.round(value * 100)} size="small" aria-label={`${Math.round(value * 100)}%`} />,
          },
        ]}
      />
    </section>
  );
}
