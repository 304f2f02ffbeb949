// The assessments area's messages, error codes and read helpers (filled in by its issue-14 work).
export const ASSESSMENT_ERROR_CODES = [] as const;
export const assessmentEventTypes = [] as const;
