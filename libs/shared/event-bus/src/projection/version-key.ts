/**
 * A stream id as a field name of `_versions`. MongoDB field names may not hold "." (a path
 * separator) nor start with "$" (an operator), so those are percent-encoded; "%" is encoded
 * too, so that two different stream ids never share a key.
 */
export const versionKeyOf = (streamId: string): string =>
  streamId.replace(/%/g, '%25').replace(/\./g, '%2E').replace(/\$/g, '%24');

export const streamIdOfVersionKey = (key: string): string =>
  key.replace(/%2E/g, '.').replace(/%24/g, '$').replace(/%25/g, '%');
