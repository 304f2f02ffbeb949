import { defineProjection } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { type Data, optionalString } from '../core/event-data';

export const CAMPAIGNS_COLLECTION = 'gw_campaigns_campaigns';

export type CampaignRole = 'campaign' | 'template' | 'local';

/** One campaign, template or local instance (the gateway's campaign read model). */
export interface CampaignDoc {
  campaignId: string;
  role: CampaignRole;
  /** The organiser (a template's publisher). */
  organiserUnitId: string;
  name: string;
  kind: string;
  peakTemplate?: string;
  domains: string[];
  startsOn: string;
  endsOn: string;
  goals: { measure: string; target: number }[];
  initiator: string;
  coordinationModelId?: string;
  /** Absent when the campaign sets none (or was created before criteria were configurable): the default applies. */
  certificateCriteria?: { minimumHours?: number; minimumActivities?: number };
  status: 'open' | 'closed';
  createdOn: string;
  closedOn?: string;
  /** A local instance: the template it was opened from. */
  templateCampaignId?: string;
  /** A template: one local instance per adopting unit. */
  adoptions: { unitId: string; localCampaignId: string; adoptedOn: string }[];
}


function criteriaOf(data: Data): Pick<CampaignDoc, 'certificateCriteria'> {
  const criteria = data['certificateCriteria'] as Record<string, unknown> | undefined;
  if (typeof criteria !== 'object' || criteria === null) return {};
  const number = (key: string) => (typeof criteria[key] === 'number' ? { [key]: criteria[key] } : {});
  return { certificateCriteria: { ...number('minimumHours'), ...number('minimumActivities') } };
}

function created(data: Data, role: CampaignRole, organiserField: string, dateField: string): CampaignDoc {
  return {
    campaignId: String(data['campaignId']),
    role,
    organiserUnitId: String(data[organiserField]),
    name: String(data['name']),
    kind: String(data['kind']),
    ...optionalString(data, 'peakTemplate'),
    domains: (data['domains'] as string[]) ?? [],
    startsOn: String(data['startsOn']),
    endsOn: String(data['endsOn']),
    goals: ((data['goals'] as { measure: string; target: number }[]) ?? []).map(({ measure, target }) => ({ measure, target })),
    initiator: String(data['initiator']),
    ...optionalString(data, 'coordinationModelId'),
    ...criteriaOf(data),
    status: 'open',
    createdOn: String(data[dateField]),
    ...optionalString(data, 'templateCampaignId'),
    adoptions: [],
  };
}

/** Pure: the campaign document after one of its stream's events. */
export function evolveCampaign(doc: CampaignDoc | null, event: EventEnvelope): CampaignDoc {
  const data = event.data as Data;
  switch (event.type) {
    case 'CampaignLaunched':
      return created(data, 'campaign', 'organiserUnitId', 'launchedOn');
    case 'CampaignTemplatePublished':
      return created(data, 'template', 'publisherUnitId', 'publishedOn');
    case 'LocalCampaignOpened':
      return created(data, 'local', 'organiserUnitId', 'openedOn');
  }
  if (!doc) throw new Error(`${event.type} for a campaign the read model does not know`);
  switch (event.type) {
    case 'CampaignTemplateAdopted': {
      const unitId = String(data['adoptingUnitId']);
      const adoption = { unitId, localCampaignId: String(data['localCampaignId']), adoptedOn: String(data['adoptedOn']) };
      return { ...doc, adoptions: [...doc.adoptions.filter((a) => a.unitId !== unitId), adoption] };
    }
    case 'CampaignCoordinationModelApplied':
      return { ...doc, coordinationModelId: String(data['coordinationModelId']) };
    case 'CampaignClosed':
      return { ...doc, status: 'closed', closedOn: String(data['closedOn']) };
    default:
      throw new Error(`campaign read model cannot apply ${event.type}`);
  }
}

/** The campaign read model: one document per campaign stream (an adoption is on the template's). */
export const campaignProjection = defineProjection<CampaignDoc>({
  name: 'gateway-campaigns',
  collection: CAMPAIGNS_COLLECTION,
  handles: ['CampaignLaunched', 'CampaignTemplatePublished', 'CampaignTemplateAdopted', 'LocalCampaignOpened', 'CampaignCoordinationModelApplied', 'CampaignClosed'],
  documentId: (event) => {
    const data = event.data as Data;
    return String(event.type === 'CampaignTemplateAdopted' ? data['templateCampaignId'] : data['campaignId']);
  },
  evolve: evolveCampaign,
});
