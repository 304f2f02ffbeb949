import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rememberWrite } from '../../api/consistency';
import { apiProblemsOf, fieldErrorsOf } from '../../api/errors';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { QrScanner, useHasCamera } from './QrScanner';

const CHECK_IN_WITH_CODE = graphql(`
  mutation FieldCheckInWithCode($input: CheckInWithCodeInput!) {
    checkInWithCode(input: $input) {
      id
      consistencyToken
    }
  }
`);

interface Values {
  code: string;
  kind: 'check-in' | 'check-out';
}
const FIELDS = ['code', 'kind'] as const;

/** A volunteer checks in or out by the shift's code: scanned with the camera when there is one, or typed. */
export default function CodeCheckInPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [checkIn, { loading, error, reset }] = useMutation(CHECK_IN_WITH_CODE);
  const [done, setDone] = useState<Values['kind'] | null>(null);
  const [scanning, setScanning] = useState(false);
  const hasCamera = useHasCamera();

  const submit = async (values: Values) => {
    setDone(null);
    try {
      const result = await checkIn({ variables: { input: { code: values.code.trim(), kind: values.kind } } });
      rememberWrite(result.data?.checkInWithCode);
      setDone(values.kind);
    } catch (failure) {
      const problems = apiProblemsOf(failure);
      if (problems) form.setFields(fieldErrorsOf(problems, FIELDS));
    }
  };

  return (
    <section aria-labelledby="field-code-title" style={{ maxWidth: 560, margin: '0 auto' }}>
      <Typography.Title level={1} id="field-code-title" style={{ fontSize: 22 }}>
        {t('field.code.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('field.code.help')}</Typography.Paragraph>
      {done ? (
        <Alert role="status" type="success" showIcon style={{ marginBottom: 16 }} title={t('field.code.done', { kind: t(`field.shift.kinds.${done}`) })} />
      ) : null}
      {/* A refusal about the code shows on the field; any other in the alert. */}
      {error && !apiProblemsOf(error)?.some((problem) => problem.field?.split('.').pop() === 'code') ? <ErrorAlert error={error} /> : null}
      {hasCamera ? (
        <div style={{ marginBottom: 16 }}>
          <Button onClick={() => setScanning((value) => !value)} aria-pressed={scanning}>
            {scanning ? t('field.code.stopScan') : t('field.code.scan')}
          </Button>
          {scanning ? (
            <QrScanner
              onCode={(code) => {
                setScanning(false);
                form.setFieldsValue({ code });
                form.submit();
              }}
            />
          ) : null}
        </div>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="field-check-in"
        initialValues={{ kind: 'check-in', code: '' }}
        onValuesChange={() => {
          setDone(null);
          reset();
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="code" label={t('field.code.code')} rules={[{ required: true, whitespace: true, message: t('field.code.codeRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} spellCheck={false} autoComplete="off" />
        </Form.Item>
        <Form.Item name="kind" label={t('field.code.kind')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'check-in', label: t('field.shift.kinds.check-in') },
              { value: 'check-out', label: t('field.shift.kinds.check-out') },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('field.code.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 24 }}>
        <Link to="/field/me">{t('field.nav.mine')}</Link>
      </Typography.Paragraph>
    </section>
  );
}
