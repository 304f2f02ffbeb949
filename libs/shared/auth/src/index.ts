export { type AccessClaims, signAccessToken, TokenError, verifyAccessToken } from './access-token';
export { DECOY_PASSWORD_HASH, hashPassword, verifyPassword } from './password';
export { allows, type Grant, type Permission, permissionsOf, scopeOf } from './permissions';
export { hashRefreshToken, newRefreshToken, parseRefreshToken } from './refresh-token';
export { personalFieldsShown } from './personal-fields';
export { openSealedJson, openSecret, sealFor, sealJson, sealSecret } from './sealed-secret';
