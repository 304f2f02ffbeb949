export * from './activity/activity.messages';
export * from './attendance/attendance.messages';
export * from './campaign/campaign.messages';
export * from './outputs/catalogue.messages';
export * from './outputs/results.messages';
export * from './recognition/certificate.messages';
export * from './shifts/shift.messages';
export * from './common/command-rights';
export * from './common/vocabulary';
export * from './campaigns-error-codes';
export { CAMPAIGNS_CONTEXT, campaignEventTypes } from './campaign-event-types';
export {
  type CertificateCodeCheck,
  type CertificateCodePayload,
  certificateSigningKeyFrom,
  certificateVerifyKeyFrom,
  isCertificateKey,
  signCertificateCode,
  verifyCertificateCode,
} from './certificate-code';
export {
  CHECK_IN_CODE_TTL_MS,
  CHECK_IN_MARGIN_MS,
  checkInCodeContentAt,
  type CheckInCodeCheck,
  type CheckInCodeContent,
  checkInKeyFrom,
  checkInWindowOf,
  signCheckInCode,
  verifyCheckInCode,
  withinCheckInWindow,
} from './check-in-code';
export * from './read';
