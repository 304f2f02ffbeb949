import { allows } from '@tn/shared-auth';
import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, readerOf, requireUser } from '@tn/gateway-core';
import { directoryOf, peopleOf, today } from '@tn/gateway-registry';
import { hostUnitOn } from '@tn/network-contracts';
import { type HierarchyState, versionAsOf } from '@tn/shared-unit-hierarchy';
import { ReportingReads } from '../core/reporting-collections';
import { activeSubtreeOn } from '../engine';
import type { CadreFactDoc, GroupFactDoc } from '../facts';
import { cadreFactsProjection } from '../facts/cadre-facts.projection';
import { groupFactsProjection } from '../facts/group-facts.projection';

/** The slice's own group and cadre facts: ids and dates only, enough to place a subject in a unit. */
const factReadsOf = (context: GatewayContext) => readerOf(context, 'reporting:subjects', (readModels) => new ReportingReads(readModels.connection));

/** A group's unit on a day: its host then, or the host it proposed while it waits for verification. */
const groupUnitOn = (group: GroupFactDoc, day: string): string | undefined =>
  hostUnitOn(group.affiliations, day) ?? (group.verifiedOn || group.declinedOn ? undefined : group.proposedHostUnitId);

/** The units a cadre holds a position in (or is registered by) on a day. */
const cadreUnitsOn = (cadre: CadreFactDoc, day: string): string[] =>
  cadre.tenures.filter((tenure) => tenure.from <= day && (tenure.until === undefined || day < tenure.until)).map((tenure) => tenure.unitId);

/**
 * Whether a group or person is in the unit's subtree today: a group hosted there, a cadre with a
 * position there, a volunteer whose home unit is there. Read from this slice's facts (groups,
 * cadres) and the registry's volunteers; the network's group read model is not this lib's to read.
 */
async function subjectInSubtree(context: GatewayContext, subtree: ReadonlySet<string>, kind: string, subjectId: string): Promise<boolean> {
  const day = today();
  if (kind === 'group') {
    const group = await factReadsOf(context).one<GroupFactDoc>(groupFactsProjection, subjectId);
    const unitId = group && groupUnitOn(group, day);
    return unitId !== undefined && subtree.has(unitId);
  }
  const cadre = await factReadsOf(context).one<CadreFactDoc>(cadreFactsProjection, subjectId);
  if (cadre && cadreUnitsOn(cadre, day).some((unitId) => subtree.has(unitId))) return true;
  const volunteer = await peopleOf(context).volunteer(subjectId);
  const home = volunteer?.homeUnits.filter((entry) => entry.from <= day).at(-1)?.unitId;
  return home !== undefined && subtree.has(home);
}

/**
 * Every group and person a draft proposes for commendation is in the reporting unit's subtree
 * today, else REPORT_QUERY.COMMENDATION_SUBJECT_UNKNOWN naming the first that is not: the same
 * answer for one that does not exist and one elsewhere. Units are the service's to check.
 */
export async function requireCommendationSubjects(
  context: GatewayContext,
  hierarchy: HierarchyState,
  unitId: string,
  commendations: readonly { subjectKind: string; subjectId: string }[],
): Promise<void> {
  if (commendations.every((commendation) => commendation.subjectKind === 'unit')) return;
  const subtree = new Set(activeSubtreeOn(hierarchy, unitId, today()));
  for (const [index, { subjectKind, subjectId }] of commendations.entries()) {
    if (subjectKind === 'unit' || (await subjectInSubtree(context, subtree, subjectKind, subjectId))) continue;
    throw apiError(
      { code: 'REPORT_QUERY.COMMENDATION_SUBJECT_UNKNOWN', kind: 'validation', field: `commendations.${index}.subjectId`, details: { subjectId } },
      context.language,
    );
  }
}

/** A unit's name in the caller's language, from the hierarchy today (its id when unknown). */
export function unitNameOf(hierarchy: HierarchyState, unitId: string, language: string): string {
  const profile = versionAsOf(hierarchy.units[unitId], today())?.profile;
  if (!profile) return unitId;
  return language === 'en' ? (profile.nameEn ?? profile.nameVi) : profile.nameVi;
}

/**
 * A commendation subject's name for the caller: a unit's always; a person's only for those who
 * read people over the reporting unit (cadres:read for a cadre, volunteers:read-personal for a
 * volunteer); a group's is the network's and stays null here.
 */
export async function subjectNameOf(
  context: GatewayContext,
  hierarchy: HierarchyState,
  reportUnitId: string,
  subject: { subjectKind: string; subjectId: string },
): Promise<string | null> {
  if (subject.subjectKind === 'unit') return unitNameOf(hierarchy, subject.subjectId, context.language);
  if (subject.subjectKind !== 'person') return null;
  const { grants } = requireUser(context).claims;
  const lineage = await directoryOf(context).lineage(reportUnitId, today());
  if (allows(grants, 'cadres:read', lineage)) {
    const cadre = await peopleOf(context).cadre(subject.subjectId);
    if (cadre?.fullName) return cadre.fullName;
  }
  if (allows(grants, 'volunteers:read-personal', lineage)) return (await peopleOf(context).volunteer(subject.subjectId))?.fullName ?? null;
  return null;
}
