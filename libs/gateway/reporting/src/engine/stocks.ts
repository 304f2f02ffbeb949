import { agreementStatusOn, groupStatusOn } from '@tn/network-contracts';
import type { UnitFilter } from '@tn/reporting-contracts';
import { versionAsOf } from '@tn/shared-unit-hierarchy';
import { holderStatusOn } from '@tn/training-contracts';
import type { CadreFactDoc } from '../facts/fact-docs';
import type { EvaluationContext } from './evaluation-context';
import { agreementUnitsOf, groupUnitOn, tenureCovers } from './fact-inputs';
import { Tally } from './tally';
import { unitPasses } from './unit-filter';

/**
 * Stocks: what is held on the stocks day (`context.stocksOn`: the period's last day, or today while
 * the period is under way; units: in the structure of the structure date),
 * by carrier. Cadres, groups and partners are distinct: one counts once in a set of units however
 * many of them it belongs to.
 */

/** Units of the subtree active on the structure date whose profile then passes the filter; each carries itself. */
export function unitTally(filter: UnitFilter | undefined, context: EvaluationContext): Tally {
  const tally = new Tally(false);
  const { hierarchy } = context.inputs;
  for (const unitId of context.subtree) {
    const version = versionAsOf(hierarchy.units[unitId], context.query.structureDate);
    if (version?.status === 'active' && unitPasses(version.profile, filter)) tally.add(unitId, 1);
  }
  return tally;
}

/** Whether the cadre holds a valid qualification on the day: of one of `kindIds`, or of any kind they have a record of. */
export function holdsValidQualification(cadre: CadreFactDoc, kindIds: readonly string[] | undefined, day: string, context: EvaluationContext): boolean {
  const records = cadre.qualifications;
  const kinds = kindIds !== undefined && kindIds.length > 0 ? kindIds : [...new Set(records.map((record) => record.kindId))];
  return kinds.some((kindId) => holderStatusOn(records, kindId, day, context.extensionsOf(kindId)) === 'valid');
}

/** Cadres dedicated to volunteer work on the stocks day, by the units of their dedicated tenures then; `qualified`: only valid holders. */
export function cadreTally(qualified: boolean, kindIds: readonly string[] | undefined, context: EvaluationContext): Tally {
  const tally = new Tally(true);
  const day = context.stocksOn;
  for (const cadre of context.inputs.cadres) {
    const tenures = cadre.tenures.filter((tenure) => tenure.dedicated && tenureCovers(tenure, day));
    if (tenures.length === 0) continue;
    if (qualified && !holdsValidQualification(cadre, kindIds, day, context)) continue;
    for (const tenure of tenures) tally.add(context.attribution.carrierOf(tenure.unitId, day), 1, cadre.personId);
  }
  return tally;
}

/**
 * Groups on the stocks day, by the unit they belong to then (their host, or the proposed host while
 * pending): registered (on the register that day: neither declined nor dissolved), verified by
 * then (and not dissolved), or active then (the network's status: a sign of life in the last twelve months).
 */
export function groupTally(state: 'registered' | 'verified' | 'active', context: EvaluationContext): Tally {
  const tally = new Tally(true);
  const day = context.stocksOn;
  for (const group of context.inputs.groups) {
    const unitId = groupUnitOn(group, day);
    if (unitId === undefined) continue;
    const status = groupStatusOn(group, day);
    const onRegister = status !== 'declined' && status !== 'dissolved';
    const counts =
      state === 'registered'
        ? onRegister
        : state === 'verified'
          ? onRegister && group.verifiedOn !== undefined && group.verifiedOn <= day
          : status === 'active';
    if (counts) tally.add(context.attribution.carrierOf(unitId, day), 1, group.groupId);
  }
  return tally;
}

/** Distinct partners with an agreement in force on the stocks day, by each unit the agreement binds. */
export function partnerTally(context: EvaluationContext): Tally {
  const tally = new Tally(true);
  const day = context.stocksOn;
  for (const agreement of context.inputs.agreements) {
    if (agreementStatusOn(agreement, day) !== 'in-force') continue;
    for (const unitId of agreementUnitsOf(agreement)) tally.add(context.attribution.carrierOf(unitId, day), 1, agreement.partnerId);
  }
  return tally;
}
