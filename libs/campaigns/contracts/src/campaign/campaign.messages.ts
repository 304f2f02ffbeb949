import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsNonEmptyText, Nested, NestedList, streamIdOf } from '@tn/shared-event-contracts';
import { Allow, IsArray, IsBoolean, IsOptional, IsString } from 'class-validator';
import { organising } from '../common/command-rights';
import type { Initiator } from '../common/vocabulary';
import type { CampaignDomain } from '../read/campaign-domains';
import { CertificateCriteriaPart } from '../recognition/certificate.messages';

/**
 * Campaigns, templates and local instances (one stream per campaign). A unit's own campaign, a
 * template a higher unit publishes, and a lower unit's local instance of it share one definition.
 * Command fields are checked for shape only; the decider checks meaning with its own error codes.
 */

export const CAMPAIGN_STREAM_TYPE = 'campaign';
export const campaignStreamId = (campaignId: string) => streamIdOf(CAMPAIGN_STREAM_TYPE, campaignId);

/** Regular volunteering (thường xuyên), periodic campaigns (theo đợt), or a peak campaign. */
export const CAMPAIGN_KINDS = ['regular', 'periodic', 'peak'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** The national peak campaigns (domain.md §5); a peak campaign names exactly one. */
export const PEAK_TEMPLATES = ['border-spring', 'youth-month', 'summer-volunteer', 'exam-season-relay'] as const;
export type PeakTemplate = (typeof PEAK_TEMPLATES)[number];

// ---- parts ---------------------------------------------------------------------------------

/**
 * A goal with its measure. `measure` is a key of the extensible output catalogue
 * (`rural-road-km`, `houses`, `trees`, `beneficiaries`, `blood-units`, `play-spaces`, ...).
 */
export class CampaignGoal {
  @IsString() measure!: string;
  @IsFiniteNumber() target!: number;
}

/** What a campaign is, as a command states it; absent `goals` are none. */
export class CampaignDefinitionPart {
  @IsString() name!: string;
  @IsString() kind!: CampaignKind;
  /** Required for (and only for) peak campaigns. */
  @IsOptional() @IsString() peakTemplate?: PeakTemplate;
  @IsArray() @IsString({ each: true }) domains!: CampaignDomain[];
  @IsString() startsOn!: string;
  @IsString() endsOn!: string;
  @IsOptional() @NestedList(() => CampaignGoal) goals?: CampaignGoal[];
  /** An id from training's catalogue of coordination models (K3): the service accepts only a published one (ADR 0019). */
  @IsOptional() @IsString() coordinationModelId?: string;
  @IsString() initiator!: Initiator;
  /** When a volunteer earns the campaign's certificate; absent: the platform default. */
  @IsOptional() @Nested(() => CertificateCriteriaPart) certificateCriteria?: CertificateCriteriaPart;
}

// ---- commands ------------------------------------------------------------------------------

/** A unit launches its own campaign. */
export class LaunchCampaign {
  @IsString() campaignId!: string;
  @IsString() organiserUnitId!: string;
  @Nested(() => CampaignDefinitionPart) definition!: CampaignDefinitionPart;
  @IsString() launchedOn!: string;
}
/** A higher unit publishes a campaign template (for example the province's Summer campaign). */
export class PublishCampaignTemplate {
  @IsString() campaignId!: string;
  @IsString() publisherUnitId!: string;
  @Nested(() => CampaignDefinitionPart) definition!: CampaignDefinitionPart;
  @IsString() publishedOn!: string;
}
/**
 * Decided on the template's stream, which records one adoption per unit. `localCampaignId` is the
 * id the local instance will have. `adoptingUnitIsBelowPublisher` is a hierarchy fact the caller
 * (the gateway, from its unit read models) supplies.
 */
export class AdoptCampaignTemplate {
  @IsString() templateCampaignId!: string;
  @IsString() adoptingUnitId!: string;
  @IsString() localCampaignId!: string;
  @IsString() adoptedOn!: string;
  @IsBoolean() adoptingUnitIsBelowPublisher!: boolean;
}
/** Second step of an adoption, on the new local stream; the local unit may name its own coordination model (a published one). */
export class OpenLocalCampaign {
  @IsString() campaignId!: string;
  @IsString() organiserUnitId!: string;
  @IsString() templateCampaignId!: string;
  @IsOptional() @IsString() coordinationModelId?: string;
  @IsString() openedOn!: string;
}
/** Name (or change) the coordination model the campaign applies (K3). Decided, not yet routed by the service. */
export class ApplyCoordinationModel {
  @IsString() campaignId!: string;
  @IsString() coordinationModelId!: string;
  @IsString() appliedOn!: string;
}
/** A closed campaign takes no changes; a closed template takes no adoptions. Decided, not yet routed by the service. */
export class CloseCampaign {
  @IsString() campaignId!: string;
  @IsString() closedOn!: string;
}

export const campaignCommandTypes = [
  commandType('LaunchCampaign', LaunchCampaign, {
    streamId: (p) => campaignStreamId(p.campaignId),
    rights: (p) => organising(p.organiserUnitId, 'organiserUnitId'),
  }),
  commandType('PublishCampaignTemplate', PublishCampaignTemplate, {
    streamId: (p) => campaignStreamId(p.campaignId),
    rights: (p) => organising(p.publisherUnitId, 'publisherUnitId'),
  }),
  // An adoption is decided on the template's stream.
  commandType('AdoptCampaignTemplate', AdoptCampaignTemplate, {
    streamId: (p) => campaignStreamId(p.templateCampaignId),
    rights: (p) => organising(p.adoptingUnitId, 'adoptingUnitId'),
  }),
  commandType('OpenLocalCampaign', OpenLocalCampaign, {
    streamId: (p) => campaignStreamId(p.campaignId),
    rights: (p) => organising(p.organiserUnitId, 'organiserUnitId'),
  }),
] as const;

// ---- events --------------------------------------------------------------------------------

/** The definition of a campaign, flattened into each event that creates one. */
class CampaignDefinitionData {
  @IsNonEmptyText() name!: string;
  @IsNonEmptyText() kind!: CampaignKind;
  @IsOptional() @IsString() peakTemplate?: PeakTemplate;
  @IsArray() @IsString({ each: true }) domains!: CampaignDomain[];
  @IsIsoDate() startsOn!: string;
  @IsIsoDate() endsOn!: string;
  /** `[{ measure, target }]` */
  @Allow() goals!: CampaignGoal[];
  @IsOptional() @IsString() coordinationModelId?: string;
  @IsNonEmptyText() initiator!: Initiator;
  /**
   * Added later within version 1: events written before it lack it and read as the platform
   * default criteria (40 hours, 2 activities), so no upcaster is needed and no stored event changes.
   */
  @IsOptional() @Nested(() => CertificateCriteriaPart) certificateCriteria?: CertificateCriteriaPart;
}

export class CampaignLaunched extends CampaignDefinitionData {
  @IsNonEmptyText() campaignId!: string;
  @IsNonEmptyText() organiserUnitId!: string;
  @IsIsoDate() launchedOn!: string;
}
export class CampaignTemplatePublished extends CampaignDefinitionData {
  @IsNonEmptyText() campaignId!: string;
  @IsNonEmptyText() publisherUnitId!: string;
  @IsIsoDate() publishedOn!: string;
}
/** Recorded on the template's stream: this unit's local instance is `localCampaignId`. */
export class CampaignTemplateAdopted {
  @IsNonEmptyText() templateCampaignId!: string;
  @IsNonEmptyText() adoptingUnitId!: string;
  @IsNonEmptyText() localCampaignId!: string;
  @IsIsoDate() adoptedOn!: string;
}
/** The first event of a local instance's own stream. */
export class LocalCampaignOpened extends CampaignDefinitionData {
  @IsNonEmptyText() campaignId!: string;
  @IsNonEmptyText() organiserUnitId!: string;
  @IsNonEmptyText() templateCampaignId!: string;
  @IsIsoDate() openedOn!: string;
}
export class CampaignCoordinationModelApplied {
  @IsNonEmptyText() campaignId!: string;
  @IsNonEmptyText() coordinationModelId!: string;
  @IsIsoDate() appliedOn!: string;
}
export class CampaignClosed {
  @IsNonEmptyText() campaignId!: string;
  @IsIsoDate() closedOn!: string;
}

/** Campaigns, templates and local instances (one stream per campaign). */
export const campaignStreamEventTypes = [
  eventType('CampaignLaunched', CampaignLaunched),
  eventType('CampaignTemplatePublished', CampaignTemplatePublished),
  eventType('CampaignTemplateAdopted', CampaignTemplateAdopted),
  eventType('LocalCampaignOpened', LocalCampaignOpened),
  eventType('CampaignCoordinationModelApplied', CampaignCoordinationModelApplied),
  eventType('CampaignClosed', CampaignClosed),
] as const;
