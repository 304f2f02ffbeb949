import { randomUUID } from 'node:crypto';
import { ACTIVITY_STREAM_TYPE, type ActivityParticipantsRecorded, activityStreamId } from '@tn/campaigns-contracts';
import { activityInputs, activityPlan } from '../national/campaigns-seed-events';
import { provinceOfCommune } from '../national/national-shape';
import { dayAfter, metadataOn, mix, type SeedInput } from '../national/seed-kit';
import { type IndicatorShape, indicatorIds, modelOfCommune, namesGroup, namesModel, namesPartner } from './indicator-shape';

/**
 * The national activities (tools/bench/national/campaigns-seed-events.ts, their lifecycle
 * commits) with what K3 and K5 read added as the campaigns service would record it: half apply
 * their commune's coordination model (named when proposed), and a share name a group of their
 * commune or a partner of their province afterwards (ActivityParticipantsRecorded, a commit of
 * its own at the end of the stream). Shifts and attendance are left out: no indicator reads them.
 */

/** The day the national seed dates activity a by (its start once planned). */
export const activityDay = (a: number) => dayAfter('2025-08-01', mix(a, 21) % 480);

export function indicatorActivityInputs(shape: IndicatorShape, a: number): SeedInput[] {
  const plan = activityPlan(shape.national, a);
  const inputs = activityInputs(shape.national, a).map((input) => {
    const [first] = input.events;
    if (first?.type !== 'ActivityProposed' || !namesModel(a)) return input;
    const data = { ...(first.data as Record<string, unknown>), coordinationModelId: indicatorIds.model(modelOfCommune(shape, plan.siteCommune)) };
    return { ...input, events: [{ ...first, data }] };
  });
  const groupIds = namesGroup(a) ? [indicatorIds.group(plan.siteCommune, 0)] : [];
  const partnerIds = namesPartner(shape, a) ? [indicatorIds.partner(provinceOfCommune(shape.national, plan.siteCommune), a % shape.partnersPerProvince)] : [];
  if (groupIds.length === 0 && partnerIds.length === 0) return inputs;
  const day = activityDay(a);
  const participants: ActivityParticipantsRecorded = {
    activityId: plan.activityId,
    groupIds,
    partnerIds,
    recordedBy: indicatorIds.communeCadre(plan.siteCommune),
    recordedOn: day,
  };
  inputs.push({
    streamId: activityStreamId(plan.activityId),
    streamType: ACTIVITY_STREAM_TYPE,
    expectedVersion: inputs.length,
    commandId: randomUUID(),
    events: [{ type: 'ActivityParticipantsRecorded', data: { ...participants } }],
    metadata: metadataOn(`${day}T18:00:00.000+07:00`, plan.organiserUnitId),
  });
  return inputs;
}
