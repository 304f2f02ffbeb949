import type { RouteObject } from 'react-router';

/** Network: groups, partners, agreements, needs and matches. Screens load lazily, when first opened. */
export const networkRoutes: RouteObject[] = [];
