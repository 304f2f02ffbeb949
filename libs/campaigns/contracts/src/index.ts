export * from './activity/activity.messages';
export * from './common/command-rights';
export * from './common/vocabulary';
export { attendanceEventTypes } from './attendance-event-types';
export { CAMPAIGNS_CONTEXT, campaignEventTypes, campaignStreamEventTypes } from './campaign-event-types';
export { recognitionEventTypes } from './recognition-event-types';
export { outputEventTypes } from './output-event-types';
export { shiftEventTypes } from './shift-event-types';
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
