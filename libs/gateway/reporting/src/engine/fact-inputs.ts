import { groupStatusOn, hostUnitOn } from '@tn/network-contracts';
import type { AgreementFactDoc, CadreFactDoc, CadreTenure, GroupFactDoc } from '../facts/fact-docs';

/**
 * What the engine reads of fact documents beyond the owning contexts' pure functions (the
 * documents are shaped as those functions' inputs and passed as they are).
 */

/** A tenure holds from its first day until its first day no longer held (`until`, excluded; see the cadre facts projection). */
export const tenureCovers = (tenure: CadreTenure, day: string): boolean => tenure.from <= day && (tenure.until === undefined || day < tenure.until);

/**
 * The unit a group belongs to on a day: its host then; while pending verification, the host
 * proposed at registration. None before it was registered, once declined, or after its last host let it go.
 */
export function groupUnitOn(group: GroupFactDoc, day: string): string | undefined {
  if (group.registeredOn > day) return undefined;
  const host = hostUnitOn(group.affiliations, day);
  if (host !== undefined) return host;
  return groupStatusOn(group, day) === 'pending-verification' ? group.proposedHostUnitId : undefined;
}

/** The units an agreement binds: its lead and its parties. */
export const agreementUnitsOf = (agreement: AgreementFactDoc): string[] => [
  ...new Set([agreement.leadUnitId, ...agreement.partyUnitIds, ...agreement.unitIds].filter((unitId) => unitId !== undefined && unitId !== '')),
];

/**
 * Whether the person had completed training on the curriculum by the day: a course of it passed,
 * or a qualification granted for it, on or before the day (K3: a later revocation does not undo the training).
 */
export const trainedOnCurriculumBy = (cadre: CadreFactDoc, curriculumId: string, day: string): boolean =>
  (cadre.completedCourses ?? []).some((course) => course.curriculumId === curriculumId && course.completedOn <= day) ||
  cadre.qualifications.some((record) => record.curriculumId === curriculumId && record.grantedOn <= day);
