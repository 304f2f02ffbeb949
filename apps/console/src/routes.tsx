import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { load } from './shared/load';
import { SignInPage } from './features/sign-in/SignInPage';
import { RequireSession } from './session/RequireSession';
import { fieldRoutes } from './features/field/routes';
import { historyRoutes } from './features/history/routes';
import { networkRoutes } from './features/network/routes';
import { operationsRoutes } from './features/operations/routes';
import { resultsRoutes } from './features/results/routes';
import { trainingRoutes } from './features/training/routes';

// Only the sign-in page is in the first bundle; every other screen loads when first opened.
const Shell = lazy(() => import('./shell/Shell'));
const UnitTreePage = lazy(() => import('./features/units/UnitTreePage'));
const UnitPage = lazy(() => import('./features/units/UnitPage'));
const DashboardPage = lazy(() => import('./features/dashboard/DashboardPage'));
const PeoplePage = lazy(() => import('./features/people/PeoplePage'));
const CampaignsPage = lazy(() => import('./features/campaigns/CampaignsPage'));
const CampaignPage = lazy(() => import('./features/campaigns/CampaignPage'));
const ReportsPage = lazy(() => import('./features/reports/ReportsPage'));
const ReportPage = lazy(() => import('./features/reports/ReportPage'));
const VerifyCertificatePage = lazy(() => import('./features/certificates/VerifyCertificatePage'));
const NotFound = lazy(() => import('./shell/NotFound'));
const HomeRedirect = lazy(() => import('./shell/HomeRedirect'));

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/verify', element: load(<VerifyCertificatePage />) },
  {
    path: '/',
    element: <RequireSession>{load(<Shell />)}</RequireSession>,
    children: [
      { index: true, element: load(<HomeRedirect />) },
      { path: 'units', element: load(<UnitTreePage />) },
      { path: 'units/:unitId', element: load(<UnitPage />) },
      { path: 'units/:unitId/dashboard', element: load(<DashboardPage />) },
      { path: 'units/:unitId/people', element: load(<PeoplePage />) },
      { path: 'units/:unitId/campaigns', element: load(<CampaignsPage />) },
      { path: 'campaigns/:campaignId', element: load(<CampaignPage />) },
      { path: 'units/:unitId/reports', element: load(<ReportsPage />) },
      { path: 'reports/:unitId/:templateId/:period', element: load(<ReportPage />) },
      ...operationsRoutes,
      ...resultsRoutes,
      ...trainingRoutes,
      ...networkRoutes,
      ...fieldRoutes,
      ...historyRoutes,
      { path: '*', element: load(<NotFound />) },
    ],
  },
]);
