import type { Decider } from '@tn/shared-decider';
import type { MongoEventStore } from '@tn/shared-event-store';
import { agreementStreamId, groupStreamId, needStreamId, type NetworkRecordKind, networkStreamId, partnerStreamId } from '@tn/network-contracts';
import {
  agreementDecider,
  type AgreementState,
  groupDecider,
  type GroupState,
  needDecider,
  type NeedState,
  networkDecider,
  type NetworkState,
  partnerDecider,
  type PartnerState,
} from '@tn/network-domain';

/** A record as the authoriser needs it: whether it exists, and the unit whose managers act on it. */
export interface OwnedRecord {
  status: string;
  ownerUnitId?: string;
}

/**
 * What the network routes, the authoriser and the reactors look up before a decider runs
 * (deciders stay pure; ADR 0006). Records are folded from their own streams at the time of the
 * command; the rest come from this service's local copies (the registry's hierarchy and
 * accounts, the campaigns' activities, its own partner-account links).
 */
export interface NetworkLookups {
  groupOf(groupId: string): Promise<GroupState>;
  networkOf(networkId: string): Promise<NetworkState>;
  partnerOf(partnerId: string): Promise<PartnerState>;
  agreementOf(agreementId: string): Promise<AgreementState>;
  needOf(needId: string): Promise<NeedState>;
  recordOf(kind: NetworkRecordKind, id: string): Promise<OwnedRecord>;
  /** Whether the registry's unit was active on `date` (not merged away or dissolved), in this service's copy. */
  knownUnitOn(unitId: string, date: string): boolean;
  /** The unit and the units above it on `date` (merged units through their successors); empty when unknown. */
  lineageOf(unitId: string, date: string): string[];
  /** A registry account as opened (its kind), undefined when there is none or it is closed. */
  accountOf(accountId: string): Promise<{ kind: string } | undefined>;
  /** The partner an account is linked to, if any. */
  partnerOfAccount(accountId: string): Promise<string | undefined>;
  /** A campaigns activity this service has seen, with its unit. */
  campaignActivityOf(activityId: string): Promise<{ unitId: string } | undefined>;
}

type Folding<S> = Pick<Decider<unknown, never, S>, 'evolve' | 'initialState'>;

/** A stream's state through its decider's evolve. */
async function foldStream<S>(store: MongoEventStore, decider: Folding<S>, streamId: string): Promise<S> {
  const { events } = await store.readStream(streamId);
  return events.reduce((state, envelope) => decider.evolve(state, { type: envelope.type, data: envelope.data } as never), decider.initialState());
}

/** The parts answered elsewhere: the hierarchy copy, and the projections each area keeps. */
export type NetworkCopies = Pick<NetworkLookups, 'knownUnitOn' | 'lineageOf' | 'accountOf' | 'partnerOfAccount' | 'campaignActivityOf'>;

/** The look-ups: records from the event store (one stream read each), the rest from the service's copies. */
export function lookupsFrom(store: () => MongoEventStore, copies: NetworkCopies): NetworkLookups {
  const fold = <S>(decider: Folding<S>, streamId: string) => foldStream(store(), decider, streamId);
  const lookups: NetworkLookups = {
    groupOf: (id) => fold(groupDecider as Folding<GroupState>, groupStreamId(id)),
    networkOf: (id) => fold(networkDecider as Folding<NetworkState>, networkStreamId(id)),
    partnerOf: (id) => fold(partnerDecider as Folding<PartnerState>, partnerStreamId(id)),
    agreementOf: (id) => fold(agreementDecider as Folding<AgreementState>, agreementStreamId(id)),
    needOf: (id) => fold(needDecider as Folding<NeedState>, needStreamId(id)),
    recordOf: async (kind, id): Promise<OwnedRecord> => {
      switch (kind) {
        case 'group':
          return lookups.groupOf(id);
        case 'network':
          return lookups.networkOf(id);
        case 'partner':
          return lookups.partnerOf(id);
        case 'agreement':
          return lookups.agreementOf(id);
        case 'need':
          return lookups.needOf(id);
      }
    },
    ...copies,
  };
  return lookups;
}
