import { assertNever } from '@tn/shared-decider';
import { type CampaignEvent, definitionData } from './campaign.events';
import type { CampaignState } from './campaign.types';

export const initialCampaign = (): CampaignState => ({ status: 'none' });

export function evolveCampaign(state: CampaignState, event: CampaignEvent): CampaignState {
  switch (event.type) {
    case 'CampaignLaunched':
      return {
        status: 'open',
        campaignId: event.data.campaignId,
        role: 'own',
        unitId: event.data.organiserUnitId,
        definition: definitionData(event.data),
        adoptions: {},
      };
    case 'CampaignTemplatePublished':
      return {
        status: 'open',
        campaignId: event.data.campaignId,
        role: 'template',
        unitId: event.data.publisherUnitId,
        definition: definitionData(event.data),
        adoptions: {},
      };
    case 'LocalCampaignOpened':
      return {
        status: 'open',
        campaignId: event.data.campaignId,
        role: 'local-instance',
        unitId: event.data.organiserUnitId,
        definition: definitionData(event.data),
        templateCampaignId: event.data.templateCampaignId,
        adoptions: {},
      };
    case 'CampaignTemplateAdopted': {
      if (state.status === 'none') return state;
      const { adoptingUnitId, localCampaignId, adoptedOn } = event.data;
      return { ...state, adoptions: { ...state.adoptions, [adoptingUnitId]: { localCampaignId, adoptedOn } } };
    }
    case 'CampaignCoordinationModelApplied':
      if (state.status === 'none') return state;
      return { ...state, definition: { ...state.definition, coordinationModelId: event.data.coordinationModelId } };
    case 'CampaignClosed':
      return state.status === 'none' ? state : { ...state, status: 'closed' };
    default:
      return assertNever(event);
  }
}
