import type { RouteObject } from 'react-router';

/** Team leaders' and volunteers' screens: the day's shifts, check-in (offline too), sign-ups, hours. Screens load lazily, when first opened. */
export const fieldRoutes: RouteObject[] = [];
