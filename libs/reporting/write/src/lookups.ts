import type { Decider } from '@tn/shared-decider';
import type { MongoEventStore } from '@tn/shared-event-store';
import { indicatorStreamId, parseReportId, planStreamId, type ReportingRecordKind, reportScheduleStreamId, reportStreamId } from '@tn/reporting-contracts';
import {
  indicatorDecider,
  type IndicatorState,
  planDecider,
  type PlanState,
  reportDecider,
  reportScheduleDecider,
  type ReportScheduleState,
  type ReportState,
} from '@tn/reporting-domain';

/** A record as the authoriser needs it: whether it exists, and the unit whose managers act on it. */
export interface OwnedRecord {
  status: string;
  ownerUnitId?: string;
}

/**
 * What the reporting authoriser looks up before a decider runs (deciders stay pure; ADR 0006):
 * records folded from their own streams at the time of the command, units from this service's
 * copy of the registry's hierarchy.
 */
export interface ReportingLookups {
  indicatorOf(indicatorId: string): Promise<IndicatorState>;
  planOf(planId: string): Promise<PlanState>;
  reportOf(reportId: string): Promise<ReportState>;
  /** The window a unit set for its subtree's reports of a template and period (none set: no window). */
  scheduleOf(unitId: string, templateId: string, period: string): Promise<ReportScheduleState>;
  /**
   * The record and its owner on `date` (the command's day in Vietnam, never the clock's): a report's
   * approval belongs to the parent of the report's unit that day, whether or not the report exists yet.
   */
  recordOf(kind: ReportingRecordKind, id: string, date: string): Promise<OwnedRecord>;
  /** The unit and the units above it on `date` (merged units through their successors); empty when unknown. */
  lineageOf(unitId: string, date: string): string[];
  /** The unit's level label on `date` ("Đoàn xã"); undefined when unknown. */
  levelLabelOf(unitId: string, date: string): string | undefined;
  /** The unit's direct child units active on `date`. */
  childrenOf(unitId: string, date: string): string[];
  /** The unit's parent on `date`; undefined for a root unit or an unknown one. */
  parentOf(unitId: string, date: string): string | undefined;
}

/** The approving unit of a report: the parent of its unit on `date` (a root unit's report has none: only a system administrator acts on it). */
function reportApprovalOf(lookups: Pick<ReportingLookups, 'parentOf'>, reportId: string, date: string): OwnedRecord {
  const key = parseReportId(reportId);
  const parent = key && lookups.parentOf(key.unitId, date);
  return parent ? { status: 'approver-known', ownerUnitId: parent } : { status: 'none' };
}

type Folding<S> = Pick<Decider<unknown, never, S>, 'evolve' | 'initialState'>;

/** A stream's state through its decider's evolve. */
async function foldStream<S>(store: MongoEventStore, decider: Folding<S>, streamId: string): Promise<S> {
  const { events } = await store.readStream(streamId);
  return events.reduce((state, envelope) => decider.evolve(state, { type: envelope.type, data: envelope.data } as never), decider.initialState());
}

/** The look-ups: records from the event store (one stream read each), units from the hierarchy copy. */
export function lookupsFrom(
  store: () => MongoEventStore,
  copies: Pick<ReportingLookups, 'lineageOf' | 'levelLabelOf' | 'childrenOf' | 'parentOf'>,
): ReportingLookups {
  const lookups: ReportingLookups = {
    indicatorOf: (id) => foldStream(store(), indicatorDecider as Folding<IndicatorState>, indicatorStreamId(id)),
    planOf: (id) => foldStream(store(), planDecider as Folding<PlanState>, planStreamId(id)),
    reportOf: (id) => foldStream(store(), reportDecider as Folding<ReportState>, reportStreamId(id)),
    scheduleOf: (unitId, templateId, period) =>
      foldStream(store(), reportScheduleDecider as Folding<ReportScheduleState>, reportScheduleStreamId(unitId, templateId, period)),
    recordOf: async (kind, id, date): Promise<OwnedRecord> => {
      switch (kind) {
        case 'indicator':
          return lookups.indicatorOf(id);
        case 'plan':
          return lookups.planOf(id);
        case 'report-approval':
          return reportApprovalOf(lookups, id, date);
      }
    },
    ...copies,
  };
  return lookups;
}
