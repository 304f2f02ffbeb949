import { type AreaFlags, CAMPAIGN_DOMAINS } from '@tn/campaigns-contracts';
import { illegalStateError, validationError } from '../common/errors';
import { compact, requireOneOf, requireText, requireWholeNumber } from '../common/rules';
import { INITIATORS } from '../common/types';
import type { ProposeActivity } from './activity.commands';
import { type ActivityProfile, type Formation, SPECIALISATIONS } from './activity.types';

const FLAG_NAMES = ['ethnicMinority', 'mountainous', 'border', 'island'] as const;

/** Exactly the four flags, nothing else a client may have sent along. */
const areaFlagsOf = ({ ethnicMinority, mountainous, border, island }: AreaFlags): AreaFlags => ({ ethnicMinority, mountainous, border, island });

function requireLocation(profile: ActivityProfile): void {
  const location = profile.location;
  requireText(location?.unitId, 'ACTIVITY.LOCATION_REQUIRED', 'profile.location.unitId', 'a location unit');
  for (const flag of FLAG_NAMES) {
    if (typeof location.flags?.[flag] !== 'boolean') {
      throw validationError('ACTIVITY.AREA_FLAGS_INVALID', `profile.location.flags.${flag}`, `area flag ${flag} must be true or false`);
    }
  }
}

/** A well-formed proposal; an activity in a campaign needs the campaign open (looked up). */
export function requireProposal(command: ProposeActivity): ActivityProfile {
  const profile = command.profile;
  requireText(profile?.name, 'ACTIVITY.NAME_REQUIRED', 'profile.name', 'a name');
  requireText(profile.organiserUnitId, 'ACTIVITY.UNIT_REQUIRED', 'profile.organiserUnitId', 'an organiser unit');
  requireText(profile.responsibleCadreId, 'ACTIVITY.CADRE_REQUIRED', 'profile.responsibleCadreId', 'a responsible cadre');
  requireOneOf(profile.initiator, INITIATORS, 'ACTIVITY.INITIATOR_UNKNOWN', 'profile.initiator');
  if (!Array.isArray(profile.domains) || profile.domains.length === 0) {
    throw validationError('ACTIVITY.DOMAIN_REQUIRED', 'profile.domains', 'at least one domain is required');
  }
  profile.domains.forEach((domain, index) => requireOneOf(domain, CAMPAIGN_DOMAINS, 'ACTIVITY.DOMAIN_UNKNOWN', `profile.domains.${index}`));
  requireLocation(profile);
  if (profile.campaignId !== undefined && command.campaignOpen !== true) {
    throw illegalStateError('ACTIVITY.CAMPAIGN_NOT_OPEN', `campaign ${profile.campaignId} is not open`, { campaignId: profile.campaignId });
  }
  const { name, campaignId, organiserUnitId, domains, location, responsibleCadreId, initiator, coordinationModelId } = profile;
  const { unitId, areaCode, site, flags } = location;
  return compact({
    name,
    campaignId,
    organiserUnitId,
    domains,
    location: compact({ unitId, areaCode, site, flags: areaFlagsOf(flags) }),
    responsibleCadreId,
    initiator,
    coordinationModelId,
  });
}

/** A team with a name and a head count of at least one across the three forces. */
export function requireFormation(formation: Formation): Formation {
  requireText(formation?.formationId, 'ACTIVITY.FORMATION_ID_REQUIRED', 'formation.formationId', 'a formation id');
  requireText(formation.name, 'ACTIVITY.FORMATION_NAME_REQUIRED', 'formation.name', 'a formation name');
  const composition = formation.composition ?? ({} as Formation['composition']);
  for (const force of ['armedForcesYouth', 'localYouth', 'pupilsStudents'] as const) {
    requireWholeNumber(composition[force], 0, 'ACTIVITY.COMPOSITION_INVALID', `formation.composition.${force}`);
  }
  if (composition.armedForcesYouth + composition.localYouth + composition.pupilsStudents === 0) {
    throw validationError('ACTIVITY.COMPOSITION_EMPTY', 'formation.composition', 'a formation needs at least one member');
  }
  if (formation.specialisation !== undefined) {
    requireOneOf(formation.specialisation, SPECIALISATIONS, 'ACTIVITY.SPECIALISATION_UNKNOWN', 'formation.specialisation');
  }
  const { armedForcesYouth, localYouth, pupilsStudents } = composition;
  const { formationId, name, specialisation } = formation;
  return compact({ formationId, name, composition: { armedForcesYouth, localYouth, pupilsStudents }, specialisation });
}
