import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { load } from '../../shared/load';

const CoursesPage = lazy(() => import('./CoursesPage'));
const CoursePage = lazy(() => import('./CoursePage'));
const QualificationsPage = lazy(() => import('./QualificationsPage'));
const PersonQualificationsPage = lazy(() => import('./PersonQualificationsPage'));

/** Training: courses, enrolments, qualifications and expiry warnings. Screens load lazily, when first opened. */
export const trainingRoutes: RouteObject[] = [
  { path: 'units/:unitId/training', element: load(<CoursesPage />) },
  { path: 'units/:unitId/training/qualifications', element: load(<QualificationsPage />) },
  { path: 'training/courses/:courseId', element: load(<CoursePage />) },
  { path: 'training/people/:personId', element: load(<PersonQualificationsPage />) },
];
