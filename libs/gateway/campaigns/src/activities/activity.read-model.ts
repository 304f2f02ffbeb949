import { activityEventTypes } from '@tn/campaigns-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const ACTIVITIES_COLLECTION = 'gw_campaigns_activities';

export interface AreaFlagsDoc {
  ethnicMinority: boolean;
  mountainous: boolean;
  border: boolean;
  island: boolean;
}

/** A follow-up maintaining the results after the activity (duy trì kết quả). */
export interface FollowUpDoc {
  followUpId: string;
  recordedOn: string;
  note: string;
}

/** A formation (đội hình) with the head counts of the three forces; a specialised team names its profession. */
export interface FormationDoc {
  formationId: string;
  name: string;
  composition: { armedForcesYouth: number; localYouth: number; pupilsStudents: number };
  specialisation?: string;
  addedOn: string;
}

/** One activity through its lifecycle (the gateway's activity read model). */
export interface ActivityDoc {
  activityId: string;
  name: string;
  campaignId?: string;
  organiserUnitId: string;
  domains: string[];
  location: { unitId: string; areaCode?: string; site?: string; flags: AreaFlagsDoc };
  responsibleCadreId: string;
  initiator: string;
  coordinationModelId?: string;
  status: string;
  proposedOn: string;
  startsOn?: string;
  endsOn?: string;
  startedAt?: string;
  completedAt?: string;
  evaluation?: { evaluatedOn: string; summary: string; rating?: number };
  cancellation?: { fromStatus: string; reason: string; cancelledOn: string };
  /** In the order recorded. Documents written before these were lists hold counts: read them with `listOf`. */
  followUps: FollowUpDoc[];
  formations: FormationDoc[];
  /** The network's groups and partners that took part, as last recorded (absent until first recorded). */
  participantGroupIds?: string[];
  participantPartnerIds?: string[];
}

/**
 * The entries of a list field. Documents projected before follow-ups and formations were kept
 * as lists hold counts there; those read as empty until the read model is rebuilt (a replay of
 * the same events fills the lists), and an event applied to such a document starts the list.
 */
export const listOf = <T>(stored: readonly T[] | number | undefined): T[] => (Array.isArray(stored) ? [...stored] : []);

type ActivityEvent = EnvelopeOf<EventsOf<typeof activityEventTypes>>;
type DataOf<Type extends ActivityEvent['type']> = Extract<ActivityEvent, { type: Type }>['data'];

function proposed(data: DataOf<'ActivityProposed'>): ActivityDoc {
  const { location } = data;
  return {
    activityId: data.activityId,
    name: data.name,
    ...(data.campaignId === undefined ? {} : { campaignId: data.campaignId }),
    organiserUnitId: data.organiserUnitId,
    domains: data.domains ?? [],
    location: {
      unitId: location.unitId,
      ...(location.areaCode === undefined ? {} : { areaCode: location.areaCode }),
      ...(location.site === undefined ? {} : { site: location.site }),
      flags: {
        ethnicMinority: location.flags?.ethnicMinority === true,
        mountainous: location.flags?.mountainous === true,
        border: location.flags?.border === true,
        island: location.flags?.island === true,
      },
    },
    responsibleCadreId: data.responsibleCadreId,
    initiator: data.initiator,
    ...(data.coordinationModelId === undefined ? {} : { coordinationModelId: data.coordinationModelId }),
    status: 'needs-survey',
    proposedOn: data.proposedOn,
    followUps: [],
    formations: [],
  };
}

/** A follow-up is recorded once per id (the service decides so too; a replayed event changes nothing). */
function followUpRecorded(doc: ActivityDoc, { followUpId, recordedOn, note }: DataOf<'ActivityFollowUpRecorded'>): ActivityDoc {
  const followUps = listOf(doc.followUps);
  if (followUps.some((entry) => entry.followUpId === followUpId)) return doc;
  return { ...doc, followUps: [...followUps, { followUpId, recordedOn, note }] };
}

function formationAdded(doc: ActivityDoc, data: DataOf<'ActivityFormationAdded'>): ActivityDoc {
  const formations = listOf(doc.formations).filter((entry) => entry.formationId !== data.formationId);
  const { armedForcesYouth, localYouth, pupilsStudents } = data.composition;
  const formation: FormationDoc = {
    formationId: data.formationId,
    name: data.name,
    composition: { armedForcesYouth, localYouth, pupilsStudents },
    ...(data.specialisation === undefined ? {} : { specialisation: data.specialisation }),
    addedOn: data.addedOn,
  };
  return { ...doc, formations: [...formations, formation] };
}

/** Pure: the activity document after one of its stream's events (already decided by the service). */
export function evolveActivity(doc: ActivityDoc | null, event: ActivityEvent): ActivityDoc {
  if (event.type === 'ActivityProposed') return proposed(event.data);
  if (!doc) throw new Error(`${event.type} for an activity the read model does not know`);
  switch (event.type) {
    case 'ActivityPlanned':
      return { ...doc, status: 'planned', startsOn: event.data.startsOn, endsOn: event.data.endsOn };
    case 'ActivityPrepared':
      return { ...doc, status: 'prepared' };
    case 'ActivityStarted':
      return { ...doc, status: 'in-progress', startedAt: event.data.startedAt };
    case 'ActivityCompleted':
      return { ...doc, status: 'completed', completedAt: event.data.completedAt };
    case 'ActivityEvaluated': {
      const { evaluatedOn, summary, rating } = event.data;
      return { ...doc, status: 'evaluated', evaluation: { evaluatedOn, summary, ...(rating === undefined ? {} : { rating }) } };
    }
    case 'ActivityCancelled': {
      const { fromStatus, reason, cancelledOn } = event.data;
      return { ...doc, status: 'cancelled', cancellation: { fromStatus, reason, cancelledOn } };
    }
    case 'ActivityFollowUpRecorded':
      return followUpRecorded(doc, event.data);
    case 'ActivityFormationAdded':
      return formationAdded(doc, event.data);
    case 'ActivityRenamed':
      return { ...doc, name: event.data.name };
    case 'ActivityParticipantsRecorded':
      return { ...doc, participantGroupIds: [...event.data.groupIds], participantPartnerIds: [...event.data.partnerIds] };
    default:
      return assertNever(event);
  }
}

export const activityProjection = projectionOver(activityEventTypes, {
  name: 'gateway-activities',
  collection: ACTIVITIES_COLLECTION,
  documentId: (event) => event.data.activityId,
  evolve: evolveActivity,
  // CampaignsDirectory: activitiesOf and activitiesMatching (always { organiserUnitId, … }); activitiesIn ({ campaignId }, one query per campaign).
  indexes: [{ organiserUnitId: 1 }, { campaignId: 1 }],
});
