import { useQuery } from '@apollo/client/react';
import { Alert, Card, Input, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiProblemsOf } from '../../api/errors';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { timeLeft } from './time';

const CHECK_IN_CODE = graphql(`
  query FieldCheckInCode($shiftId: ID!) {
    shiftCheckInCode(shiftId: $shiftId) {
      shiftId
      code
      validFrom
      validUntil
    }
  }
`);

/** Ask for a new code this long before the current one expires. */
const RENEW_BEFORE_MS = 60_000;
/** How often to look whether a new code is due (or to try again after a failure). */
const CHECK_EVERY_MS = 15_000;

/** The shift's rotating QR code (15 minutes each), renewed before it expires, with the time it has left. */
export function CheckInQr({ shiftId }: { shiftId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CHECK_IN_CODE, { variables: { shiftId }, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false });
  const [code, setCode] = useState<{ code: string; validUntil: string } | null>(null);
  const [image, setImage] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (data?.shiftCheckInCode) setCode(data.shiftCheckInCode);
  }, [data]);

  useEffect(() => {
    if (!code) return;
    let alive = true;
    QRCode.toDataURL(code.code, { margin: 2, width: 280, errorCorrectionLevel: 'M' })
      .then((url) => alive && setImage(url))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [code]);

  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, []);

  // Renew before validUntil; after a failure (offline, not open yet), try again a little later.
  useEffect(() => {
    const check = () => {
      if (!navigator.onLine) return;
      if (!code || Date.parse(code.validUntil) - Date.now() < RENEW_BEFORE_MS) void refetch().catch(() => undefined);
    };
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    window.addEventListener('online', check);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', check);
    };
  }, [code, refetch]);

  const expired = code !== null && Date.parse(code.validUntil) <= now;
  const networkFailure = error !== undefined && apiProblemsOf(error) === null;

  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>{t('field.shift.qrTitle')}</h2>} size="small" style={{ marginBottom: 16 }}>
      {error && !networkFailure ? <ErrorAlert error={error} /> : null}
      {code && image && !expired ? (
        <div style={{ textAlign: 'center' }}>
          <img src={image} alt={t('field.shift.qrAlt')} width={280} height={280} style={{ maxWidth: '100%', height: 'auto' }} />
          <Typography.Paragraph strong data-testid="qr-time-left">
            {t('field.shift.timeLeft', { time: timeLeft(code.validUntil, now) })}
          </Typography.Paragraph>
          {Date.parse(code.validUntil) - now < RENEW_BEFORE_MS ? <Typography.Paragraph>{t('field.shift.refreshing')}</Typography.Paragraph> : null}
          <details style={{ textAlign: 'left' }}>
            <summary>{t('field.shift.showCode')}</summary>
            <label htmlFor="field-code-text">{t('field.shift.codeText')}</label>
            <Input.TextArea id="field-code-text" readOnly value={code.code} autoSize={{ minRows: 2, maxRows: 6 }} />
          </details>
        </div>
      ) : null}
      {expired ? <Alert type="warning" showIcon title={t('field.shift.expired')} /> : null}
    </Card>
  );
}
