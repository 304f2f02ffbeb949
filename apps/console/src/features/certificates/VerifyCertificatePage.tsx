import { useLazyQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Form, Input, Result, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AntFrame } from '../../frame/AntFrame';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { LanguageSwitch } from '../../shared/LanguageSwitch';

const VERIFY = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      valid
      reason
      holderName
      campaignName
      organiserUnitName
      hours
      award
      issuedOn
    }
  }
`);

/** Public: anyone checks a certificate's code (typed, or from its QR code's link ?code=…), no sign-in. */
export default function VerifyCertificatePage() {
  return (
    <AntFrame>
      <Verify />
    </AntFrame>
  );
}

function Verify() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [verify, { data, loading, error }] = useLazyQuery(VERIFY, { fetchPolicy: 'network-only' });
  const initialCode = params.get('code') ?? '';
  const result = data?.verifyCertificate;
  // A certificate's QR code links here with ?code=…: verify it at once.
  useEffect(() => {
    if (initialCode.trim()) verify({ variables: { code: initialCode.trim() } }).catch(() => undefined);
    // Only the code the page was opened with.
  }, []);

  const submit = ({ code }: { code: string }) => {
    setParams({ code: code.trim() }, { replace: true });
    verify({ variables: { code: code.trim() } }).catch(() => undefined);
  };

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'start center', background: '#f0f4fa', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 560, marginTop: 48 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {t('verify.title')}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        <Form layout="vertical" style={{ marginTop: 16 }} initialValues={{ code: initialCode }} onFinish={submit} name="verify">
          <Form.Item
            name="code"
            label={t('verify.code')}
            extra={t('verify.codeHelp')}
            rules={[{ required: true, whitespace: true, message: t('verify.codeRequired') }]}
          >
            <Input autoComplete="off" spellCheck={false} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('verify.submit')}
          </Button>
        </Form>
        <ErrorAlert error={error} />
        {result ? (
          result.valid ? (
            <Result status="success" title={t('verify.valid')} style={{ paddingInline: 0 }}>
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label={t('verify.holder')}>{result.holderName ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('verify.campaign')}>{result.campaignName}</Descriptions.Item>
                <Descriptions.Item label={t('verify.organiser')}>{result.organiserUnitName}</Descriptions.Item>
                <Descriptions.Item label={t('verify.hours')}>{result.hours}</Descriptions.Item>
                <Descriptions.Item label={t('verify.issuedOn')}>{result.issuedOn}</Descriptions.Item>
              </Descriptions>
            </Result>
          ) : (
            <Result
              status="error"
              title={t('verify.invalid')}
              subTitle={t(`verify.reasons.${result.reason ?? 'unknown'}`, t('verify.reasons.unknown'))}
              style={{ paddingInline: 0 }}
            />
          )
        ) : null}
        <Link to="/sign-in">{t('signIn.title')}</Link>
      </Card>
    </main>
  );
}
