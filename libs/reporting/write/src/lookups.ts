import type { Decider } from '@tn/shared-decider';
import type { MongoEventStore } from '@tn/shared-event-store';
import { indicatorStreamId, planStreamId, type ReportingRecordKind } from '@tn/reporting-contracts';
import { indicatorDecider, type IndicatorState, planDecider, type PlanState } from '@tn/reporting-domain';

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
  recordOf(kind: ReportingRecordKind, id: string): Promise<OwnedRecord>;
  /** The unit and the units above it on `date` (merged units through their successors); empty when unknown. */
  lineageOf(unitId: string, date: string): string[];
  /** The unit's level label on `date` ("Đoàn xã"); undefined when unknown. */
  levelLabelOf(unitId: string, date: string): string | undefined;
}

type Folding<S> = Pick<Decider<unknown, never, S>, 'evolve' | 'initialState'>;

/** A stream's state through its decider's evolve. */
async function foldStream<S>(store: MongoEventStore, decider: Folding<S>, streamId: string): Promise<S> {
  const { events } = await store.readStream(streamId);
  return events.reduce((state, envelope) => decider.evolve(state, { type: envelope.type, data: envelope.data } as never), decider.initialState());
}

/** The look-ups: records from the event store (one stream read each), units from the hierarchy copy. */
export function lookupsFrom(store: () => MongoEventStore, copies: Pick<ReportingLookups, 'lineageOf' | 'levelLabelOf'>): ReportingLookups {
  const lookups: ReportingLookups = {
    indicatorOf: (id) => foldStream(store(), indicatorDecider as Folding<IndicatorState>, indicatorStreamId(id)),
    planOf: (id) => foldStream(store(), planDecider as Folding<PlanState>, planStreamId(id)),
    recordOf: async (kind, id): Promise<OwnedRecord> => {
      switch (kind) {
        case 'indicator':
          return lookups.indicatorOf(id);
        case 'plan':
          return lookups.planOf(id);
      }
    },
    ...copies,
  };
  return lookups;
}
