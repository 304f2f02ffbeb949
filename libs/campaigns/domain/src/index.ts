export * from './common/types';
export { concurrencyError, forbiddenError, illegalStateError, notFoundError, validationError } from './common/errors';

export type * from './campaign/campaign.commands';
export type * from './campaign/campaign.events';
export { CAMPAIGN_STREAM_TYPE, campaignStreamId } from './campaign/campaign.events';
export { campaignDecider } from './campaign/campaign.decide';
export * from './campaign/campaign.types';

export type * from './activity/activity.commands';
export type * from './activity/activity.events';
export { ACTIVITY_STREAM_TYPE, activityStreamId } from './activity/activity.events';
export { activityDecider } from './activity/activity.decide';
export * from './activity/activity.types';
export type * from './activity/activity-participants';

export type * from './shifts/shift.commands';
export type * from './shifts/shift.events';
export { SHIFT_STREAM_TYPE, shiftStreamId } from './shifts/shift.events';
export { shiftDecider } from './shifts/shift.decide';
export * from './shifts/shift.types';

export type * from './attendance/attendance.commands';
export type * from './attendance/attendance.events';
export { ATTENDANCE_STREAM_TYPE, attendanceStreamId } from './attendance/attendance.events';
export { attendanceDecider } from './attendance/attendance.decide';
export * from './attendance/attendance.types';

export type * from './recognition/certificate.commands';
export type * from './recognition/certificate.events';
export { CERTIFICATE_STREAM_TYPE, certificateStreamId } from './recognition/certificate.events';
export * from './recognition/certificate.criteria';
export * from './recognition/certificate.decide';

export type * from './outputs/catalogue.commands';
export type * from './outputs/catalogue.events';
export { OUTPUT_CATALOGUE_STREAM_TYPE, outputCatalogueStreamId } from './outputs/catalogue.events';
export { catalogueDecider } from './outputs/catalogue.decide';
export { catalogueOf } from './outputs/catalogue.evolve';
export * from './outputs/output-measures';
export type * from './outputs/results.commands';
export type * from './outputs/results.events';
export { ACTIVITY_RESULTS_STREAM_TYPE, activityResultsStreamId } from './outputs/results.events';
export { resultsDecider } from './outputs/results.decide';
export * from './outputs/results.types';
export type * from './outputs/resource-agreement';
