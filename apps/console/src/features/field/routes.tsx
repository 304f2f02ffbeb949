import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { load } from '../../shared/load';

const TodayPage = lazy(() => import('./TodayPage'));
const ShiftCheckInPage = lazy(() => import('./ShiftCheckInPage'));
const MyPage = lazy(() => import('./MyPage'));
const CodeCheckInPage = lazy(() => import('./CodeCheckInPage'));

/** Team leaders' and volunteers' screens: the day's shifts, check-in (offline too), sign-ups, hours. Screens load lazily, when first opened. */
export const fieldRoutes: RouteObject[] = [
  { path: 'field/today', element: load(<TodayPage />) },
  { path: 'field/shifts/:shiftId', element: load(<ShiftCheckInPage />) },
  { path: 'field/me', element: load(<MyPage />) },
  { path: 'field/check-in', element: load(<CodeCheckInPage />) },
];
