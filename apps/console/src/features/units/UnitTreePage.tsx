import { useApolloClient, useQuery } from '@apollo/client/react';
import { DatePicker, Input, List, Space, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { vietnamToday } from '../../shared/dates';
import { ErrorAlert } from '../../shared/ErrorAlert';

const UNITS = graphql(`
  query UnitTree($parentId: ID, $asOf: String, $after: String) {
    units(parentId: $parentId, asOf: $asOf, first: 100, after: $after) {
      nodes {
        id
        nameVi
        nameEn
        levelLabel
        status
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SEARCH = graphql(`
  query SearchUnits($query: String!, $asOf: String) {
    searchUnits(query: $query, asOf: $asOf, first: 20) {
      nodes {
        id
        nameVi
        nameEn
        levelLabel
        status
      }
    }
  }
`);

interface UnitRow {
  id: string;
  nameVi: string;
  nameEn?: string | null;
  levelLabel: string;
  status: string;
}

/** The unit tree as structured on a date: top units first, children loaded when a node opens. */
export default function UnitTreePage() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? vietnamToday();
  const [query, setQuery] = useState('');
  const [nodes, setNodes] = useState<DataNode[]>([]);
  const roots = useQuery(UNITS, { variables: { asOf } });
  const search = useQuery(SEARCH, { variables: { query: query.trim(), asOf }, skip: query.trim().length < 2 });

  const nameOf = (unit: UnitRow) => (i18n.language === 'en' && unit.nameEn ? unit.nameEn : unit.nameVi);
  const label = (unit: UnitRow) => (
    <Link to={`/units/${unit.id}?asOf=${asOf}`}>
      {nameOf(unit)} <Typography.Text type="secondary">· {unit.levelLabel}</Typography.Text>
      {unit.status !== 'active' ? <Typography.Text type="warning"> · {t(`units.statuses.${unit.status}`, unit.status)}</Typography.Text> : null}
    </Link>
  );
  const toNode = (unit: UnitRow): DataNode => ({ key: unit.id, title: label(unit) });

  useEffect(() => {
    setNodes((roots.data?.units.nodes ?? []).map(toNode));
  }, [roots.data, i18n.language]);

  const loadChildren = async (node: DataNode) => {
    if (node.children) return;
    const children: UnitRow[] = [];
    let after: string | null | undefined;
    do {
      const { data } = await client.query({ query: UNITS, variables: { parentId: String(node.key), asOf, after } });
      children.push(...(data?.units.nodes ?? []));
      after = data?.units.pageInfo.hasNextPage ? data.units.pageInfo.endCursor : null;
    } while (after);
    const attach = (list: DataNode[]): DataNode[] =>
      list.map((item) =>
        item.key === node.key
          ? { ...item, children: children.map(toNode), isLeaf: children.length === 0 }
          : { ...item, children: item.children && attach(item.children) },
      );
    setNodes((current) => attach(current));
  };

  return (
    <section aria-labelledby="units-title">
      <Typography.Title level={1} id="units-title" style={{ fontSize: 24 }}>
        {t('units.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <label>
          {t('common.asOf')}{' '}
          <DatePicker
            aria-label={t('common.asOf')}
            value={dayjs(asOf)}
            allowClear={false}
            format="DD/MM/YYYY"
            onChange={(value) => value && setParams({ asOf: value.format('YYYY-MM-DD') })}
          />
        </label>
        <Input.Search
          aria-label={t('common.search')}
          placeholder={t('common.searchPlaceholder')}
          allowClear
          style={{ width: 320 }}
          onChange={(event) => setQuery(event.target.value)}
        />
      </Space>
      <Typography.Paragraph type="secondary">{t('units.asOfHelp')}</Typography.Paragraph>
      <ErrorAlert error={roots.error ?? search.error} />
      {query.trim().length >= 2 ? (
        <List
          aria-label={t('common.search')}
          loading={search.loading}
          dataSource={search.data?.searchUnits.nodes ?? []}
          locale={{ emptyText: t('common.none') }}
          renderItem={(unit) => <List.Item>{label(unit)}</List.Item>}
        />
      ) : (
        <Tree key={`${asOf}-${i18n.language}`} treeData={nodes} loadData={loadChildren} selectable={false} aria-label={t('units.title')} />
      )}
    </section>
  );
}
