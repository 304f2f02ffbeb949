import { useQuery } from '@apollo/client/react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { Loading } from '../../shared/Loading';
import CertificatesTab from './CertificatesTab';

const CAMPAIGN = graphql(`
  query ResultsCampaign($id: ID!) {
    campaign(id: $id) {
      id
      name
      organiserUnitId
    }
  }
`);

/** A campaign's certificates (until the campaign page hosts the tab). */
export default function CampaignCertificatesPage() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const { data, loading, error } = useQuery(CAMPAIGN, { variables: { id: campaignId } });
  if (loading && !data) return <Loading />;
  const campaign = data?.campaign;
  if (!campaign)
    return (
      <>
        <ErrorAlert error={error} />
        <Typography.Paragraph>{t('results.notFound')}</Typography.Paragraph>
      </>
    );
  return (
    <section aria-labelledby="certificates-title">
      <Typography.Title level={1} id="certificates-title" style={{ fontSize: 24 }}>
        {t('results.campaignTitle', { name: campaign.name })}
      </Typography.Title>
      <CertificatesTab campaignId={campaign.id} unitId={campaign.organiserUnitId} />
    </section>
  );
}
