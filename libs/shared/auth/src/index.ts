export { type AccessClaims, signAccessToken, TokenError, verifyAccessToken } from './access-token';
export { DECOY_PASSWORD_HASH, hashPassword, verifyPassword } from './password';
export { allows, type Grant, type Permission, PERMISSIONS, permissionsOf, ROLE_NAMES, type RoleName, scopeOf } from './permissions';
export { hashRefreshToken, newRefreshToken, parseRefreshToken } from './refresh-token';
export { CONTACT_FIELDS, personalFieldsShown, SHOWN_PERSONAL_FIELDS } from './personal-fields';
export { openFor, openSealedJson, openSecret, sealFor, sealJson, type SealPurpose, sealSecret } from './sealed-secret';
