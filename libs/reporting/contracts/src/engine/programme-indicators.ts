import type { FlowFilter, IndicatorDefinition, Measure, Target } from './definition.types';

/**
 * The programme's indicators K1–K5 (domain.md §1), as constants: every unit reports them, no one
 * defines or revises them, so they are not events. Each is version 1; a changed working
 * definition would be a new version here. Targets are the 2025 (mid-term) and 2030 (final) milestones.
 */

const percentTargets = (by2025: number, by2030: number): Target[] => [
  { year: 2025, value: by2025 },
  { year: 2030, value: by2030 },
];

/** Activities initiated by the Union or a federation: K3's population. */
const UNION_OR_FEDERATION: FlowFilter = { initiators: ['union', 'youth-federation', 'students-association'] };

const activities = (filter?: FlowFilter): Measure => ({ source: 'flows', kinds: ['activity'], aggregate: 'count', ...(filter ? { filter } : {}) });

/** K1–K4's code is their id in capitals; K5's five counts name theirs (K5.1–K5.5). */
const programme = (definition: Omit<IndicatorDefinition, 'version' | 'origin' | 'code'> & { code?: string }): IndicatorDefinition => ({
  ...definition,
  code: definition.code ?? definition.indicatorId.toUpperCase(),
  version: 1,
  origin: 'programme',
});

export const K1 = programme({
  indicatorId: 'k1',
  nameVi: 'Tỷ lệ cơ sở Đoàn có hoạt động tình nguyện trong kỳ',
  nameEn: 'Share of units with volunteer activity in the period',
  // Units (no filter: every active unit) that recorded at least one activity or campaign.
  formula: {
    kind: 'coverage',
    units: {},
    condition: { source: 'flows', kinds: ['activity', 'campaign'], aggregate: 'count' },
    atLeast: 1,
    factor: 100,
  },
  unit: '%',
  targets: percentTargets(60, 80),
});

export const K2 = programme({
  indicatorId: 'k2',
  nameVi: 'Tỷ lệ hoạt động tình nguyện được ghi nhận trên nền tảng',
  nameEn: 'Share of activities held that are recorded on the platform',
  formula: { kind: 'ratio', numerator: activities(), denominator: { source: 'declared', key: 'activities-held' }, factor: 100 },
  unit: '%',
  targets: percentTargets(60, 80),
});

export const K3 = programme({
  indicatorId: 'k3',
  nameVi: 'Tỷ lệ hoạt động do Đoàn, Hội khởi xướng áp dụng mô hình phối hợp, do cán bộ đã được tập huấn phụ trách',
  nameEn: 'Share of Union- and federation-initiated activities applying a coordination model, led by a cadre trained on it',
  formula: {
    kind: 'ratio',
    numerator: activities({ ...UNION_OR_FEDERATION, namesModel: true, modelTrained: true }),
    denominator: activities(UNION_OR_FEDERATION),
    factor: 100,
  },
  unit: '%',
  targets: percentTargets(80, 100),
});

export const K4 = programme({
  indicatorId: 'k4',
  nameVi: 'Tỷ lệ cán bộ chuyên trách có chứng nhận năng lực còn hiệu lực',
  nameEn: 'Share of dedicated cadres holding a valid qualification',
  formula: { kind: 'ratio', numerator: { source: 'cadres', qualified: true }, denominator: { source: 'cadres', qualified: false }, factor: 100 },
  unit: '%',
  targets: percentTargets(80, 100),
});

// K5: five counts, with no numeric target.
const k5 = (indicatorId: string, code: string, nameVi: string, nameEn: string, measure: Measure, unit: string): IndicatorDefinition =>
  programme({ indicatorId, code, nameVi, nameEn, formula: { kind: 'count', measure }, unit, targets: [] });

export const K5_GROUPS_REGISTERED = k5(
  'k5-groups-registered',
  'K5.1',
  'Số CLB, đội, nhóm tình nguyện đã đăng ký',
  'Volunteer clubs, teams and groups registered',
  { source: 'groups', state: 'registered' },
  'nhóm',
);
export const K5_GROUPS_VERIFIED = k5(
  'k5-groups-verified',
  'K5.2',
  'Số CLB, đội, nhóm tình nguyện đã được xác minh',
  'Volunteer clubs, teams and groups verified',
  { source: 'groups', state: 'verified' },
  'nhóm',
);
export const K5_GROUPS_ACTIVE = k5(
  'k5-groups-active',
  'K5.3',
  'Số CLB, đội, nhóm tình nguyện hoạt động trong 12 tháng qua',
  'Volunteer clubs, teams and groups active in the last 12 months',
  { source: 'groups', state: 'active' },
  'nhóm',
);
export const K5_PARTNERS = k5(
  'k5-partners',
  'K5.4',
  'Số đối tác có thỏa thuận hợp tác còn hiệu lực',
  'Partners with a cooperation agreement in force',
  { source: 'partners' },
  'đối tác',
);
export const K5_JOINT_ACTIVITIES = k5(
  'k5-joint-activities',
  'K5.5',
  'Số hoạt động phối hợp với nhóm tình nguyện hoặc đối tác',
  'Joint activities with volunteer groups or partners',
  { source: 'flows', kinds: ['joint-activity'], aggregate: 'count' },
  'hoạt động',
);

/** K1–K5 in their order of report. */
export const PROGRAMME_INDICATORS: readonly IndicatorDefinition[] = [
  K1,
  K2,
  K3,
  K4,
  K5_GROUPS_REGISTERED,
  K5_GROUPS_VERIFIED,
  K5_GROUPS_ACTIVE,
  K5_PARTNERS,
  K5_JOINT_ACTIVITIES,
];

export const PROGRAMME_INDICATOR_IDS: readonly string[] = PROGRAMME_INDICATORS.map((definition) => definition.indicatorId);

const BY_ID: ReadonlyMap<string, IndicatorDefinition> = new Map(PROGRAMME_INDICATORS.map((definition) => [definition.indicatorId, definition]));

/** The programme indicator with this id (`k1`, `k5-partners`), or undefined. */
export const programmeIndicatorOf = (indicatorId: string): IndicatorDefinition | undefined => BY_ID.get(indicatorId);

/**
 * Whether an id is, or reads as, a programme indicator's (`K1` as well as `k1`): a plan
 * indicator may not take one, so an id always names one definition.
 */
export const isProgrammeIndicatorId = (indicatorId: string): boolean => BY_ID.has(indicatorId.toLowerCase());
