import { randomUUID } from 'node:crypto';
import { CADRE_STREAM_TYPE, type CadreAppointed, type CadreRegistered, cadreStreamId } from '@tn/registry-contracts';
import { ids } from '../national/national-shape';
import { metadataOn, pick, type SeedInput } from '../national/seed-kit';
import { type IndicatorShape, indicatorIds } from './indicator-shape';

/**
 * The registry's dedicated cadres (K4's population, K3's responsible cadres): one per commune
 * (the cadre the national activities name) and one per province, each registered by their unit
 * and appointed there to a position dedicated to volunteer work, as the registry decides it (one
 * commit per command). Names are made up; the store encrypts them per person as the registry does.
 */

const REGISTERED_ON = '2025-07-15';
const APPOINTED_ON = '2025-08-01';
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Lan', 'Minh', 'Nam', 'Thảo', 'Tuấn'];

export interface CadrePlan {
  cadreId: string;
  unitId: string;
}

/** Every dedicated cadre: the communes' first, then the provinces'. */
export function cadrePlans(shape: IndicatorShape): CadrePlan[] {
  const plans: CadrePlan[] = [];
  for (let c = 0; c < shape.national.communes; c++) plans.push({ cadreId: indicatorIds.communeCadre(c), unitId: ids.commune(c) });
  for (let p = 0; p < shape.national.provinces; p++) plans.push({ cadreId: indicatorIds.provinceCadre(p), unitId: ids.province(p) });
  return plans;
}

/** RegisterCadre then AppointCadre: two commits of the cadre's stream. */
export function cadreInputs(plan: CadrePlan, n: number): SeedInput[] {
  const registered: CadreRegistered = {
    cadreId: plan.cadreId,
    fullName: `${pick(FAMILY, n, 51)} ${pick(GIVEN, n, 52)}`,
    registeredOn: REGISTERED_ON,
    registeringUnitId: plan.unitId,
  };
  const appointed: CadreAppointed = {
    cadreId: plan.cadreId,
    positionId: `${plan.cadreId}-position`,
    unitId: plan.unitId,
    title: 'Phó Bí thư phụ trách tình nguyện',
    dedicatedToVolunteerWork: true,
    termStart: APPOINTED_ON,
  };
  const commit = (version: number, type: string, data: object, on: string): SeedInput => ({
    streamId: cadreStreamId(plan.cadreId),
    streamType: CADRE_STREAM_TYPE,
    expectedVersion: version,
    commandId: randomUUID(),
    events: [{ type, data: { ...data } }],
    metadata: metadataOn(`${on}T08:00:00.000+07:00`, plan.unitId),
  });
  return [commit(0, 'CadreRegistered', registered, REGISTERED_ON), commit(1, 'CadreAppointed', appointed, APPOINTED_ON)];
}
