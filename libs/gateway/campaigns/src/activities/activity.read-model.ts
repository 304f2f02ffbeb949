import { defineProjection } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { type Data, optionalString } from '../core/event-data';

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
}

/**
 * The entries of a list field. Documents projected before follow-ups and formations were kept
 * as lists hold counts there; those read as empty until the read model is rebuilt (a replay of
 * the same events fills the lists), and an event applied to such a document starts the list.
 */
export const listOf = <T>(stored: readonly T[] | number | undefined): T[] => (Array.isArray(stored) ? [...stored] : []);


function proposed(data: Data): ActivityDoc {
  const location = (data['location'] ?? {}) as Data;
  const flags = (location['flags'] ?? {}) as Data;
  return {
    activityId: String(data['activityId']),
    name: String(data['name']),
    ...optionalString(data, 'campaignId'),
    organiserUnitId: String(data['organiserUnitId']),
    domains: (data['domains'] as string[]) ?? [],
    location: {
      unitId: String(location['unitId']),
      ...optionalString(location, 'areaCode'),
      ...optionalString(location, 'site'),
      flags: { ethnicMinority: flags['ethnicMinority'] === true, mountainous: flags['mountainous'] === true, border: flags['border'] === true, island: flags['island'] === true },
    },
    responsibleCadreId: String(data['responsibleCadreId']),
    initiator: String(data['initiator']),
    ...optionalString(data, 'coordinationModelId'),
    status: 'needs-survey',
    proposedOn: String(data['proposedOn']),
    followUps: [],
    formations: [],
  };
}

/** A follow-up is recorded once per id (the service decides so too; a replayed event changes nothing). */
function followUpRecorded(doc: ActivityDoc, data: Data): ActivityDoc {
  const followUps = listOf(doc.followUps);
  const followUpId = String(data['followUpId']);
  if (followUps.some((entry) => entry.followUpId === followUpId)) return doc;
  return { ...doc, followUps: [...followUps, { followUpId, recordedOn: String(data['recordedOn']), note: String(data['note']) }] };
}

function formationAdded(doc: ActivityDoc, data: Data): ActivityDoc {
  const formations = listOf(doc.formations).filter((entry) => entry.formationId !== String(data['formationId']));
  const composition = (data['composition'] ?? {}) as Data;
  const count = (force: string) => (typeof composition[force] === 'number' ? (composition[force] as number) : 0);
  const formation: FormationDoc = {
    formationId: String(data['formationId']),
    name: String(data['name']),
    composition: { armedForcesYouth: count('armedForcesYouth'), localYouth: count('localYouth'), pupilsStudents: count('pupilsStudents') },
    ...optionalString(data, 'specialisation'),
    addedOn: String(data['addedOn']),
  };
  return { ...doc, formations: [...formations, formation] };
}

/** Pure: the activity document after one of its stream's events (already decided by the service). */
export function evolveActivity(doc: ActivityDoc | null, event: EventEnvelope): ActivityDoc {
  const data = event.data as Data;
  if (event.type === 'ActivityProposed') return proposed(data);
  if (!doc) throw new Error(`${event.type} for an activity the read model does not know`);
  switch (event.type) {
    case 'ActivityPlanned':
      return { ...doc, status: 'planned', startsOn: String(data['startsOn']), endsOn: String(data['endsOn']) };
    case 'ActivityPrepared':
      return { ...doc, status: 'prepared' };
    case 'ActivityStarted':
      return { ...doc, status: 'in-progress', startedAt: String(data['startedAt']) };
    case 'ActivityCompleted':
      return { ...doc, status: 'completed', completedAt: String(data['completedAt']) };
    case 'ActivityEvaluated':
      return {
        ...doc,
        status: 'evaluated',
        evaluation: { evaluatedOn: String(data['evaluatedOn']), summary: String(data['summary']), ...(typeof data['rating'] === 'number' ? { rating: data['rating'] } : {}) },
      };
    case 'ActivityCancelled':
      return { ...doc, status: 'cancelled', cancellation: { fromStatus: String(data['fromStatus']), reason: String(data['reason']), cancelledOn: String(data['cancelledOn']) } };
    case 'ActivityFollowUpRecorded':
      return followUpRecorded(doc, data);
    case 'ActivityFormationAdded':
      return formationAdded(doc, data);
    default:
      throw new Error(`activity read model cannot apply ${event.type}`);
  }
}

export const activityProjection = defineProjection<ActivityDoc>({
  name: 'gateway-activities',
  collection: ACTIVITIES_COLLECTION,
  handles: [
    'ActivityProposed',
    'ActivityPlanned',
    'ActivityPrepared',
    'ActivityStarted',
    'ActivityCompleted',
    'ActivityEvaluated',
    'ActivityCancelled',
    'ActivityFollowUpRecorded',
    'ActivityFormationAdded',
  ],
  documentId: (event) => String((event.data as Data)['activityId']),
  evolve: evolveActivity,
});
