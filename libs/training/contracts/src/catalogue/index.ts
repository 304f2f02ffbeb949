// The catalogue area's messages, error codes and read helpers (filled in by its issue-14 work).
export const CATALOGUE_ERROR_CODES = [] as const;
export const catalogueEventTypes = [] as const;
