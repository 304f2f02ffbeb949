import { allows } from '@tn/shared-auth';
import { type GatewayContext, requireUser, scopeFor } from '@tn/gateway-core';
import { today } from '@tn/gateway-registry';
import { type HierarchyState, lineageOf } from '@tn/shared-unit-hierarchy';
import { unitsAttributedTo } from '../engine';
import { reportingForbidden, type ReportingPermission } from './reporting-permissions';

/**
 * The units whose facts a value of the root's subtree on the structure date counts
 * (`unitsAttributedTo`), once the caller holds the permission over every one of them today, or
 * FORBIDDEN as for an unknown unit. The permission over the root is checked today, but a past
 * structure date (and `level`, unit by unit) reaches the units under the root then: a commune
 * that has since moved to another district would otherwise show its figures to its former one.
 * Each unit's lineage today is read from the same hierarchy the values are attributed by.
 */
export function readableUnitsAttributedTo(
  context: GatewayContext,
  permission: ReportingPermission,
  hierarchy: HierarchyState,
  rootUnitId: string,
  structureDate: string,
): string[] {
  const attributed = unitsAttributedTo(hierarchy, rootUnitId, structureDate);
  if (scopeFor(context, permission) === 'everywhere') return attributed;
  const { grants } = requireUser(context).claims;
  const day = today();
  if (!attributed.every((unitId) => allows(grants, permission, lineageOf(hierarchy, unitId, day)))) throw reportingForbidden(context, permission);
  return attributed;
}
