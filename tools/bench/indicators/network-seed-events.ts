import { randomUUID } from 'node:crypto';
import {
  AGREEMENT_STREAM_TYPE,
  type AgreementSigned,
  agreementStreamId,
  type GroupActivityRecorded,
  type GroupAffiliated,
  type GroupRegistered,
  GROUP_STREAM_TYPE,
  groupStreamId,
  type GroupVerified,
  PARTNER_STREAM_TYPE,
  type PartnerRegistered,
  partnerStreamId,
} from '@tn/network-contracts';
import type { DomainEvent } from '@tn/shared-event-contracts';
import { ids } from '../national/national-shape';
import { dayAfter, metadataOn, mix, pick, type SeedInput, SYLLABLES } from '../national/seed-kit';
import { communesOfProvince, hasPendingGroup, type IndicatorShape, indicatorIds } from './indicator-shape';

/**
 * The network service's part (K5): groups hosted by every commune (registered by the commune,
 * so verified and affiliated in the same commit; the first active in the year, the second last
 * active over a year before its end), a self-registered group pending verification in a third of
 * the communes, and partners of each province with one agreement each, led by the province with
 * two of its communes (four in five in force at the year's end, the rest expired mid-year).
 */

const commit = (streamId: string, streamType: string, version: number, events: DomainEvent[], on: string, unitScope: string): SeedInput => ({
  streamId,
  streamType,
  expectedVersion: version,
  commandId: randomUUID(),
  events,
  metadata: metadataOn(`${on}T08:00:00.000+07:00`, unitScope),
});

const event = (type: string, data: object): DomainEvent => ({ type, data: { ...data } });

/** Commune c's groups: registration (with verification and affiliation), then each activity recorded. */
export function groupInputs(shape: IndicatorShape, c: number): SeedInput[] {
  const communeId = ids.commune(c);
  const inputs: SeedInput[] = [];
  for (let k = 0; k < shape.groupsPerCommune; k++) {
    const groupId = indicatorIds.group(c, k);
    const registeredOn = dayAfter('2025-09-01', mix(c * 10 + k, 61) % 60);
    const registered: GroupRegistered = {
      groupId,
      name: `Đội hình tình nguyện ${pick(SYLLABLES, c, 62)} ${c}-${k}`,
      kind: k === 0 ? 'team' : 'club',
      origin: 'union-founded',
      hostUnitId: communeId,
      fields: ['urban-civility'],
      areaUnitIds: [communeId],
      size: 10 + (mix(c * 10 + k, 63) % 40),
      leaderPersonIds: [`bi-leader-${c}-${k}`],
      channel: 'unit',
      registeredBy: indicatorIds.communeCadre(c),
      registeredOn,
    };
    const verified: GroupVerified = { groupId, hostUnitId: communeId, verifiedBy: indicatorIds.communeCadre(c), verifiedOn: registeredOn };
    const affiliated: GroupAffiliated = { groupId, unitId: communeId, from: registeredOn, reason: 'registered' };
    const stream = groupStreamId(groupId);
    inputs.push(
      commit(
        stream,
        GROUP_STREAM_TYPE,
        0,
        [event('GroupRegistered', registered), event('GroupVerified', verified), event('GroupAffiliated', affiliated)],
        registeredOn,
        communeId,
      ),
    );
    const activityDays = k === 0 ? [`${shape.year}-03-10`, `${shape.year}-09-20`] : ['2025-10-05'];
    activityDays.forEach((on, n) => {
      const recorded: GroupActivityRecorded = { groupId, activityId: `bi-group-activity-${c}-${k}-${n}`, on };
      inputs.push(commit(stream, GROUP_STREAM_TYPE, 3 + n, [event('GroupActivityRecorded', recorded)], on, communeId));
    });
  }
  if (hasPendingGroup(c)) {
    const groupId = indicatorIds.group(c, shape.groupsPerCommune);
    const registeredOn = `${shape.year}-05-02`;
    const registered: GroupRegistered = {
      groupId,
      name: `Nhóm tình nguyện tự lập ${c}`,
      kind: 'group',
      origin: 'self-formed',
      hostUnitId: communeId,
      fields: ['urban-civility'],
      areaUnitIds: [communeId],
      size: 12,
      leaderPersonIds: [`bi-leader-${c}-self`],
      channel: 'self',
      registeredBy: `bi-leader-${c}-self`,
      registeredOn,
    };
    inputs.push(commit(groupStreamId(groupId), GROUP_STREAM_TYPE, 0, [event('GroupRegistered', registered)], registeredOn, communeId));
  }
  return inputs;
}

/** Province p's k-th partner and its agreement. */
export function partnerInputs(shape: IndicatorShape, p: number, k: number): SeedInput[] {
  const provinceId = ids.province(p);
  const partnerId = indicatorIds.partner(p, k);
  const communes = communesOfProvince(shape, p);
  const parties = [communes[k % communes.length]!, communes[(k + 1) % communes.length]!].map((c) => ids.commune(c));
  const expired = mix(p * 1000 + k, 64) % 5 === 0;
  const partner: PartnerRegistered = {
    partnerId,
    name: `Công ty ${pick(SYLLABLES, p * 1000 + k, 65)} ${p}-${k}`,
    kind: 'business',
    countryCode: 'VN',
    ownerUnitId: provinceId,
    registeredBy: indicatorIds.provinceCadre(p),
    registeredOn: '2025-08-20',
  };
  const signed: AgreementSigned = {
    agreementId: indicatorIds.agreement(p, k),
    partnerId,
    title: `Thỏa thuận phối hợp tình nguyện ${p}-${k}`,
    scope: 'Phối hợp tổ chức hoạt động tình nguyện',
    fields: ['urban-civility'],
    leadUnitId: provinceId,
    partyUnitIds: [...new Set(parties)],
    signedOn: '2025-09-01',
    validFrom: '2025-09-01',
    validTo: expired ? `${shape.year}-06-30` : `${shape.year + 1}-12-31`,
    commitments: [{ commitmentId: `${partnerId}-k1`, kind: 'people', description: 'Tình nguyện viên', quantity: 50, measure: 'lượt' }],
    recordedBy: indicatorIds.provinceCadre(p),
    recordedOn: '2025-09-01',
  };
  return [
    commit(partnerStreamId(partnerId), PARTNER_STREAM_TYPE, 0, [event('PartnerRegistered', partner)], '2025-08-20', provinceId),
    commit(agreementStreamId(signed.agreementId), AGREEMENT_STREAM_TYPE, 0, [event('AgreementSigned', signed)], '2025-09-01', provinceId),
  ];
}
