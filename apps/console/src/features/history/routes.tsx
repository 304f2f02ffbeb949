import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { load } from '../../shared/load';

const AuditTrailPage = lazy(() => import('./AuditTrailPage'));

/** History: who did what and when to a unit, campaign, activity or volunteer (`kind`). */
export const historyRoutes: RouteObject[] = [{ path: 'history/:kind/:id', element: load(<AuditTrailPage />) }];
