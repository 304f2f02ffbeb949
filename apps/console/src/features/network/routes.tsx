import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { load } from '../../shared/load';

const NetworkPage = lazy(() => import('./NetworkPage'));
const NeedPage = lazy(() => import('./NeedPage'));

/** Network: groups, partners, agreements, needs and matches. Screens load lazily, when first opened. */
export const networkRoutes: RouteObject[] = [
  { path: 'units/:unitId/network', element: load(<NetworkPage />) },
  { path: 'network/needs/:needId', element: load(<NeedPage />) },
];
