import type { RouteObject } from 'react-router';

/** Training: courses, enrolments, qualifications and expiry warnings. Screens load lazily, when first opened. */
export const trainingRoutes: RouteObject[] = [];
