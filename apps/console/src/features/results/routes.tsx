import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { load } from '../../shared/load';

const ActivityResultsPage = lazy(() => import('./ActivityResultsPage'));
const CampaignCertificatesPage = lazy(() => import('./CampaignCertificatesPage'));
const MyCertificatesPage = lazy(() => import('./MyCertificatesPage'));
const CertificatePrintPage = lazy(() => import('./CertificatePrintPage'));

/** Results: an activity's attendance and outputs, a campaign's certificates, a volunteer's own certificates and their print view. */
export const resultsRoutes: RouteObject[] = [
  { path: 'results/activities/:activityId', element: load(<ActivityResultsPage />) },
  { path: 'results/campaigns/:campaignId', element: load(<CampaignCertificatesPage />) },
  { path: 'my/certificates', element: load(<MyCertificatesPage />) },
  { path: 'certificates/:certificateId/print', element: load(<CertificatePrintPage />) },
];
