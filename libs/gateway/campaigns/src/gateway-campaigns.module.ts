import type { KeyObject } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { CAMPAIGNS_CONTEXT } from '@tn/campaigns-contracts';
import { gatewaySlice } from '@tn/gateway-core';
import { ActivitiesResolver } from './activities/activities.resolver';
import { AttendanceResolver, CHECK_IN_KEY } from './attendance/attendance.resolver';
import { shiftAttendanceProjection } from './attendance/shift-attendance.read-model';
import { activityProjection } from './activities/activity.read-model';
import { campaignProjection } from './campaigns/campaign.read-model';
import { CampaignsResolver } from './campaigns/campaigns.resolver';
import { AdoptableTemplatesResolver } from './campaigns/adoptable-templates.resolver';
import { CampaignPageResultsResolver, CampaignResultsResolver } from './campaigns/campaign-results.resolver';
import { outputMeasureProjection } from './outputs/measure.read-model';
import { ActivityResultsResolver, OutputsResolver } from './outputs/outputs.resolver';
import { activityResultsProjection } from './outputs/results.read-model';
import { certificateProjection } from './certificates/certificate.read-model';
import { CERTIFICATE_VERIFY_KEY, CertificatesResolver } from './certificates/certificates.resolver';
import { IssuedCertificatesResolver } from './certificates/issued-certificates.resolver';
import { CampaignsClient } from './core/campaigns-client';
import { ActivityAuditTrailResolver, CampaignAuditTrailResolver } from './history/campaigns-history.resolver';
import { campaignsHistoryProjection } from './history/campaigns-history.read-model';
import { participationProjection } from './participation/participation.read-model';
import { ParticipationResolver } from './participation/participation.resolver';
import { shiftProjection } from './shifts/shift.read-model';
import { ShiftsResolver } from './shifts/shifts.resolver';

export interface GatewayCampaignsOptions {
  /** Consumer group of the campaigns read models (one per gateway deployment; a new one replays every event). */
  groupId?: string;
  /** The Ed25519 public key that verifies certificate codes (CERTIFICATE_VERIFY_KEY; the campaigns service signs). */
  certificateVerifyKey: KeyObject;
  /** The HMAC key of shift check-in codes (`checkInKeyFrom(AUTH_TOKEN_SECRET)`, the same as the campaigns service's). */
  checkInKey: Buffer;
}

/**
 * The campaigns service's part of the API: read models projected from its events, queries,
 * mutations. Rights and the registry's facts come from the registry slice (through its index);
 * the consistency tokens of its mutations are honoured by the core's interceptor, because its
 * projector records its batches in the core's checkpoints. Needs GatewayCoreModule.
 */
@Module({})
export class GatewayCampaignsModule {
  static forRoot(options: GatewayCampaignsOptions): DynamicModule {
    return gatewaySlice({
      module: GatewayCampaignsModule,
      context: CAMPAIGNS_CONTEXT,
      client: CampaignsClient,
      groupId: options.groupId ?? 'gateway-campaigns',
      projections: () => [
        campaignProjection,
        activityProjection,
        shiftProjection,
        participationProjection,
        shiftAttendanceProjection,
        certificateProjection,
        outputMeasureProjection,
        activityResultsProjection,
        campaignsHistoryProjection,
      ],
      providers: [
        { provide: CERTIFICATE_VERIFY_KEY, useValue: options.certificateVerifyKey },
        { provide: CHECK_IN_KEY, useValue: options.checkInKey },
        CampaignsResolver,
        AdoptableTemplatesResolver,
        ActivitiesResolver,
        ShiftsResolver,
        AttendanceResolver,
        ParticipationResolver,
        CertificatesResolver,
        IssuedCertificatesResolver,
        OutputsResolver,
        ActivityResultsResolver,
        CampaignResultsResolver,
        CampaignPageResultsResolver,
        ActivityAuditTrailResolver,
        CampaignAuditTrailResolver,
      ],
    });
  }
}
