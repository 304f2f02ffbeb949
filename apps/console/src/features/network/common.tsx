import { useQuery } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberWrite } from '../../api/consistency';
import { apiProblemsOf, fieldErrorsOf } from '../../api/errors';
import { graphql } from '../../gql';
import { TAG } from '../../shared/tagColours';
import { useUnitName } from '../../shared/useUnitName';

/** The network's fields of volunteer work (the API's words; their labels are in i18n). */
export const NETWORK_FIELDS = [
  'new-rural-construction',
  'urban-civility',
  'social-security',
  'environment-climate-change',
  'disaster-prevention-response',
  'traffic-safety',
  'social-order',
  'public-health',
  'children-care-education',
  'digital-transformation',
] as const;

export const isoDate = (value: Dayjs) => value.format('YYYY-MM-DD');

type Written = { data?: unknown } | void;

/** The consistency tokens of every mutation in a result (each field of `data` is a CommandResult). */
function rememberAll(result: Written): void {
  const data = (result as { data?: Record<string, { consistencyToken?: string } | null> } | undefined)?.data;
  Object.values(data ?? {}).forEach((written) => rememberWrite(written));
}

/**
 * Runs a mutation, remembers its write (so the next read waits for it), says it is done, and
 * reads again. A failure is kept for an ErrorAlert; field errors go onto the form when one is given.
 */
export function useAct(refetch: () => Promise<unknown>) {
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const act = async (run: () => Promise<Written>, done: string, form?: { instance: FormInstance; fields: readonly string[] }): Promise<boolean> => {
    setError(null);
    setBusy(true);
    try {
      rememberAll(await run());
      void message.success(done);
      await refetch();
      return true;
    } catch (failure) {
      const problems = apiProblemsOf(failure);
      const onFields = form && problems ? fieldErrorsOf(problems, form.fields) : [];
      if (form && onFields.length) form.instance.setFields(onFields);
      else setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { act, error, setError, busy };
}

/** A modal asking for a reason (and a date when `withDate`): Enter in the text submits. */
export function ReasonModal({
  open,
  title,
  okText,
  danger,
  busy,
  withDate,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  okText: string;
  danger?: boolean;
  busy: boolean;
  withDate?: { label: string };
  onSubmit: (values: { reason: string; on?: Dayjs }, form: FormInstance) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string; on?: Dayjs }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, loading: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => onSubmit(values, form)}>
        {withDate ? (
          <Form.Item name="on" label={withDate.label} rules={[{ required: true, message: t('network.dateRequired') }]}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
        ) : null}
        <Form.Item name="reason" label={t('network.reason')} rules={[{ required: true, whitespace: true, message: t('network.reasonRequired') }]}>
          <Input onPressEnter={() => form.submit()} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A unit's name in the current language, by id (the id until it arrives). */
export function UnitLabel({ unitId }: { unitId: string }) {
  const name = useUnitName(unitId);
  return <>{name || unitId}</>;
}

const PARTNER_NAME = graphql(`
  query NetworkPartnerName($id: ID!) {
    partner(id: $id) {
      id
      name
    }
  }
`);

/** A partner's name, by id (the id until it arrives, or when the caller may not read it). */
export function PartnerName({ partnerId }: { partnerId: string }) {
  const { data } = useQuery(PARTNER_NAME, { variables: { id: partnerId } });
  return <>{data?.partner?.name ?? partnerId}</>;
}

export const NEED_COLOURS: Record<string, string | undefined> = { open: TAG.info, fulfilled: TAG.good, cancelled: TAG.bad };

/** A table's empty text in the body colour: the library's faint grey fails contrast inside a scrolling table. */
export function Empty({ text }: { text: string }) {
  return <Typography.Text>{text}</Typography.Text>;
}

/** Dates and date ranges on one line. */
export const Day = ({ children }: { children: string }) => <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;
