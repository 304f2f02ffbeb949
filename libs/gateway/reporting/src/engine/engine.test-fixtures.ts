import type { Formula, IndicatorDefinition, Measure, Target } from '@tn/reporting-contracts';
import type { AreaFlags, HierarchyEvent, HierarchyState, Organisation } from '@tn/shared-unit-hierarchy';
import { evolveHierarchyAll, initialHierarchy } from '@tn/shared-unit-hierarchy';
import type {
  ActivityFactDoc,
  ActivityResultFact,
  AgreementFactDoc,
  CadreFactDoc,
  CadreQualificationFact,
  CampaignFactDoc,
  DeclaredValueDoc,
  GroupFactDoc,
} from '../facts/fact-docs';
import { evaluateIndicator } from './evaluate';
import type { EvaluationInputs, IndicatorQuery } from './evaluation-context';

/** Builders for the engine's specs: hierarchy events and fact documents with plain defaults. */

const NO_FLAGS: AreaFlags = { ethnicMinority: false, mountainous: false, border: false, island: false };

export const created = (
  unitId: string,
  parentId: string | null,
  effectiveFrom = '2020-01-01',
  more: { levelLabel?: string; organisation?: Organisation; flags?: Partial<AreaFlags> } = {},
): HierarchyEvent => ({
  type: 'UnitCreated',
  data: {
    unitId,
    parentId,
    effectiveFrom,
    nameVi: unitId,
    organisation: more.organisation ?? 'union',
    levelLabel: more.levelLabel ?? 'Đoàn xã',
    flags: { ...NO_FLAGS, ...more.flags },
  },
});

export const merged = (sourceUnitIds: string[], successorUnitId: string, effectiveFrom: string): HierarchyEvent => ({
  type: 'UnitsMerged',
  data: { sourceUnitIds, successorUnitId, effectiveFrom },
});

export const split = (unitId: string, successorUnitIds: string[], effectiveFrom: string, historyUnitId?: string): HierarchyEvent => ({
  type: 'UnitSplit',
  data: { unitId, successorUnitIds, effectiveFrom, ...(historyUnitId === undefined ? {} : { historyUnitId }) },
});

export const dissolved = (unitId: string, effectiveFrom: string): HierarchyEvent => ({ type: 'UnitDissolved', data: { unitId, effectiveFrom } });

export const moved = (unitId: string, fromParentId: string, toParentId: string, effectiveFrom: string): HierarchyEvent => ({
  type: 'UnitMoved',
  data: { unitId, fromParentId, toParentId, effectiveFrom },
});

export const hierarchyOf = (events: HierarchyEvent[]): HierarchyState => evolveHierarchyAll(initialHierarchy(), events);

/** A province with one district and four communes; xa-c is mountainous; phuong-d a ward of the federation. */
export const PROVINCE_EVENTS: HierarchyEvent[] = [
  created('tinh', null, '2020-01-01', { levelLabel: 'Tỉnh đoàn' }),
  created('huyen', 'tinh', '2020-01-01', { levelLabel: 'Huyện đoàn' }),
  created('xa-a', 'huyen'),
  created('xa-b', 'huyen'),
  created('xa-c', 'huyen', '2020-01-01', { flags: { mountainous: true } }),
  created('phuong-d', 'huyen', '2020-01-01', { levelLabel: 'Đoàn phường', organisation: 'youth-federation' }),
];

/** xa-a and xa-b merge into the new xa-ab (mountainous) on 2025-07-01. */
export const MERGE_EVENTS: HierarchyEvent[] = [
  created('xa-ab', 'huyen', '2025-07-01', { flags: { mountainous: true } }),
  merged(['xa-a', 'xa-b'], 'xa-ab', '2025-07-01'),
];

/** xa-c splits into xa-c1 and xa-c2 on 2025-07-01; xa-c2 carries its history. */
export const SPLIT_EVENTS: HierarchyEvent[] = [
  created('xa-c1', 'huyen', '2025-07-01'),
  created('xa-c2', 'huyen', '2025-07-01'),
  split('xa-c', ['xa-c1', 'xa-c2'], '2025-07-01', 'xa-c2'),
];

export const activity = (activityId: string, organiserUnitId: string, on: string, more: Partial<ActivityFactDoc> = {}): ActivityFactDoc => ({
  activityId,
  organiserUnitId,
  domains: ['environment'],
  initiator: 'union',
  responsibleCadreId: 'cadre-1',
  on,
  cancelled: false,
  groupIds: [],
  partnerIds: [],
  results: {},
  unitYears: [`${organiserUnitId}|${on.slice(0, 4)}`],
  years: [on.slice(0, 4)],
  ...more,
});

export const result = (kind: ActivityResultFact['kind'], measure: string, quantity: number, on: string): ActivityResultFact => ({
  kind,
  measure,
  quantity,
  on,
});

export const campaign = (campaignId: string, organiserUnitId: string, on: string, more: Partial<CampaignFactDoc> = {}): CampaignFactDoc => ({
  campaignId,
  organiserUnitId,
  domains: ['environment'],
  initiator: 'union',
  on,
  unitYears: [`${organiserUnitId}|${on.slice(0, 4)}`],
  years: [on.slice(0, 4)],
  ...more,
});

export const qualification = (recordId: string, grantedOn: string, validUntil: string, more: Partial<CadreQualificationFact> = {}): CadreQualificationFact => ({
  recordId,
  kindId: 'kind-facilitator',
  grantedOn,
  validUntil,
  renewalWindowMonths: 6,
  ...more,
});

/** A cadre dedicated to volunteer work in `unitId` from 2020 on, unless tenures are given. */
export const cadre = (personId: string, unitId: string, more: Partial<CadreFactDoc> = {}): CadreFactDoc => {
  const tenures = more.tenures ?? [{ positionId: `${personId}-pos`, unitId, dedicated: true, from: '2020-01-01' }];
  return { personId, tenures, qualifications: [], completedCourses: [], unitIds: tenures.map((tenure) => tenure.unitId), ...more };
};

/** A group registered and verified by `hostUnitId` on `on`, hosted by it since. */
export const group = (groupId: string, hostUnitId: string, on = '2025-01-10', more: Partial<GroupFactDoc> = {}): GroupFactDoc => ({
  groupId,
  registeredOn: on,
  verifiedOn: on,
  proposedHostUnitId: hostUnitId,
  affiliations: [{ unitId: hostUnitId, from: on }],
  activityDates: [],
  declarations: [],
  unitIds: [hostUnitId],
  ...more,
});

export const agreement = (agreementId: string, partnerId: string, leadUnitId: string, more: Partial<AgreementFactDoc> = {}): AgreementFactDoc => ({
  agreementId,
  partnerId,
  leadUnitId,
  partyUnitIds: [],
  validFrom: '2025-01-01',
  validTo: '2026-12-31',
  unitIds: [leadUnitId],
  ...more,
});

export const declared = (unitId: string, period: string, value: number, key = 'activities-held'): DeclaredValueDoc => ({
  unitId,
  period,
  key,
  value,
  declaredBy: 'person-1',
  declaredAt: '2026-01-05T02:00:00.000Z',
});

export const inputsOf = (hierarchy: HierarchyState, facts: Partial<Omit<EvaluationInputs, 'hierarchy'>> = {}): EvaluationInputs => ({
  hierarchy,
  activities: [],
  campaigns: [],
  cadres: [],
  qualificationKinds: [],
  models: [],
  groups: [],
  agreements: [],
  declared: [],
  ...facts,
});

/** A plan indicator with the formula (version 3, to see that values name it). */
export const definitionOf = (formula: Formula, targets: Target[] = []): IndicatorDefinition => ({
  indicatorId: 'plan-1',
  version: 3,
  code: 'P1',
  nameVi: 'Chỉ tiêu',
  nameEn: 'Indicator',
  formula,
  unit: 'hoạt động',
  targets,
  origin: 'plan',
  ownerUnitId: 'tinh',
});

/** The value of one measure counted over the query's subtree. */
export const countOf = (measure: Measure, query: IndicatorQuery, inputs: EvaluationInputs): number | null =>
  evaluateIndicator(definitionOf({ kind: 'count', measure }), query, inputs).value;
