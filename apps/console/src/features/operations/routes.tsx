import type { RouteObject } from 'react-router';

/** Campaign operations: adoption, activities, shifts, sign-ups, attendance, outputs, certificates. Screens load lazily, when first opened. */
export const operationsRoutes: RouteObject[] = [];
