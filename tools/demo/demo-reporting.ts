import { PROGRAMME_INDICATOR_IDS } from '@tn/reporting-contracts';
import { LAO_CAI, units, XA_A_LU, XA_Y_TY, XA_Y_TY_OLD } from './demo-dataset';
import type { DemoCommand } from './demo-campaigns';

/**
 * Lào Cai's indicator year (DỮ LIỆU MẪU): what the demo adds so that K1–K5 read as a province's
 * 2025 and 2026 would. The campaigns demo runs in 2026 and 2027; here the 2025 activities that a
 * province's communes record (two of them by communes merged on 2025-07-01 into the new Y Tý,
 * whose history the successor then carries), the activities each unit declares it held in 2025
 * and 2026 (K2's denominator), and two of the province's plan indicators taken from the seed plans.
 */

const PHUONG_SA_PA = 'demo-phuong-sa-pa';
const XA_TA_VAN = 'demo-xa-ta-van';
const XA_BAC_HA = 'demo-xa-bac-ha';

/** The units the demo's own activities are recorded by, with their responsible cadres (people of the demo dataset). */
const ACTIVITIES_2025 = [
  {
    id: 'demo-hd-2025-thang-thanh-nien-y-ty',
    unitId: XA_Y_TY_OLD,
    cadreId: 'demo-cb-04',
    on: '2025-03-26',
    name: 'Tháng Thanh niên 2025: dọn vệ sinh bản',
    domains: ['environment-climate-change'],
  },
  {
    id: 'demo-hd-2025-duong-a-lu',
    unitId: XA_A_LU,
    cadreId: 'demo-cb-04',
    on: '2025-04-12',
    name: 'Làm đường bê tông thôn',
    domains: ['new-rural-construction'],
  },
  {
    id: 'demo-hd-2025-he-ta-van',
    unitId: XA_TA_VAN,
    cadreId: 'demo-cb-11',
    on: '2025-07-20',
    name: 'Hè 2025: lớp học tiếng Việt cho thiếu nhi',
    domains: ['children-care-education'],
  },
  {
    id: 'demo-hd-2025-sa-pa-xanh',
    unitId: PHUONG_SA_PA,
    cadreId: 'demo-cb-07',
    on: '2025-09-02',
    name: 'Sa Pa xanh: trồng cây',
    domains: ['environment-climate-change'],
  },
  {
    id: 'demo-hd-2025-y-ty-nong-thon-moi',
    unitId: XA_Y_TY,
    cadreId: 'demo-cb-05',
    on: '2025-10-15',
    name: 'Công trình thanh niên: sửa đường liên thôn',
    domains: ['new-rural-construction'],
  },
  { id: 'demo-hd-2025-tinh-hien-mau', unitId: LAO_CAI, cadreId: 'demo-cb-03', on: '2025-12-06', name: 'Hiến máu tình nguyện', domains: ['public-health'] },
] as const;

/** Activities each unit says it held (recorded on the platform or not): Y Tý declares for the merged communes too. */
const DECLARED = [
  { unitId: XA_Y_TY, period: 'Y2025', value: 4 },
  { unitId: XA_TA_VAN, period: 'Y2025', value: 2 },
  { unitId: PHUONG_SA_PA, period: 'Y2025', value: 3 },
  { unitId: XA_BAC_HA, period: 'Y2025', value: 1 },
  { unitId: LAO_CAI, period: 'Y2025', value: 2 },
  { unitId: XA_Y_TY, period: 'Y2026', value: 5 },
  { unitId: PHUONG_SA_PA, period: 'Y2026', value: 3 },
  { unitId: XA_TA_VAN, period: 'Y2026', value: 1 },
  { unitId: LAO_CAI, period: 'Y2026', value: 1 },
] as const;

const COMMUNES_AND_WARDS = { levelLabels: ['Đoàn xã', 'Đoàn phường'] };

/** The province's plan indicators, from the seed plans (seed 002 and seed 004). */
export const PLAN_INDICATORS = [
  {
    indicatorId: 'demo-ct-ntm-2025',
    code: 'LC-NTM',
    nameVi: 'Tỷ lệ cơ sở Đoàn xã, phường có công trình, phần việc thanh niên xây dựng nông thôn mới',
    nameEn: 'Share of commune and ward unions with a youth work in new rural construction',
    unit: '%',
    formula: {
      kind: 'coverage',
      units: COMMUNES_AND_WARDS,
      condition: { source: 'flows', kinds: ['activity'], aggregate: 'count', filter: { domains: ['new-rural-construction'] } },
      atLeast: 1,
      factor: 100,
    },
    targets: [
      { year: 2025, value: 50 },
      { year: 2030, value: 100 },
    ],
  },
  {
    indicatorId: 'demo-ct-san-choi-2025',
    code: 'LC-SC',
    nameVi: 'Tỷ lệ xã, phường xây dựng ít nhất một sân chơi cho thiếu nhi',
    nameEn: 'Share of communes and wards that built at least one play space for children',
    unit: '%',
    formula: {
      kind: 'coverage',
      units: COMMUNES_AND_WARDS,
      condition: { source: 'flows', kinds: ['output'], aggregate: 'quantity', filter: { measures: ['play-spaces'] } },
      atLeast: 1,
      factor: 100,
    },
    targets: [{ year: 2030, value: 100 }],
  },
] as const;

function locationOf(unitId: string) {
  const unit = units.find((candidate) => candidate.unitId === unitId);
  const flags = unit?.flags ?? { ethnicMinority: true, mountainous: true, border: true, island: false };
  return { unitId, flags };
}

/** Campaigns commands: the 2025 activities (no campaign: regular volunteering), proposed on their day. */
export function reportingDemoActivities(): DemoCommand[] {
  return ACTIVITIES_2025.map((activity) => ({
    type: 'ProposeActivity',
    id: activity.id,
    payload: {
      activityId: activity.id,
      proposedOn: activity.on,
      profile: {
        name: activity.name,
        organiserUnitId: activity.unitId,
        domains: [...activity.domains],
        location: locationOf(activity.unitId),
        responsibleCadreId: activity.cadreId,
        initiator: 'union',
      },
    },
  }));
}

/** Reporting commands: the declared figures and the province's plan indicators. */
export function reportingDemoCommands(): DemoCommand[] {
  return [
    ...DECLARED.map((declared) => ({
      type: 'DeclareValue',
      id: `${declared.unitId}:${declared.period}`,
      payload: { unitId: declared.unitId, period: declared.period, key: 'activities-held', value: declared.value },
    })),
    ...PLAN_INDICATORS.map((indicator) => ({
      type: 'DefineIndicator',
      id: indicator.indicatorId,
      payload: { ...indicator, ownerUnitId: LAO_CAI, formula: structuredClone(indicator.formula), targets: indicator.targets.map((target) => ({ ...target })) },
    })),
  ];
}

/** What the check asks the gateway for: K1–K5 and the plan indicators for Lào Cai in 2025 and 2026. */
export const REPORTING_DEMO_QUERY = {
  unitId: LAO_CAI,
  periods: ['Y2025', 'Y2026'],
  indicatorIds: [...PROGRAMME_INDICATOR_IDS, ...PLAN_INDICATORS.map((indicator) => indicator.indicatorId)],
} as const;
