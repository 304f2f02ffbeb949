import { useQuery } from '@apollo/client/react';
import { Alert, Button, Space, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { Loading } from '../../shared/Loading';

// The issuing unit's readers and the holder read a certificate's code (the gateway checks which).
const CERTIFICATE = graphql(`
  query CertificateToPrint($id: ID!) {
    certificate(id: $id) {
      id
      award
      campaignId
      issuingUnitId
      hours
      activities
      issuedOn
      revokedOn
      code
    }
  }
`);

const VERIFY = graphql(`
  query ResultsPrintVerify($code: String!) {
    verifyCertificate(code: $code) {
      valid
      reason
      holderName
      campaignName
      organiserUnitName
    }
  }
`);

/** On paper only the certificate: the console's frame and this page's buttons are hidden. */
const PRINT_CSS = `
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body * { visibility: hidden !important; }
  .certificate-sheet, .certificate-sheet * { visibility: visible !important; }
  .certificate-sheet { position: absolute; inset: 0; margin: 0; box-shadow: none !important; }
}
`;

/** The public address that verifies a code (VerifyCertificatePage reads ?code=). */
export const verificationUrl = (code: string) => `${window.location.origin}/verify?code=${encodeURIComponent(code)}`;

/** A certificate to print, with the QR code of its verification address. */
export default function CertificatePrintPage() {
  const { t } = useTranslation();
  const { certificateId = '' } = useParams();
  const navigate = useNavigate();
  const asked = useQuery(CERTIFICATE, { variables: { id: certificateId }, fetchPolicy: 'network-only' });
  const certificate = asked.data?.certificate;
  const code = certificate?.code ?? null;
  const verification = useQuery(VERIFY, { variables: { code: code ?? '' }, skip: !code, fetchPolicy: 'network-only' });
  const [qr, setQr] = useState<string | null>(null);
  const url = code ? verificationUrl(code) : null;
  useEffect(() => {
    if (!url) return;
    let live = true;
    QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 240 })
      .then((data) => live && setQr(data))
      .catch(() => live && setQr(null));
    return () => {
      live = false;
    };
  }, [url]);

  if (asked.loading && !asked.data) return <Loading />;
  const facts = verification.data?.verifyCertificate;
  return (
    <section aria-labelledby="print-title">
      <style>{PRINT_CSS}</style>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Title level={1} id="print-title" style={{ fontSize: 24, margin: 0 }}>
          {t('results.print.title')}
        </Typography.Title>
        {certificate && url ? (
          <Button type="primary" onClick={() => window.print()}>
            {t('results.print.print')}
          </Button>
        ) : null}
        <Button onClick={() => void navigate(-1)}>{t('common.back')}</Button>
      </Space>
      <ErrorAlert error={asked.error ?? verification.error} />
      {!certificate || !url ? (
        <Alert type="warning" showIcon title={t('results.print.noCode')} />
      ) : (
        <article
          className="certificate-sheet"
          aria-label={t(`results.certificates.awards.${certificate.award}`, certificate.award)}
          style={{ maxWidth: 900, margin: '0 auto', padding: 32, border: '6px double #1f4fa3', background: '#fff', textAlign: 'center' }}
        >
          {certificate.revokedOn ? (
            <Alert type="error" showIcon title={t('results.print.revoked', { date: certificate.revokedOn })} style={{ marginBottom: 16 }} />
          ) : null}
          <Typography.Text strong style={{ fontSize: 14, letterSpacing: 1 }}>
            {facts?.organiserUnitName ?? certificate.issuingUnitId}
          </Typography.Text>
          <h2 style={{ fontSize: 30, margin: '16px 0 4px', color: '#a8071a' }}>{t('results.print.heading')}</h2>
          <p style={{ fontSize: 18, margin: 0 }}>{t(`results.certificates.awards.${certificate.award}`, certificate.award)}</p>
          <p style={{ fontSize: 16, marginTop: 24 }}>{t('results.print.certifies')}</p>
          <p style={{ fontSize: 26, fontWeight: 700, margin: '4px 0 12px' }} data-testid="holder">
            {facts?.holderName ?? '—'}
          </p>
          <p style={{ fontSize: 16, margin: 0 }}>{t('results.print.hoursLine', { hours: certificate.hours, activities: certificate.activities })}</p>
          <p style={{ fontSize: 16 }}>{t('results.print.campaignLine', { campaign: facts?.campaignName ?? certificate.campaignId ?? '' })}</p>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', marginTop: 24, gap: 16, flexWrap: 'wrap' }}>
            <div style={{ textAlign: 'left' }}>
              <p style={{ margin: 0 }}>{t('results.print.issuedOn', { date: certificate.issuedOn })}</p>
              <p style={{ margin: 0 }}>
                {t('results.print.issuedBy')}: {facts?.organiserUnitName ?? certificate.issuingUnitId}
              </p>
            </div>
            <figure style={{ margin: 0, textAlign: 'center' }}>
              {qr ? <img src={qr} width={200} height={200} alt={t('results.print.qr')} data-testid="certificate-qr" /> : <Loading />}
              <figcaption style={{ fontSize: 11, maxWidth: 260, wordBreak: 'break-all' }}>
                {t('results.print.scan')} <span data-testid="verify-url">{url}</span>
              </figcaption>
            </figure>
          </div>
        </article>
      )}
    </section>
  );
}
