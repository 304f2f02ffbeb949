import type { NetworkDirectoryCopy, NetworkDirectoryKind } from '@tn/campaigns-contracts';
import { type AgreementFacts, concurrencyError, type LookedUpAgreement, type ParticipantDirectory } from '@tn/campaigns-domain';
import { isIsoDate } from '@tn/shared-event-contracts';

/** What the routes read of the service's copy of the network's directory (LocalNetworkDirectory; a fixed one in tests). */
export interface NetworkDirectoryLookup {
  /** The record as the copy has it; undefined when it has never heard of it. */
  entryOf(kind: NetworkDirectoryKind, id: string): Promise<NetworkDirectoryCopy | undefined>;
  /** Waits (briefly) until the copy has every event the network has published on the record's partition; false when it has not by then. */
  catchUp(kind: NetworkDirectoryKind, id: string): Promise<boolean>;
}

/** The organiser unit and the units above it on a day (the local copy of the registry's hierarchy). */
export interface UnitLineage {
  lineageOf(unitId: string, date: string): string[];
}

/** Whether the copy's answer may still change into one a command may name (a final answer needs no wait). */
const mayStillArrive: Record<NetworkDirectoryKind, (entry: NetworkDirectoryCopy | undefined) => boolean> = {
  // Registered but not verified yet: it may have been verified a moment ago. Declined and dissolved are final.
  group: (entry) => entry === undefined || entry.status === 'registered',
  partner: (entry) => entry === undefined,
  agreement: (entry) => entry === undefined,
};

/**
 * The record as the copy has it, read again after a wait when it is not usable yet and might be
 * on its way (registered or signed a moment ago, as ADR 0019 does for coordination models);
 * still behind after the wait: NETWORK_DIRECTORY.CATCHING_UP (worth retrying). A blank id is
 * never looked up: no record has one.
 */
export async function directoryEntryOf(directory: NetworkDirectoryLookup, kind: NetworkDirectoryKind, id: string): Promise<NetworkDirectoryCopy | undefined> {
  if (id.trim() === '') return undefined;
  const entry = await directory.entryOf(kind, id);
  if (!mayStillArrive[kind](entry)) return entry;
  if (!(await directory.catchUp(kind, id))) {
    throw concurrencyError(
      'NETWORK_DIRECTORY.CATCHING_UP',
      "the copy of the network's directory is still being brought up to date here; try again in a moment",
      {
        [`${kind}Id`]: id,
      },
    );
  }
  return directory.entryOf(kind, id);
}

/** What the copy says of every group and partner a RecordActivityParticipants names; the decider refuses what is not usable. */
export async function participantDirectoryOf(
  directory: NetworkDirectoryLookup,
  groupIds: readonly string[],
  partnerIds: readonly string[],
): Promise<ParticipantDirectory> {
  const statusesOf = (kind: 'group' | 'partner', ids: readonly string[]) =>
    Promise.all([...new Set(ids)].map(async (id) => [id, (await directoryEntryOf(directory, kind, id))?.status ?? 'none'] as const));
  const [groups, partners] = await Promise.all([statusesOf('group', groupIds), statusesOf('partner', partnerIds)]);
  return { groups: Object.fromEntries(groups), partners: Object.fromEntries(partners) } as ParticipantDirectory;
}

/**
 * What a RecordResourceMobilised naming an agreement needs: the agreement as the copy has it and
 * the lineage of the activity's organiser unit on the day received. Nothing when it names none.
 * A malformed date is left to the decider, which names the field.
 */
export async function agreementFactsOf(
  directory: NetworkDirectoryLookup,
  hierarchy: UnitLineage,
  organiserOf: (activityId: string) => Promise<string | undefined>,
  payload: { activityId: string; agreementId?: string; receivedOn: string },
): Promise<{ agreementFacts?: AgreementFacts }> {
  const agreementId = payload.agreementId?.trim();
  if (!agreementId) return {};
  const [entry, organiserUnitId] = await Promise.all([directoryEntryOf(directory, 'agreement', agreementId), organiserOf(payload.activityId)]);
  const agreement: LookedUpAgreement = entry?.kind === 'agreement' ? entry : null;
  const activityLineage = organiserUnitId && isIsoDate(payload.receivedOn) ? hierarchy.lineageOf(organiserUnitId, payload.receivedOn) : [];
  return { agreementFacts: { agreement, activityLineage } };
}
