// The courses area's messages, error codes and read helpers (filled in by its issue-14 work).
export const COURSE_ERROR_CODES = [] as const;
export const courseEventTypes = [] as const;
