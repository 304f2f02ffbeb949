import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Descriptions, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { Loading } from '../../shared/Loading';
import { TAG } from '../../shared/tagColours';
import { NEED_COLOURS, PartnerName, ReasonModal, UnitLabel, useAct, Empty, Day } from './common';

const NEED = graphql(`
  query NetworkNeed($id: ID!) {
    need(id: $id) {
      id
      unitId
      description
      kind
      quantity
      measure
      placeUnitId
      from
      to
      priority
      status
      source
      raisedOn
      fields
      skills
      fulfilledOn
      cancelledOn
      cancelReason
      quantities {
        requested
        proposed
        committed
        delivered
        outstanding
      }
      matches {
        matchId
        offererKind
        offererId
        agreementId
        quantity
        note
        status
        proposedOn
        acceptedOn
        declinedOn
        declineReason
        deliveredQuantity
        fulfilledOn
        releasedOn
        releaseReason
      }
    }
  }
`);

const CANDIDATES = graphql(`
  query NetworkNeedCandidates($needId: ID!) {
    needMatchCandidates(needId: $needId, first: 20) {
      candidateId
      kind
      name
      score
      agreementId
      fields
      reasons {
        code
        matched
        unitId
      }
    }
  }
`);

const GROUP_NAME = graphql(`
  query NetworkGroupName($id: ID!) {
    group(id: $id) {
      id
      name
    }
  }
`);

const PROPOSE = graphql(`
  mutation NetworkProposeMatch($input: ProposeNeedMatchInput!) {
    proposeNeedMatch(input: $input) {
      consistencyToken
    }
  }
`);
const ACCEPT = graphql(`
  mutation NetworkAcceptMatch($input: NeedMatchInput!) {
    acceptNeedMatch(input: $input) {
      consistencyToken
    }
  }
`);
const DECLINE = graphql(`
  mutation NetworkDeclineMatch($input: DeclineNeedMatchInput!) {
    declineNeedMatch(input: $input) {
      consistencyToken
    }
  }
`);
const FULFIL = graphql(`
  mutation NetworkRecordMatchFulfilled($input: RecordNeedMatchFulfilledInput!) {
    recordNeedMatchFulfilled(input: $input) {
      consistencyToken
    }
  }
`);
const CANCEL = graphql(`
  mutation NetworkCancelNeed($input: CancelNeedInput!) {
    cancelNeed(input: $input) {
      consistencyToken
    }
  }
`);

const MATCH_COLOURS: Record<string, string | undefined> = {
  proposed: TAG.info,
  accepted: TAG.good,
  fulfilled: TAG.good,
  declined: TAG.bad,
  released: TAG.warn,
};

function GroupName({ groupId }: { groupId: string }) {
  const { data } = useQuery(GROUP_NAME, { variables: { id: groupId } });
  return <>{data?.group?.name ?? groupId}</>;
}

function OffererName({ kind, id }: { kind: string; id: string }) {
  return kind === 'partner' ? <PartnerName partnerId={id} /> : <GroupName groupId={id} />;
}

/** A need (keyed by it, so a link to another starts afresh). */
export default function NeedPage() {
  const { needId = '' } = useParams();
  return <Need key={needId} needId={needId} />;
}

/** One need: how far it is met, its matches and their decisions, the candidates best first. */
function Need({ needId }: { needId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NEED, { variables: { id: needId } });
  const open = data?.need?.status === 'open';
  const candidates = useQuery(CANDIDATES, { variables: { needId }, skip: !open });
  const [propose] = useMutation(PROPOSE);
  const [accept] = useMutation(ACCEPT);
  const [decline] = useMutation(DECLINE);
  const [fulfil] = useMutation(FULFIL);
  const [cancel] = useMutation(CANCEL);
  const { act, error: actionError, busy } = useAct(() => Promise.all([refetch(), open ? candidates.refetch().catch(() => null) : null]));
  const [proposing, setProposing] = useState<{ candidateId: string; kind: string; name: string; agreementId?: string | null } | null>(null);
  const [declining, setDeclining] = useState<string | null>(null);
  const [fulfilling, setFulfilling] = useState<{ matchId: string; quantity: number } | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [proposeForm] = Form.useForm<{ quantity: number; note?: string }>();
  const [fulfilForm] = Form.useForm<{ deliveredQuantity: number }>();
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '—' : new Intl.NumberFormat(i18n.language).format(value));

  if (loading && !data) return <Loading />;
  const need = data?.need;
  if (!need) return error ? <ErrorAlert error={error} /> : <Typography.Paragraph role="alert">{t('network.need.notFound')}</Typography.Paragraph>;
  const q = need.quantities;
  const label = (key: string, fallback: string) => t(key, fallback);

  return (
    <section aria-labelledby="need-title">
      <Typography.Title level={1} id="need-title" style={{ fontSize: 24 }}>
        {need.description}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Tag color={NEED_COLOURS[need.status]} data-testid="need-status">
          {t(`network.needs.statuses.${need.status}`, need.status)}
        </Tag>
        {need.fulfilledOn ? <Typography.Text>{t('network.need.fulfilledOn', { date: need.fulfilledOn })}</Typography.Text> : null}
        {need.cancelledOn ? (
          <Typography.Text>{t('network.need.cancelledOn', { date: need.cancelledOn, reason: need.cancelReason ?? '' })}</Typography.Text>
        ) : null}
        <Link to={`/units/${need.unitId}/network?tab=needs`}>{t('network.need.back')}</Link>
        {open ? (
          <Button danger onClick={() => setCancelling(true)}>
            {t('network.need.cancel')}
          </Button>
        ) : null}
      </Space>
      <ErrorAlert error={actionError} />
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('network.need.unit')}>
          <UnitLabel unitId={need.unitId} />
        </Descriptions.Item>
        <Descriptions.Item label={t('network.needs.place')}>
          <UnitLabel unitId={need.placeUnitId} />
        </Descriptions.Item>
        <Descriptions.Item label={t('network.needs.period')}>{`${need.from} → ${need.to}`}</Descriptions.Item>
        <Descriptions.Item label={t('network.need.raisedOn')}>{need.raisedOn}</Descriptions.Item>
        <Descriptions.Item label={t('network.needs.kind')}>{label(`network.needs.kinds.${need.kind}`, need.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('network.needs.priority')}>{label(`network.needs.priorities.${need.priority}`, need.priority)}</Descriptions.Item>
        <Descriptions.Item label={t('network.need.source')}>{label(`network.need.sources.${need.source}`, need.source)}</Descriptions.Item>
        <Descriptions.Item label={t('network.needs.fields')}>
          {need.fields.map((field) => label(`network.fields.${field}`, field)).join(', ')}
        </Descriptions.Item>
        {need.skills.length ? <Descriptions.Item label={t('network.needs.skills')}>{need.skills.join(', ')}</Descriptions.Item> : null}
      </Descriptions>

      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('network.need.quantities')} ({need.measure})
      </Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 2, sm: 5 }} style={{ marginBottom: 16 }} data-testid="need-quantities">
        <Descriptions.Item label={t('network.need.requested')}>{number(q.requested)}</Descriptions.Item>
        <Descriptions.Item label={t('network.need.proposed')}>{number(q.proposed)}</Descriptions.Item>
        <Descriptions.Item label={t('network.need.committed')}>{number(q.committed)}</Descriptions.Item>
        <Descriptions.Item label={t('network.need.delivered')}>{number(q.delivered)}</Descriptions.Item>
        <Descriptions.Item label={t('network.need.outstanding')}>{number(q.outstanding)}</Descriptions.Item>
      </Descriptions>

      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('network.need.matches')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="matchId"
        dataSource={need.matches}
        pagination={false}
        locale={{ emptyText: <Empty text={t('common.none')} /> }}
        scroll={{ x: true }}
        style={{ marginBottom: 24 }}
        aria-label={t('network.need.matches')}
        columns={[
          {
            title: t('network.need.offerer'),
            key: 'offerer',
            render: (_, match) => (
              <>
                {label(`network.need.offererKinds.${match.offererKind}`, match.offererKind)}: <OffererName kind={match.offererKind} id={match.offererId} />
              </>
            ),
          },
          {
            title: t('network.need.quantity'),
            key: 'quantity',
            render: (_, match) =>
              match.deliveredQuantity !== null && match.deliveredQuantity !== undefined
                ? `${number(match.deliveredQuantity)} / ${number(match.quantity)}`
                : number(match.quantity),
          },
          { title: t('network.need.proposedOn'), dataIndex: 'proposedOn', render: (date: string) => <Day>{date}</Day> },
          { title: t('network.need.note'), key: 'note', render: (_, match) => match.declineReason ?? match.releaseReason ?? match.note ?? '' },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (value: string) => <Tag color={MATCH_COLOURS[value]}>{label(`network.need.matchStatuses.${value}`, value)}</Tag>,
          },
          {
            title: t('network.actions'),
            key: 'actions',
            render: (_, match) => {
              const ids = { needId: need.id, matchId: match.matchId };
              if (!open) return null;
              if (match.status === 'proposed')
                return (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      disabled={busy}
                      onClick={() => void act(() => accept({ variables: { input: ids } }), t('network.need.accepted'))}
                    >
                      {t('network.need.accept')}
                    </Button>
                    <Button size="small" danger onClick={() => setDeclining(match.matchId)}>
                      {t('network.need.decline')}
                    </Button>
                  </Space>
                );
              if (match.status === 'accepted')
                return (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => {
                      fulfilForm.setFieldsValue({ deliveredQuantity: match.quantity });
                      setFulfilling({ matchId: match.matchId, quantity: match.quantity });
                    }}
                  >
                    {t('network.need.recordFulfilled')}
                  </Button>
                );
              return null;
            },
          },
        ]}
      />

      {open ? (
        <>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('network.need.candidates')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('network.need.candidatesHelp')}</Typography.Paragraph>
          <ErrorAlert error={candidates.error} />
          <Table
            size="small"
            rowKey="candidateId"
            loading={candidates.loading}
            dataSource={candidates.data?.needMatchCandidates ?? []}
            pagination={false}
            locale={{ emptyText: <Empty text={t('network.need.noCandidates')} /> }}
            scroll={{ x: true }}
            aria-label={t('network.need.candidates')}
            columns={[
              {
                title: t('network.need.offerer'),
                key: 'name',
                render: (_, candidate) =>
                  `${label(`network.need.offererKinds.${candidate.kind}`, candidate.kind)}: ${candidate.name ?? t('network.unknownName')}`,
              },
              { title: t('network.need.score'), dataIndex: 'score', align: 'right', render: (score: number) => number(score) },
              {
                title: t('network.need.reasons'),
                key: 'reasons',
                render: (_, candidate) =>
                  candidate.reasons.map((reason) => (
                    <Tag key={reason.code}>
                      {label(`network.need.reasonCodes.${reason.code}`, reason.code)}
                      {reason.matched?.length ? `: ${reason.matched.map((word) => label(`network.fields.${word}`, word)).join(', ')}` : ''}
                    </Tag>
                  )),
              },
              {
                title: t('network.actions'),
                key: 'actions',
                render: (_, candidate) => (
                  <Button
                    size="small"
                    aria-label={`${t('network.need.propose')}: ${candidate.name ?? candidate.candidateId}`}
                    onClick={() => {
                      proposeForm.setFieldsValue({ quantity: q.outstanding > 0 ? q.outstanding : need.quantity, note: '' });
                      setProposing({
                        candidateId: candidate.candidateId,
                        kind: candidate.kind,
                        name: candidate.name ?? candidate.candidateId,
                        agreementId: candidate.agreementId,
                      });
                    }}
                  >
                    {t('network.need.propose')}
                  </Button>
                ),
              },
            ]}
          />
        </>
      ) : null}

      <Modal
        open={proposing !== null}
        title={t('network.need.proposeTitle', { name: proposing?.name ?? '' })}
        okText={t('network.need.propose')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: busy }}
        onOk={() => proposeForm.submit()}
        onCancel={() => setProposing(null)}
        forceRender
      >
        <Form
          form={proposeForm}
          layout="vertical"
          onFinish={(values) =>
            void act(
              () =>
                propose({
                  variables: {
                    input: {
                      needId: need.id,
                      offererId: proposing?.candidateId ?? '',
                      offererKind: proposing?.kind ?? '',
                      agreementId: proposing?.agreementId ?? undefined,
                      quantity: values.quantity,
                      note: values.note?.trim() || undefined,
                    },
                  },
                }),
              t('network.need.proposed_'),
              { instance: proposeForm, fields: ['quantity', 'note'] },
            ).then((ok) => ok && setProposing(null))
          }
        >
          <Form.Item
            name="quantity"
            label={t('network.need.quantity')}
            rules={[{ required: true, type: 'number', min: 0.0001, message: t('network.needs.quantityRequired') }]}
          >
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="note" label={t('network.need.note')}>
            <Input onPressEnter={() => proposeForm.submit()} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={fulfilling !== null}
        title={t('network.need.fulfilTitle')}
        okText={t('network.need.recordFulfilled')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: busy }}
        onOk={() => fulfilForm.submit()}
        onCancel={() => setFulfilling(null)}
        forceRender
      >
        <Form
          form={fulfilForm}
          layout="vertical"
          onFinish={(values) =>
            void act(
              () => fulfil({ variables: { input: { needId: need.id, matchId: fulfilling?.matchId ?? '', deliveredQuantity: values.deliveredQuantity } } }),
              t('network.need.fulfilled'),
              { instance: fulfilForm, fields: ['deliveredQuantity'] },
            ).then((ok) => ok && setFulfilling(null))
          }
        >
          <Form.Item
            name="deliveredQuantity"
            label={t('network.need.delivered_')}
            rules={[{ required: true, type: 'number', min: 0.0001, max: fulfilling?.quantity, message: t('network.need.deliveredRequired') }]}
          >
            <InputNumber min={0} onPressEnter={() => fulfilForm.submit()} />
          </Form.Item>
        </Form>
      </Modal>

      <ReasonModal
        open={declining !== null}
        title={t('network.need.declineTitle')}
        okText={t('network.need.decline')}
        danger
        busy={busy}
        onClose={() => setDeclining(null)}
        onSubmit={({ reason }, form) =>
          void act(() => decline({ variables: { input: { needId: need.id, matchId: declining ?? '', reason } } }), t('network.need.declined'), {
            instance: form,
            fields: ['reason'],
          }).then((ok) => ok && setDeclining(null))
        }
      />
      <ReasonModal
        open={cancelling}
        title={t('network.need.cancelTitle')}
        okText={t('network.need.cancel')}
        danger
        busy={busy}
        onClose={() => setCancelling(false)}
        onSubmit={({ reason }, form) =>
          void act(() => cancel({ variables: { input: { needId: need.id, reason } } }), t('network.need.cancelled'), {
            instance: form,
            fields: ['reason'],
          }).then((ok) => ok && setCancelling(false))
        }
      />
    </section>
  );
}
