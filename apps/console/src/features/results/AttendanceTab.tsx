import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, DatePicker, Descriptions, Empty, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberWrite } from '../../api/consistency';
import { apiProblemsOf, fieldErrorsOf } from '../../api/errors';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { Loading } from '../../shared/Loading';
import { TAG } from '../../shared/tagColours';
import { vietnamIso, vietnamTime } from './format';
import { EmptyText, VolunteerName } from './shared';

const SHIFTS = graphql(`
  query ResultsShifts($activityId: ID!) {
    shifts(activityId: $activityId) {
      id
      roleName
      startsAt
      endsAt
      confirmed
      confirmedCount
    }
  }
`);

const ATTENDANCE = graphql(`
  query ResultsShiftAttendance($shiftId: ID!) {
    shiftAttendance(shiftId: $shiftId) {
      shiftId
      recordCount
      volunteerCount
      qrCodeRecords
      corrections {
        id
        volunteerId
        reason
        status
        requestedAt
        requestedBy
        decidedAt
        rejectionReason
        voidRecordIds
        addRecords {
          recordId
          kind
          at
        }
      }
    }
  }
`);

const APPROVE = graphql(`
  mutation ResultsApproveCorrection($input: ApproveAttendanceCorrectionInput!) {
    approveAttendanceCorrection(input: $input) {
      consistencyToken
    }
  }
`);

const REJECT = graphql(`
  mutation ResultsRejectCorrection($input: RejectAttendanceCorrectionInput!) {
    rejectAttendanceCorrection(input: $input) {
      consistencyToken
    }
  }
`);

const REQUEST = graphql(`
  mutation ResultsRequestCorrection($input: RequestAttendanceCorrectionInput!) {
    requestAttendanceCorrection(input: $input) {
      id
      consistencyToken
    }
  }
`);

const STATUS_COLOUR: Record<string, string> = { pending: TAG.warn, approved: TAG.good, rejected: TAG.bad };

/** An activity's attendance: the records of each shift and the corrections to review. */
export default function AttendanceTab({ activityId }: { activityId: string; unitId: string }) {
  const { t } = useTranslation();
  const shifts = useQuery(SHIFTS, { variables: { activityId } });
  if (shifts.loading && !shifts.data) return <Loading />;
  const list = shifts.data?.shifts ?? [];
  return (
    <section aria-label={t('results.tabs.attendance')}>
      <ErrorAlert error={shifts.error} />
      {list.length === 0 && !shifts.error ? <Empty description={t('results.attendance.noShifts')} /> : null}
      <Typography.Paragraph type="secondary">{t('results.attendance.recordsNote')}</Typography.Paragraph>
      {list.map((shift) => (
        <ShiftAttendance key={shift.id} shift={shift} />
      ))}
    </section>
  );
}

interface ShiftSummary {
  id: string;
  roleName: string;
  startsAt: string;
  endsAt: string;
  confirmed: string[];
  confirmedCount: number;
}

function ShiftAttendance({ shift }: { shift: ShiftSummary }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const attendance = useQuery(ATTENDANCE, { variables: { shiftId: shift.id } });
  const [approve] = useMutation(APPROVE);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [requesting, setRequesting] = useState(false);
  const value = attendance.data?.shiftAttendance;
  const title = t('results.attendance.shift', { role: shift.roleName, from: vietnamTime(shift.startsAt), to: vietnamTime(shift.endsAt) });

  const approveOne = async (correctionId: string) => {
    setBusy(correctionId);
    setActionError(null);
    try {
      const result = await approve({ variables: { input: { shiftId: shift.id, correctionId } } });
      rememberWrite(result.data?.approveAttendanceCorrection);
      void message.success(t('results.attendance.approved'));
      await attendance.refetch();
    } catch (failure) {
      setActionError(failure);
    } finally {
      setBusy(null);
    }
  };

  const volunteerIds = [...new Set([...shift.confirmed, ...(value?.corrections ?? []).map((correction) => correction.volunteerId)])];

  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>}
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        <Button size="small" onClick={() => setRequesting(true)}>
          {t('results.attendance.request')}
        </Button>
      }
    >
      <ErrorAlert error={attendance.error ?? actionError} />
      {value ? (
        <Descriptions size="small" bordered column={{ xs: 1, md: 4 }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('results.attendance.recordCount')}>{value.recordCount}</Descriptions.Item>
          <Descriptions.Item label={t('results.attendance.volunteerCount')}>{value.volunteerCount}</Descriptions.Item>
          <Descriptions.Item label={t('results.attendance.qrCodeRecords')}>{value.qrCodeRecords}</Descriptions.Item>
          <Descriptions.Item label={t('results.attendance.confirmed')}>{shift.confirmedCount}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Loading />
      )}
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('results.attendance.corrections')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        loading={attendance.loading}
        dataSource={value?.corrections ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyText text={t('results.attendance.noCorrections')} /> }}
        scroll={{ x: true }}
        columns={[
          { title: t('results.volunteer'), dataIndex: 'volunteerId', render: (id: string) => <VolunteerName id={id} /> },
          { title: t('results.attendance.requestedAt'), dataIndex: 'requestedAt', render: (at: string) => vietnamTime(at) },
          {
            title: t('results.attendance.changes'),
            key: 'changes',
            render: (_, row) => (
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {row.addRecords.map((record) => (
                  <li key={record.recordId}>
                    {t('results.attendance.add', { kind: t(`results.attendance.kinds.${record.kind}`, record.kind), at: vietnamTime(record.at) })}
                  </li>
                ))}
                {row.voidRecordIds.map((id) => (
                  <li key={id}>{t('results.attendance.void', { id })}</li>
                ))}
              </ul>
            ),
          },
          { title: t('results.reason'), dataIndex: 'reason' },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (status: string, row) => (
              <>
                <Tag color={STATUS_COLOUR[status] ?? TAG.info}>{t(`results.attendance.statuses.${status}`, status)}</Tag>
                {row.rejectionReason ? <div>{t('results.attendance.rejectionReason', { reason: row.rejectionReason })}</div> : null}
              </>
            ),
          },
          {
            title: '',
            key: 'actions',
            render: (_, row) =>
              row.status === 'pending' ? (
                <Space wrap>
                  <Popconfirm
                    title={t('results.attendance.approveConfirm')}
                    okText={t('results.attendance.approve')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => approveOne(row.id)}
                  >
                    <Button size="small" type="primary" loading={busy === row.id}>
                      {t('results.attendance.approve')}
                    </Button>
                  </Popconfirm>
                  <Button size="small" danger onClick={() => setRejecting(row.id)}>
                    {t('results.attendance.reject')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <RejectModal
        shiftId={shift.id}
        correctionId={rejecting}
        onClose={() => setRejecting(null)}
        onDone={async () => {
          setRejecting(null);
          void message.success(t('results.attendance.rejected'));
          await attendance.refetch();
        }}
      />
      <RequestModal
        shiftId={shift.id}
        open={requesting}
        volunteerIds={volunteerIds}
        onClose={() => setRequesting(false)}
        onDone={async () => {
          setRequesting(false);
          void message.success(t('results.attendance.requested'));
          await attendance.refetch();
        }}
      />
    </Card>
  );
}

function RejectModal({
  shiftId,
  correctionId,
  onClose,
  onDone,
}: {
  shiftId: string;
  correctionId: string | null;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [reject, { loading }] = useMutation(REJECT);
  const [error, setError] = useState<unknown>(null);
  const submit = async ({ reason }: { reason: string }) => {
    if (!correctionId) return;
    setError(null);
    try {
      const result = await reject({ variables: { input: { shiftId, correctionId, reason: reason.trim() } } });
      rememberWrite(result.data?.rejectAttendanceCorrection);
      form.resetFields();
      await onDone();
    } catch (failure) {
      const problems = apiProblemsOf(failure);
      const onFields = problems ? fieldErrorsOf(problems, ['reason'] as const) : [];
      if (onFields.length) form.setFields(onFields);
      else setError(failure);
    }
  };
  return (
    <Modal open={correctionId !== null} title={t('results.attendance.rejectTitle')} onCancel={onClose} footer={null} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} name={`reject-${shiftId}`}>
        <Form.Item name="reason" label={t('results.reason')} rules={[{ required: true, whitespace: true, message: t('results.reasonRequired') }]}>
          <Input autoFocus />
        </Form.Item>
        <Space>
          <Button type="primary" danger htmlType="submit" loading={loading}>
            {t('results.attendance.reject')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}

interface RequestValues {
  volunteerId: string;
  checkIn?: Dayjs;
  checkOut?: Dayjs;
  reason: string;
}

function RequestModal({
  shiftId,
  open,
  volunteerIds,
  onClose,
  onDone,
}: {
  shiftId: string;
  open: boolean;
  volunteerIds: string[];
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RequestValues>();
  const [request, { loading }] = useMutation(REQUEST);
  const [error, setError] = useState<unknown>(null);
  const submit = async (values: RequestValues) => {
    setError(null);
    const addRecords = [
      ...(values.checkIn ? [{ kind: 'check-in', at: vietnamIso(values.checkIn) }] : []),
      ...(values.checkOut ? [{ kind: 'check-out', at: vietnamIso(values.checkOut) }] : []),
    ];
    try {
      const result = await request({ variables: { input: { shiftId, volunteerId: values.volunteerId, addRecords, reason: values.reason.trim() } } });
      rememberWrite(result.data?.requestAttendanceCorrection);
      form.resetFields();
      await onDone();
    } catch (failure) {
      const problems = apiProblemsOf(failure);
      const onFields = problems ? fieldErrorsOf(problems, ['volunteerId', 'reason'] as const) : [];
      if (onFields.length) form.setFields(onFields);
      else setError(failure);
    }
  };
  return (
    <Modal open={open} title={t('results.attendance.requestTitle')} onCancel={onClose} footer={null} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} name={`request-${shiftId}`}>
        <Form.Item name="volunteerId" label={t('results.volunteer')} rules={[{ required: true, message: t('results.attendance.volunteerRequired') }]}>
          <Select options={volunteerIds.map((id) => ({ value: id, label: <VolunteerName id={id} /> }))} />
        </Form.Item>
        <Form.Item
          name="checkIn"
          label={t('results.attendance.checkIn')}
          dependencies={['checkOut']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, checkIn) =>
                checkIn || getFieldValue('checkOut') ? Promise.resolve() : Promise.reject(new Error(t('results.attendance.atRequired'))),
            }),
          ]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="checkOut" label={t('results.attendance.checkOut')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('results.reason')} rules={[{ required: true, whitespace: true, message: t('results.reasonRequired') }]}>
          <Input />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('results.attendance.request')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
