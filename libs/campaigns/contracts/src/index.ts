export * from './activity/activity.messages';
export * from './activity/activity-participants.messages';
export * from './attendance/attendance.messages';
export * from './campaign/campaign.messages';
export * from './outputs/catalogue.messages';
export * from './outputs/results.messages';
export * from './recognition/certificate.messages';
export * from './shifts/shift.messages';
export * from './common/command-rights';
export * from './common/vocabulary';
export * from './campaigns-error-codes';
export * from './coordination-models/coordination-model-feed';
export * from './network-directory/network-directory-feed';
export { CAMPAIGNS_CONTEXT, campaignEventTypes } from './campaign-event-types';
export {
  type CertificateCodePayload,
  certificateSigningKeyFrom,
  certificateVerifyKeyFrom,
  isCertificateKey,
  signCertificateCode,
  verifyCertificateCode,
} from './certificate-code';
export { checkInCodeContentAt, checkInKeyFrom, checkInWindowOf, signCheckInCode, verifyCheckInCode, withinCheckInWindow } from './check-in-code';
export * from './read';
