import type { Permission } from '@tn/shared-auth';

/** A permission of this context, from the platform's one role table (libs/shared/auth). */
export type ReportingPermission = Extract<Permission, `reporting:${string}`>;

/** The records of the reporting context that belong to a unit (their owner unit counts in a command's rights). */
export type ReportingRecordKind = 'indicator' | 'plan' | 'report-approval';

/**
 * What a reporting command needs: a permission over the units it touches. Each command type
 * states it beside its payload; the reporting service's authoriser checks it (the gateway checks first).
 */
export interface ReportingCommandScope {
  permission: ReportingPermission;
  /** Units named by the payload (the actor needs the permission over every one). */
  units: string[];
  /**
   * An existing record whose owner unit counts too (a plan indicator's owner; for a report's approval, the
   * report unit's parent today). An unknown record answers like one that is not the actor's.
   */
  record?: { kind: ReportingRecordKind; id: string };
}

/** A new record or a declaration: write rights over the unit it belongs to. */
export const writingFor = (unitId: string): ReportingCommandScope => ({ permission: 'reporting:write', units: [unitId] });

/**
 * A record: write rights over its owner unit, which the authoriser looks up at the command's date:
 * an indicator's or plan's owner (which never changes), or a report's approving unit (the parent of
 * the report's unit that day, whether or not the report exists yet).
 */
export const writingOn = (kind: ReportingRecordKind, id: string): ReportingCommandScope => ({ permission: 'reporting:write', units: [], record: { kind, id } });
