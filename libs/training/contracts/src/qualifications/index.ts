// The qualifications area's messages, error codes and read helpers (filled in by its issue-14 work).
export const QUALIFICATION_ERROR_CODES = [] as const;
export const qualificationEventTypes = [] as const;
