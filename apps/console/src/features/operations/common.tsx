import { useQuery } from '@apollo/client/react';
import { App, Form, Input, Modal } from 'antd';
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberWrite } from '../../api/consistency';
import { apiProblemsOf, fieldErrorsOf } from '../../api/errors';
import { graphql } from '../../gql';
import { foldVietnamese, matchesQuery } from '../../shared/fold';

/** Fields of volunteer work (the API's words; their labels are in i18n). */
export const DOMAINS = [
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
export const INITIATORS = ['union', 'youth-federation', 'other-organisation'] as const;
export const KINDS = ['regular', 'periodic', 'peak'] as const;

export const isoDate = (value: Dayjs) => value.format('YYYY-MM-DD');

/** HH:MM, 00:00 to 23:59. */
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** An id the API accepts (letters, digits, - and _) from a name typed in Vietnamese. */
export const slugOf = (name: string) =>
  foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'ca';

/** A select's search: diacritic-insensitive on the option's label. */
export const foldedFilter = (input: string, option?: { label?: unknown }) => matchesQuery(String(option?.label ?? ''), input);

type Written = { data?: unknown } | void;

/** The consistency tokens of every mutation in a result (each field of `data` is a CommandResult). */
function rememberAll(result: Written): void {
  const data = (result as { data?: Record<string, { consistencyToken?: string } | null> } | undefined)?.data;
  Object.values(data ?? {}).forEach((written) => rememberWrite(written));
}

/**
 * Runs mutations, remembers their writes (so the next read waits for them), says it is done, and
 * reads again. A failure is kept for an ErrorAlert; field errors go onto the form when one is given.
 */
export function useAct(refetch: () => Promise<unknown>) {
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // Enter in a form's only field submits it natively as well as through onPressEnter: one run at a time.
  const running = useRef(false);
  const act = async (
    key: string,
    run: (remember: (result: Written) => void) => Promise<unknown>,
    done: string | (() => string),
    form?: { instance: FormInstance; fields: readonly string[] },
  ): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setError(null);
    setBusy(key);
    try {
      await run(rememberAll);
      void message.success(typeof done === 'string' ? done : done());
      await refetch();
      return true;
    } catch (failure) {
      const problems = apiProblemsOf(failure);
      const onFields = form && problems ? fieldErrorsOf(problems, form.fields) : [];
      if (form && onFields.length) form.instance.setFields(onFields);
      else setError(failure);
      return false;
    } finally {
      running.current = false;
      setBusy(null);
    }
  };
  return { act, error, setError, busy };
}

/** A modal asking for a reason (required unless `optional`): Enter in the text submits (the form's only field). */
export function ReasonModal({
  title,
  okText,
  optional,
  busy,
  onSubmit,
  onClose,
}: {
  title: string;
  okText: string;
  optional?: boolean;
  busy: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => onSubmit(values.reason?.trim() ?? '')}>
        <Form.Item
          name="reason"
          label={t(optional ? 'operations.shifts.reasonOptional' : 'operations.activity.reason')}
          rules={optional ? [] : [{ required: true, whitespace: true, message: t('operations.activity.reasonRequired') }]}
        >
          {/* The form's only field: Enter submits it natively. */}
          <Input autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const VOLUNTEERS = graphql(`
  query OperationsUnitVolunteers($unitId: ID!, $after: String) {
    volunteers(unitId: $unitId, first: 100, after: $after) {
      nodes {
        id
        fullName
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A unit's volunteers (their names as the API returns them), every page read with the API's cursors. */
export function useUnitVolunteers(unitId: string | undefined) {
  const query = useQuery(VOLUNTEERS, { variables: { unitId: unitId ?? '' }, skip: !unitId });
  const connection = query.data?.volunteers;
  const hasMore = connection?.pageInfo.hasNextPage ?? false;
  const loadMore = () =>
    query.fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        volunteers: { ...fetchMoreResult.volunteers, nodes: [...previous.volunteers.nodes, ...fetchMoreResult.volunteers.nodes] },
      }),
    });
  const volunteers = connection?.nodes ?? [];
  const nameOf = (id: string) => volunteers.find((volunteer) => volunteer.id === id)?.fullName ?? id;
  return { volunteers, nameOf, hasMore, loadMore, error: query.error };
}

const CADRES = graphql(`
  query OperationsUnitCadres($unitId: ID!) {
    cadres(unitId: $unitId, first: 100) {
      nodes {
        id
        fullName
      }
    }
  }
`);

export function useUnitCadres(unitId: string | undefined) {
  const query = useQuery(CADRES, { variables: { unitId: unitId ?? '' }, skip: !unitId });
  return { cadres: query.data?.cadres.nodes ?? [], error: query.error };
}
