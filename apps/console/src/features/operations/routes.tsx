import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { load } from '../../shared/load';

const ActivityPage = lazy(() => import('./ActivityPage'));

/** Campaign operations: adoption, activities, shifts, sign-ups, attendance, outputs, certificates. Screens load lazily, when first opened. */
export const operationsRoutes: RouteObject[] = [{ path: 'activities/:activityId', element: load(<ActivityPage />) }];
