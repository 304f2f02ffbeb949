export { attendanceRoutes, toRecordAttendance } from './attendance-routes';
export { activityRoutes, toActivityCommand } from './activity-routes';
export { campaignRoutes, definitionOf, toCampaignCommand } from './campaign-routes';
export { type CampaignLookups, lookupsFrom } from './lookups';
export { certificateCodeOf, certificateCodePayloadOf } from './certificate-code';
export { type ParticipationRouteOptions, participationRoutes, toIssueCertificate, toShiftCommand } from './participation-routes';
export { CAMPAIGN_PERMISSIONS, campaignAllows, type CampaignPermission, campaignPermissionsOf } from './service/campaign-permissions';
export { campaignsAuthoriser } from './service/campaigns-authoriser';
export { allCampaignRoutes, CampaignsWriteModule } from './service/campaigns-write.module';
