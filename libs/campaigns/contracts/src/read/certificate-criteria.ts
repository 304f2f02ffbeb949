/**
 * When a Youth Volunteer Certificate (or Badge) is earned. Configurable per campaign or plan;
 * every criterion given must be met. Hours and activities are counted in the certificate's scope
 * (a campaign, or the whole record when no campaign is named).
 */
export interface CertificateCriteria {
  minimumHours?: number;
  minimumActivities?: number;
}

/** The volunteer's participation in scope, computed by the read side from attendance and activities. */
export interface ParticipationFacts {
  hours: number;
  activities: number;
}

/** A default for campaigns that configure nothing: 40 hours in at least two activities. */
export const DEFAULT_CERTIFICATE_CRITERIA: Readonly<CertificateCriteria> = Object.freeze({ minimumHours: 40, minimumActivities: 2 });

/** The criteria a campaign applies: its own, else the platform default (campaigns created before criteria were configurable have none). */
export const criteriaOfCampaign = (definition: { certificateCriteria?: CertificateCriteria }): CertificateCriteria =>
  definition.certificateCriteria ? { ...definition.certificateCriteria } : { ...DEFAULT_CERTIFICATE_CRITERIA };
