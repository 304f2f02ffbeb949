import { useQuery } from '@apollo/client/react';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { Loading } from '../../shared/Loading';
import { TAG } from '../../shared/tagColours';
import { EmptyText } from './shared';

export const MY_HOURS = graphql(`
  query ResultsMyHours {
    myHours {
      volunteerId
      totalHours
      certificates {
        id
        award
        campaignId
        code
        hours
        activities
        issuedOn
        issuingUnitId
        revokedOn
      }
    }
  }
`);

/** The signed-in volunteer's certificates, each with its print view (the API gives the code to its holder only). */
export default function MyCertificatesPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MY_HOURS, { fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  const hours = data?.myHours;
  return (
    <section aria-labelledby="my-certificates-title">
      <Typography.Title level={1} id="my-certificates-title" style={{ fontSize: 24 }}>
        {t('results.certificates.mine')}
      </Typography.Title>
      <ErrorAlert error={error} />
      {hours ? <Typography.Paragraph>{t('results.certificates.totalHours', { hours: hours.totalHours })}</Typography.Paragraph> : null}
      <Table
        size="small"
        rowKey="id"
        dataSource={hours?.certificates ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyText text={t('results.certificates.mineNone')} /> }}
        scroll={{ x: true }}
        columns={[
          { title: t('results.certificates.award'), dataIndex: 'award', render: (award: string) => t(`results.certificates.awards.${award}`, award) },
          { title: t('results.certificates.campaign'), dataIndex: 'campaignId' },
          { title: t('results.certificates.hours'), dataIndex: 'hours', align: 'right' },
          { title: t('results.certificates.activities'), dataIndex: 'activities', align: 'right' },
          { title: t('results.certificates.issuedOn'), dataIndex: 'issuedOn' },
          {
            title: t('common.status'),
            key: 'status',
            render: (_, row) =>
              row.revokedOn ? (
                <Tag color={TAG.bad}>{t('results.certificates.revokedOn', { date: row.revokedOn })}</Tag>
              ) : (
                <Link to={`/certificates/${encodeURIComponent(row.id)}/print`}>{t('results.certificates.print')}</Link>
              ),
          },
        ]}
      />
    </section>
  );
}
