import { campaignStreamEventTypes } from '@tn/campaigns-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

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

type CampaignEvent = EnvelopeOf<EventsOf<typeof campaignStreamEventTypes>>;
type DataOf<Type extends CampaignEvent['type']> = Extract<CampaignEvent, { type: Type }>['data'];
/** The events that create a campaign document (each carries the campaign's whole definition). */
type CreatingData = DataOf<'CampaignLaunched' | 'CampaignTemplatePublished' | 'LocalCampaignOpened'>;

function criteriaOf({ certificateCriteria: criteria }: CreatingData): Pick<CampaignDoc, 'certificateCriteria'> {
  if (typeof criteria !== 'object' || criteria === null) return {};
  const { minimumHours, minimumActivities } = criteria;
  return {
    certificateCriteria: {
      ...(typeof minimumHours === 'number' ? { minimumHours } : {}),
      ...(typeof minimumActivities === 'number' ? { minimumActivities } : {}),
    },
  };
}

function created(data: CreatingData, role: CampaignRole, organiserUnitId: string, createdOn: string, templateCampaignId?: string): CampaignDoc {
  return {
    campaignId: data.campaignId,
    role,
    organiserUnitId,
    name: data.name,
    kind: data.kind,
    ...(typeof data.peakTemplate === 'string' ? { peakTemplate: data.peakTemplate } : {}),
    domains: data.domains ?? [],
    startsOn: data.startsOn,
    endsOn: data.endsOn,
    goals: (data.goals ?? []).map(({ measure, target }) => ({ measure, target })),
    initiator: data.initiator,
    ...(typeof data.coordinationModelId === 'string' ? { coordinationModelId: data.coordinationModelId } : {}),
    ...criteriaOf(data),
    status: 'open',
    createdOn,
    ...(typeof templateCampaignId === 'string' ? { templateCampaignId } : {}),
    adoptions: [],
  };
}

/** Pure: the campaign document after one of its stream's events. */
export function evolveCampaign(doc: CampaignDoc | null, event: CampaignEvent): CampaignDoc {
  switch (event.type) {
    case 'CampaignLaunched':
      return created(event.data, 'campaign', event.data.organiserUnitId, event.data.launchedOn);
    case 'CampaignTemplatePublished':
      return created(event.data, 'template', event.data.publisherUnitId, event.data.publishedOn);
    case 'LocalCampaignOpened':
      return created(event.data, 'local', event.data.organiserUnitId, event.data.openedOn, event.data.templateCampaignId);
  }
  if (!doc) throw new Error(`${event.type} for a campaign the read model does not know`);
  switch (event.type) {
    case 'CampaignTemplateAdopted': {
      const { adoptingUnitId: unitId, localCampaignId, adoptedOn } = event.data;
      return { ...doc, adoptions: [...doc.adoptions.filter((a) => a.unitId !== unitId), { unitId, localCampaignId, adoptedOn }] };
    }
    case 'CampaignCoordinationModelApplied':
      return { ...doc, coordinationModelId: event.data.coordinationModelId };
    case 'CampaignClosed':
      return { ...doc, status: 'closed', closedOn: event.data.closedOn };
    default:
      return assertNever(event);
  }
}

/** The campaign read model: one document per campaign stream (an adoption is on the template's). */
export const campaignProjection = projectionOver(campaignStreamEventTypes, {
  name: 'gateway-campaigns',
  collection: CAMPAIGNS_COLLECTION,
  documentId: (event) => (event.type === 'CampaignTemplateAdopted' ? event.data.templateCampaignId : event.data.campaignId),
  evolve: evolveCampaign,
  // CampaignsDirectory.campaignsOf: a unit's campaigns ({ organiserUnitId }).
  indexes: [{ organiserUnitId: 1 }],
});
