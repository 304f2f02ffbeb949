import { useQuery } from '@apollo/client/react';
import { Button, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { matchesQuery } from '../../shared/fold';
import { Loading } from '../../shared/Loading';
import { isTrailKind, TRAILS, type TrailKind } from './queries';

/** "ActivityPlanned" → "Activity planned": a readable name for an event type no catalogue names yet. */
export const humanise = (type: string): string => type.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/ (\w)/g, (_, letter: string) => ` ${letter.toLowerCase()}`);

/** A time as Vietnam's clock shows it, in the reader's language. */
const vietnamTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'medium' }).format(
    new Date(iso),
  );

/** Who did what and when to a unit, campaign, activity or volunteer: its events, newest first, page by page. */
export default function AuditTrailPage() {
  const { kind = '', id = '' } = useParams();
  const { t } = useTranslation();
  if (!isTrailKind(kind)) return <Typography.Paragraph>{t('history.notFound')}</Typography.Paragraph>;
  return <Trail kind={kind} id={id} />;
}

function Trail({ kind, id }: { kind: TrailKind; id: string }) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState('');
  // The four queries share their shape; the subject's kind only picks which field of Query is asked.
  const { data, loading, error, fetchMore } = useQuery(TRAILS[kind] as typeof TRAILS.unit, { variables: { id } });
  if (loading && !data) return <Loading />;
  const subject = data?.subject;
  const trail = subject?.auditTrail;
  if (!subject || !trail)
    return (
      <>
        <ErrorAlert error={error} />
        <Typography.Paragraph>{t('history.notFound')}</Typography.Paragraph>
      </>
    );
  const label = (type: string) => t(`history.events.${type}`, humanise(type));
  // The gateway names the account only to readers who may read accounts (and to the actor).
  const who = (entry: { actorKind: string; actorId: string | null }) =>
    entry.actorKind === 'system' ? t('history.system', { id: entry.actorId ?? '' }) : (entry.actorId ?? t('history.someAccount'));
  const rows = trail.nodes.filter((entry) => matchesQuery(`${label(entry.type)} ${who(entry)}`, filter));
  const loadMore = () =>
    fetchMore({
      variables: { after: trail.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        const earlier = previous.subject?.auditTrail;
        const more = fetchMoreResult.subject?.auditTrail;
        if (!previous.subject || !fetchMoreResult.subject || !earlier || !more) return previous;
        return { subject: { ...fetchMoreResult.subject, auditTrail: { ...more, nodes: [...earlier.nodes, ...more.nodes] } } };
      },
    });

  return (
    <section aria-labelledby="history-title">
      <Typography.Title level={1} id="history-title" style={{ fontSize: 24 }}>
        {t('history.title', { subject: `${t(`history.kinds.${kind}`)} ${subject.title ?? subject.id}` })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('history.help')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search
          aria-label={t('history.filterHelp')}
          placeholder={t('common.searchPlaceholder')}
          allowClear
          style={{ width: 320 }}
          onChange={(event) => setFilter(event.target.value)}
        />
        {trail.totalCount !== null ? <Typography.Text>{t('common.total', { count: trail.totalCount })}</Typography.Text> : null}
      </Space>
      <ErrorAlert error={error} />
      <Table
        size="small"
        rowKey={(entry) => `${entry.recordedAt}|${entry.type}|${entry.streamType}|${entry.occurredAt}`}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Typography.Text type="secondary">{t('common.none')}</Typography.Text> }}
        columns={[
          { title: t('history.when'), dataIndex: 'recordedAt', render: (at: string) => vietnamTime(at, i18n.language) },
          { title: t('history.what'), dataIndex: 'type', render: (type: string) => label(type) },
          { title: t('history.who'), key: 'who', render: (_, entry) => who(entry) },
          { title: t('history.part'), dataIndex: 'streamType', render: (part: string) => <Tag>{t(`history.parts.${part}`, part)}</Tag> },
        ]}
      />
      {trail.pageInfo.hasNextPage ? (
        <Button style={{ marginTop: 12 }} onClick={() => void loadMore()}>
          {t('common.more')}
        </Button>
      ) : null}
    </section>
  );
}
