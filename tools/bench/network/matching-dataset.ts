import { HIERARCHY_STREAM_ID, HIERARCHY_STREAM_TYPE, type UnitCreated } from '@tn/registry-contracts';
import {
  type AgreementSigned,
  agreementStreamId,
  AGREEMENT_STREAM_TYPE,
  type AgreementTerminated,
  type CommitmentKind,
  type GroupActivityRecorded,
  type GroupAffiliated,
  type GroupDatesBooked,
  type GroupRegistered,
  type GroupStatusDeclared,
  GROUP_STREAM_TYPE,
  groupStreamId,
  type GroupVerified,
  NETWORK_FIELDS,
  type NetworkField,
  type NeedKind,
  type NeedMatchProposed,
  type NeedRaised,
  NEED_STREAM_TYPE,
  needStreamId,
  type PartnerKind,
  type PartnerRegistered,
  PARTNER_STREAM_TYPE,
  partnerStreamId,
} from '@tn/network-contracts';
import type { Projection } from '@tn/shared-event-bus';
import { unitChildrenProjection } from '../../../libs/gateway/registry/src/units/unit-children.read-model';
import { unitProjection } from '../../../libs/gateway/registry/src/units/unit.read-model';
import { NETWORK_AREAS } from '../../../libs/gateway/network/src/network-areas';
import { seededRandom } from '../bench-kit';
import { dayAfter, SYLLABLES } from '../national/seed-kit';
import { envelopeOf, ReadModelFold, StreamVersions } from '../training/read-model-fold';
import { VIETNAM_PROVINCES } from '../vietnam-provinces';

/**
 * The country as the matching reads it: the central union, the 34 provinces and their communes
 * (counts near the 2025 ones) in the registry's unit read models; groups, partners with their
 * agreements, and needs in the network's read models. Every document is made by folding the
 * events the deciders would have emitted (GroupRegistered + GroupVerified + GroupAffiliated,
 * GroupActivityRecorded, AgreementSigned, NeedRaised…) through each gateway projection that
 * handles them, so the seed is what the projector would have written.
 *
 * The spread, deterministic (one seeded draw):
 * - groups in proportion to a province's communes (Hà Nội and Hồ Chí Minh half as many again):
 *   64 % serve their commune, 10 % two or three communes of their province, 25 % the province,
 *   1 % the whole country; 80 % registered by a unit, 20 % self-registered (most then verified,
 *   some pending or declined); 70 % with activities in the last year, 25 % with none for over a
 *   year (dormant), 5 % dissolved; 4 % of the active ones booked on the measured needs' dates;
 * - partners owned by a province (in proportion to its communes) or, one in twenty, by the central
 *   union, each with one to three agreements led by its owner with up to three party units (its
 *   communes, or provinces for a central one): 75 % in force over the needs' dates, 12 % expired,
 *   5 % not yet in force, 8 % terminated;
 * - BENCH_NEEDS needs raised by communes across the country; the measured ones are raised by a
 *   commune of each measured province for its own place, with one group and one partner already
 *   offering (left out of the candidates).
 */

export const CENTRAL_ID = 'bn-vn';
export const provinceIdOf = (index: number) => `bn-p${String(index + 1).padStart(2, '0')}`;

/** Communes per province, in the order of VIETNAM_PROVINCES (near the 2025 counts). */
const COMMUNES_PER_PROVINCE = [
  126, 168, 114, 94, 103, 40, 99, 124, 92, 148, 99, 104, 129, 54, 65, 56, 45, 38, 75, 166, 130, 69, 78, 96, 135, 102, 65, 124, 95, 96, 102, 124, 102, 64,
];
const BIG_CITIES = new Set([0, 1]);
const UNITS_FROM = '2025-07-01';
const SKILLS = ['sơ cứu', 'nấu ăn', 'dạy học', 'lái xe', 'tin học', 'xây dựng', 'tư vấn tâm lý', 'ngoại ngữ'];

export interface MeasuredNeed {
  needId: string;
  province: string;
  provinceId: string;
  placeUnitId: string;
  /** The place's lineage on the day measured, nearest first (commune, province, central union). */
  lineage: string[];
}

export interface MatchingShape {
  today: string;
  units: number;
  provinces: number;
  communes: number;
  groups: number;
  /** Groups by the area they serve, and by their standing today. */
  groupsByReach: Record<string, number>;
  groupsByStatus: Record<string, number>;
  partners: number;
  agreements: number;
  agreementsBy: Record<string, number>;
  needs: number;
  events: number;
  measured: MeasuredNeed[];
}

export interface MatchingDataset {
  folds: ReadModelFold[];
  shape: MatchingShape;
}

export function matchingDataset(options: {
  groups: number;
  partners: number;
  needs: number;
  measuredProvinces: readonly string[];
  today: string;
}): MatchingDataset {
  const { today } = options;
  const { random, pick } = seededRandom(15_2026);
  const int = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  const someOf = <T>(items: readonly T[], from: number, to: number): T[] => {
    const chosen = new Set<T>();
    const count = Math.min(items.length, int(from, to));
    while (chosen.size < count) chosen.add(pick(items));
    return [...chosen];
  };
  const nameOf = () => `${pick(SYLLABLES)} ${pick(SYLLABLES)}`;

  // Every event goes to each projection the gateway runs (network and registry units) that handles it.
  const projections: Projection[] = [unitProjection, unitChildrenProjection, ...NETWORK_AREAS.flatMap((area) => area.projections)];
  const folds = projections.map((projection) => new ReadModelFold(projection));
  const versions = new StreamVersions();
  let events = 0;
  const emit = (type: string, data: object, streamId: string, streamType: string, on: string) => {
    const envelope = envelopeOf(type, data, versions.next(streamId, streamType), on);
    events++;
    for (const fold of folds) if (fold.projection.handles.includes(type)) fold.apply(envelope);
  };

  // The hierarchy: the central union, the provinces, their communes.
  const unit = (unitId: string, parentId: string | null, nameVi: string, levelLabel: string) => {
    const data: UnitCreated = {
      unitId,
      parentId,
      nameVi,
      levelLabel,
      organisation: 'union',
      flags: { ethnicMinority: false, mountainous: false, border: false, island: false },
      effectiveFrom: UNITS_FROM,
    };
    emit('UnitCreated', data, HIERARCHY_STREAM_ID, HIERARCHY_STREAM_TYPE, UNITS_FROM);
  };
  unit(CENTRAL_ID, null, 'Trung ương Đoàn', 'Trung ương');
  const communesOf: string[][] = [];
  VIETNAM_PROVINCES.forEach((name, p) => {
    unit(provinceIdOf(p), CENTRAL_ID, `Tỉnh đoàn ${name}`, 'Tỉnh đoàn');
    const communes = Array.from({ length: COMMUNES_PER_PROVINCE[p]! }, (_, c) => `${provinceIdOf(p)}-c${String(c + 1).padStart(3, '0')}`);
    for (const communeId of communes) unit(communeId, provinceIdOf(p), `Đoàn xã ${nameOf()}`, 'Đoàn xã');
    communesOf.push(communes);
  });
  const weights = COMMUNES_PER_PROVINCE.map((count, p) => count * (BIG_CITIES.has(p) ? 1.5 : 1));
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const weightedProvince = () => {
    let draw = random() * totalWeight;
    for (let p = 0; p < weights.length; p++) {
      draw -= weights[p]!;
      if (draw < 0) return p;
    }
    return weights.length - 1;
  };

  // The measured needs' dates: every booking and agreement validity is drawn against them.
  const needFrom = dayAfter(today, 10);
  const needTo = dayAfter(today, 12);

  // Groups.
  const groupsByReach: Record<string, number> = {};
  const groupsByStatus: Record<string, number> = {};
  const tally = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  const count = (status: string) => tally(groupsByStatus, status);
  const groupsOfCommune = new Map<string, string[]>();
  for (let g = 0; g < options.groups; g++) {
    const groupId = `bn-g${String(g + 1).padStart(5, '0')}`;
    const p = weightedProvince();
    const provinceId = provinceIdOf(p);
    const communes = communesOf[p]!;
    const reach = random();
    const [hostUnitId, areaUnitIds, reachName] =
      reach < 0.64
        ? (() => {
            const commune = pick(communes);
            return [commune, [commune], 'commune'] as const;
          })()
        : reach < 0.74
          ? (() => {
              const served = someOf(communes, 2, 3);
              return [served[0]!, served, 'communes'] as const;
            })()
          : reach < 0.99
            ? ([provinceId, [provinceId], 'province'] as const)
            : ([CENTRAL_ID, [CENTRAL_ID], 'country'] as const);
    tally(groupsByReach, reachName);
    if (reachName === 'commune') groupsOfCommune.set(hostUnitId, [...(groupsOfCommune.get(hostUnitId) ?? []), groupId]);
    const stream = groupStreamId(groupId);
    const registeredOn = dayAfter(today, -int(30, 1800));
    const selfRegistered = random() < 0.2;
    const registered: GroupRegistered = {
      groupId,
      name: `${pick(['Câu lạc bộ', 'Đội hình', 'Nhóm'])} tình nguyện ${nameOf()}`,
      kind: pick(['club', 'team', 'group']),
      origin: selfRegistered ? 'self-formed' : pick(['union-founded', 'school']),
      hostUnitId,
      fields: someOf(NETWORK_FIELDS, 1, 3),
      areaUnitIds: [...areaUnitIds],
      size: int(8, 120),
      leaderPersonIds: Array.from({ length: int(1, 3) }, (_, l) => `bn-person-${g}-${l}`),
      channel: selfRegistered ? 'self' : 'unit',
      registeredBy: selfRegistered ? `bn-person-${g}-0` : `bn-cadre-${hostUnitId}`,
      registeredOn,
    };
    emit('GroupRegistered', registered, stream, GROUP_STREAM_TYPE, registeredOn);
    const decision = selfRegistered ? random() : 0;
    if (decision >= 0.9) {
      emit(
        'GroupVerificationDeclined',
        { groupId, reason: 'Không rõ người phụ trách', declinedBy: `bn-cadre-${hostUnitId}`, declinedOn: dayAfter(registeredOn, 5) },
        stream,
        GROUP_STREAM_TYPE,
        registeredOn,
      );
      count('declined');
      continue;
    }
    if (decision >= 0.7) {
      count('pending verification');
      continue;
    }
    const verifiedOn = selfRegistered ? dayAfter(registeredOn, int(1, 20)) : registeredOn;
    if (verifiedOn > today) {
      count('pending verification');
      continue;
    }
    const verified: GroupVerified = { groupId, hostUnitId, verifiedBy: `bn-cadre-${hostUnitId}`, verifiedOn };
    emit('GroupVerified', verified, stream, GROUP_STREAM_TYPE, verifiedOn);
    const affiliated: GroupAffiliated = { groupId, unitId: hostUnitId, from: verifiedOn, reason: selfRegistered ? 'verified' : 'registered' };
    emit('GroupAffiliated', affiliated, stream, GROUP_STREAM_TYPE, verifiedOn);
    const life = random();
    // Active: a few activities in the last year; dormant: none for over a year; then dissolved.
    const [from, to] = life < 0.7 ? [dayAfter(today, -360), today] : [verifiedOn, dayAfter(today, -400)];
    const dates = from <= to ? Array.from({ length: int(1, 6) }, () => dayAfter(from, int(0, daysBetween(from, to)))).sort() : [];
    for (const on of dates.filter((on) => on >= verifiedOn)) {
      const activity: GroupActivityRecorded = { groupId, activityId: `bn-activity-${g}-${on}`, on };
      emit('GroupActivityRecorded', activity, stream, GROUP_STREAM_TYPE, on);
    }
    if (life >= 0.95) {
      const declared: GroupStatusDeclared = {
        groupId,
        status: 'dissolved',
        reason: 'Thành viên đã ra trường',
        declaredBy: `bn-cadre-${hostUnitId}`,
        declaredOn: today,
      };
      emit('GroupStatusDeclared', declared, stream, GROUP_STREAM_TYPE, today);
      count('dissolved');
    } else if (life >= 0.7) count('dormant');
    else if (random() < 0.04) {
      const booked: GroupDatesBooked = {
        groupId,
        needId: `bn-other-need-${g}`,
        matchId: `bn-other-match-${g}`,
        from: dayAfter(needFrom, -1),
        to: dayAfter(needTo, -1),
        bookedOn: today,
      };
      emit('GroupDatesBooked', booked, stream, GROUP_STREAM_TYPE, today);
      count('active, booked on the need dates');
    } else count('active');
  }

  // Partners and their agreements.
  const agreementsBy: Record<string, number> = {};
  let agreements = 0;
  const partnersOf = new Map<string, { partnerId: string; agreementId: string }>();
  for (let n = 0; n < options.partners; n++) {
    const partnerId = `bn-pt${String(n + 1).padStart(4, '0')}`;
    const central = random() < 0.05;
    const p = weightedProvince();
    const ownerUnitId = central ? CENTRAL_ID : provinceIdOf(p);
    const kind: PartnerKind = pick([
      'business',
      'business',
      'business',
      'business',
      'social-organisation',
      'agency',
      'school',
      'international-organisation',
      'overseas-vietnamese',
    ]);
    const registeredOn = dayAfter(today, -int(400, 2000));
    const partner: PartnerRegistered = {
      partnerId,
      name: `${{ business: 'Công ty', 'social-organisation': 'Hội', agency: 'Sở', school: 'Trường', 'international-organisation': 'Tổ chức', 'overseas-vietnamese': 'Hội người Việt' }[kind]} ${nameOf()} ${n + 1}`,
      kind,
      countryCode: kind === 'international-organisation' || kind === 'overseas-vietnamese' ? pick(['JP', 'KR', 'DE', 'FR', 'US', 'AU']) : 'VN',
      ownerUnitId,
      registeredBy: `bn-cadre-${ownerUnitId}`,
      registeredOn,
    };
    emit('PartnerRegistered', partner, partnerStreamId(partnerId), PARTNER_STREAM_TYPE, registeredOn);
    for (let a = 0, many = int(1, 3); a < many; a++) {
      const agreementId = `${partnerId}-a${a + 1}`;
      const partyUnitIds = central
        ? someOf(
            VIETNAM_PROVINCES.map((_, q) => provinceIdOf(q)),
            0,
            3,
          )
        : someOf(communesOf[p]!, 0, 3);
      const standing = random();
      const [validFrom, validTo, state] =
        standing < 0.75
          ? [dayAfter(today, -int(30, 700)), dayAfter(today, int(60, 900)), 'in force']
          : standing < 0.87
            ? [dayAfter(today, -int(800, 1400)), dayAfter(today, -int(1, 300)), 'expired']
            : standing < 0.92
              ? [dayAfter(today, int(30, 120)), dayAfter(today, int(400, 900)), 'not yet in force']
              : [dayAfter(today, -int(200, 700)), dayAfter(today, int(60, 900)), 'terminated'];
      const signedOn = validFrom < today ? validFrom : dayAfter(today, -int(1, 20));
      const kinds = someOf<CommitmentKind>(['people', 'items', 'money'], 1, 2);
      const signed: AgreementSigned = {
        agreementId,
        partnerId,
        title: `Thỏa thuận hợp tác ${a + 1} với ${partner.name}`,
        scope: 'Phối hợp tổ chức hoạt động tình nguyện',
        fields: someOf(NETWORK_FIELDS, 1, 3),
        leadUnitId: ownerUnitId,
        partyUnitIds,
        signedOn,
        validFrom,
        validTo,
        commitments: kinds.map((kind, c) => ({
          commitmentId: `${agreementId}-k${c}`,
          kind,
          description: `Cam kết ${kind}`,
          quantity: int(5, 500),
          measure: kind === 'money' ? 'triệu đồng' : 'lượt',
        })),
        recordedBy: `bn-cadre-${ownerUnitId}`,
        recordedOn: signedOn,
      };
      const stream = agreementStreamId(agreementId);
      emit('AgreementSigned', signed, stream, AGREEMENT_STREAM_TYPE, signedOn);
      if (state === 'terminated') {
        const on = dayAfter(today, -int(1, 25));
        const terminated: AgreementTerminated = { agreementId, on, reason: 'Đối tác đề nghị', terminatedBy: `bn-cadre-${ownerUnitId}`, terminatedOn: on };
        emit('AgreementTerminated', terminated, stream, AGREEMENT_STREAM_TYPE, on);
      }
      agreementsBy[`${central ? 'central' : 'provincial'}, ${state}`] = (agreementsBy[`${central ? 'central' : 'provincial'}, ${state}`] ?? 0) + 1;
      agreements++;
      if (!central && state === 'in force' && !partnersOf.has(ownerUnitId)) partnersOf.set(ownerUnitId, { partnerId, agreementId });
    }
  }

  // Needs across the country, then the measured ones.
  const raise = (needId: string, unitId: string, kind: NeedKind, skills: string[], fields: NetworkField[], from: string, to: string) => {
    const raisedOn = dayAfter(today, -int(0, 5));
    const raised: NeedRaised = {
      needId,
      unitId,
      source: 'unit',
      kind,
      description: 'Cần hỗ trợ tổ chức ngày hội tình nguyện',
      skills,
      fields,
      quantity: int(5, 50),
      measure: kind === 'money' ? 'triệu đồng' : 'người',
      placeUnitId: unitId,
      from,
      to,
      priority: pick(['low', 'normal', 'normal', 'high', 'urgent']),
      raisedBy: `bn-cadre-${unitId}`,
      raisedOn,
    };
    emit('NeedRaised', raised, needStreamId(needId), NEED_STREAM_TYPE, raisedOn);
    return raisedOn;
  };
  for (let n = 0; n < options.needs; n++) {
    const from = dayAfter(today, int(1, 90));
    raise(
      `bn-need-${n + 1}`,
      pick(communesOf[weightedProvince()]!),
      pick(['people', 'people', 'items', 'money']),
      someOf(SKILLS, 0, 2),
      someOf(NETWORK_FIELDS, 1, 2),
      from,
      dayAfter(from, int(0, 6)),
    );
  }
  const measured: MeasuredNeed[] = options.measuredProvinces.map((province) => {
    const p = VIETNAM_PROVINCES.indexOf(province as (typeof VIETNAM_PROVINCES)[number]);
    if (p < 0) throw new Error(`unknown province ${province}`);
    const provinceId = provinceIdOf(p);
    // The commune with the most groups of its own, so that every level of the lineage holds candidates.
    const groupCount = (communeId: string) => groupsOfCommune.get(communeId)?.length ?? 0;
    const placeUnitId = communesOf[p]!.reduce((best, communeId) => (groupCount(communeId) > groupCount(best) ? communeId : best));
    const needId = `bn-measured-need-${provinceId}`;
    const raisedOn = raise(needId, placeUnitId, 'people', ['Sơ cứu', 'nấu ăn'], ['public-health', 'social-security'], needFrom, needTo);
    const offers: { id: string; agreementId?: string; kind: 'group' | 'partner' }[] = [];
    const group = groupsOfCommune.get(placeUnitId)?.[0];
    if (group) offers.push({ kind: 'group', id: group });
    const partner = partnersOf.get(provinceId);
    if (partner) offers.push({ kind: 'partner', id: partner.partnerId, agreementId: partner.agreementId });
    offers.forEach((offer, o) => {
      const proposed: NeedMatchProposed = {
        needId,
        matchId: `${needId}-m${o + 1}`,
        offerer: { kind: offer.kind, id: offer.id },
        ...(offer.agreementId ? { agreementId: offer.agreementId } : {}),
        quantity: 5,
        proposedBy: `bn-cadre-${placeUnitId}`,
        proposedOn: raisedOn,
      };
      emit('NeedMatchProposed', proposed, needStreamId(needId), NEED_STREAM_TYPE, raisedOn);
    });
    return { needId, province, provinceId, placeUnitId, lineage: [placeUnitId, provinceId, CENTRAL_ID] };
  });

  const communes = communesOf.reduce((sum, list) => sum + list.length, 0);
  return {
    folds: folds.filter((fold) => fold.size > 0),
    shape: {
      today,
      units: 1 + VIETNAM_PROVINCES.length + communes,
      provinces: VIETNAM_PROVINCES.length,
      communes,
      groups: options.groups,
      groupsByReach,
      groupsByStatus,
      partners: options.partners,
      agreements,
      agreementsBy,
      needs: options.needs + measured.length,
      events,
      measured,
    },
  };
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
