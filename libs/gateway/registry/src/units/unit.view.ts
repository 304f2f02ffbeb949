import type { UnitVersionView, UnitView } from './unit.models';
import { type UnitDoc, type UnitVersionDoc, versionOn } from './unit.read-model';

const versionView = (v: UnitVersionDoc): UnitVersionView => ({
  from: v.from,
  nameVi: v.nameVi,
  nameEn: v.nameEn ?? null,
  organisation: v.organisation,
  levelLabel: v.levelLabel,
  areaCode: v.areaCode ?? null,
  flags: v.flags,
  parentId: v.parentId,
  status: v.status,
  successorIds: v.successorIds ?? [],
});

/** The unit as it was on `asOf`, or undefined before it existed. */
export function unitView(doc: UnitDoc, asOf: string): UnitView | undefined {
  const version = versionOn(doc, asOf);
  if (!version) return undefined;
  return { ...versionView(version), id: doc.unitId, asOf, history: doc.versions.map(versionView), predecessors: doc.predecessors };
}

/** Vietnam's date (UTC+7, no daylight saving): a merger effective 1 July applies from midnight there. */
export const vietnamDateOf = (instant: Date) => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
export const today = () => vietnamDateOf(new Date());
