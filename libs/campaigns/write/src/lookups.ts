import { activityStreamId, campaignDecider, type CampaignState, campaignStreamId, shiftDecider, type ShiftState, shiftStreamId } from '@tn/campaigns-domain';
import { activityDecider, catalogueDecider, catalogueOf, type LookedUpActivityStatus, type OutputMeasure, outputCatalogueStreamId } from '@tn/campaigns-domain';
import type { Decider } from '@tn/shared-decider';
import type { MongoEventStore } from '@tn/shared-event-store';

/**
 * What the campaigns routes and authoriser look up in the service's own streams before a
 * decider runs (deciders stay pure; ADR 0006). Each answer is read at the time of the command:
 * a stream that changes between the look-up and the append is its own consistency boundary.
 */
export interface CampaignLookups {
  /** A campaign, template or local instance as its stream has it now (`status: 'none'` when there is none). */
  campaignOf(campaignId: string): Promise<CampaignState>;
  /** The organiser unit of an activity, from its proposal; undefined when the activity does not exist. */
  activityOrganiserOf(activityId: string): Promise<string | undefined>;
  /** The activity a shift belongs to; undefined when the shift is not scheduled. */
  shiftActivityOf(shiftId: string): Promise<string | undefined>;
  /** A shift with its places (confirmed, waitlisted, pending) as its stream has it now. */
  shiftOf(shiftId: string): Promise<ShiftState>;
  /** An activity's lifecycle status as its stream has it now ('none' when it does not exist). */
  activityStatusOf(activityId: string): Promise<LookedUpActivityStatus>;
  /** The output measures: the built-ins and those defined since, retired ones included. */
  outputCatalogue(): Promise<OutputMeasure[]>;
}

/** A stream's state through its decider's evolve. */
async function foldStream<S>(store: MongoEventStore, decider: Pick<Decider<unknown, never, S>, 'evolve' | 'initialState'>, streamId: string): Promise<S> {
  const { events } = await store.readStream(streamId);
  return events.reduce((state, envelope) => decider.evolve(state, { type: envelope.type, data: envelope.data } as never), decider.initialState());
}

/** The look-ups answered from the event store (one stream read each). */
export function lookupsFrom(store: () => MongoEventStore): CampaignLookups {
  const firstData = async (streamId: string, eventType: string): Promise<Record<string, unknown> | undefined> => {
    const { events } = await store().readStream(streamId);
    return events.find((event) => event.type === eventType)?.data as Record<string, unknown> | undefined;
  };
  return {
    campaignOf: async (campaignId) => {
      const { events } = await store().readStream(campaignStreamId(campaignId));
      return events.reduce(
        (state, envelope) =>
          campaignDecider.evolve(state, { type: envelope.type, data: envelope.data } as unknown as Parameters<typeof campaignDecider.evolve>[1]),
        campaignDecider.initialState(),
      );
    },
    activityOrganiserOf: async (activityId) => {
      const proposed = await firstData(activityStreamId(activityId), 'ActivityProposed');
      return typeof proposed?.['organiserUnitId'] === 'string' ? proposed['organiserUnitId'] : undefined;
    },
    shiftActivityOf: async (shiftId) => {
      const scheduled = await firstData(shiftStreamId(shiftId), 'ShiftScheduled');
      return typeof scheduled?.['activityId'] === 'string' ? scheduled['activityId'] : undefined;
    },
    shiftOf: (shiftId) => foldStream(store(), shiftDecider, shiftStreamId(shiftId)),
    activityStatusOf: async (activityId) => (await foldStream(store(), activityDecider, activityStreamId(activityId))).status,
    outputCatalogue: async () => catalogueOf(await foldStream(store(), catalogueDecider, outputCatalogueStreamId())),
  };
}
