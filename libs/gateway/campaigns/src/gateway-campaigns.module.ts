import { type KeyObject, randomUUID } from 'node:crypto';
import { type DynamicModule, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CAMPAIGNS_CONTEXT } from '@tn/campaigns-contracts';
import { type AdmissionOptions, type BackendServices, ProjectionCheckpoints, watchServiceClient } from '@tn/gateway-registry';
import { eventTopicOf } from '@tn/shared-event-bus';
import { ProjectionsModule } from '@tn/shared-event-sourcing-nest';
import { HealthIndicators, MetricsService, MongoConnection } from '@tn/shared-service-kit';
import type { Connection } from 'mongoose';
import { ActivitiesResolver } from './activities/activities.resolver';
import { AttendanceResolver, CHECK_IN_KEY } from './attendance/attendance.resolver';
import { shiftAttendanceProjection } from './attendance/shift-attendance.read-model';
import { activityProjection } from './activities/activity.read-model';
import { campaignProjection } from './campaigns/campaign.read-model';
import { CampaignsResolver } from './campaigns/campaigns.resolver';
import { CampaignPageResultsResolver, CampaignResultsResolver } from './campaigns/campaign-results.resolver';
import { outputMeasureProjection } from './outputs/measure.read-model';
import { ActivityResultsResolver, OutputsResolver } from './outputs/outputs.resolver';
import { activityResultsProjection } from './outputs/results.read-model';
import { certificateProjection } from './certificates/certificate.read-model';
import { CERTIFICATE_VERIFY_KEY, CertificatesResolver } from './certificates/certificates.resolver';
import { CampaignsClient } from './core/campaigns-client';
import { useCampaignsReadModelConnection } from './core/campaigns-directory';
import { participationProjection } from './participation/participation.read-model';
import { ParticipationResolver } from './participation/participation.resolver';
import { shiftProjection } from './shifts/shift.read-model';
import { ShiftsResolver } from './shifts/shifts.resolver';

/** Connects the campaigns client in the background and reports it in readiness. */
@Injectable()
class CampaignsClientLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly client: CampaignsClient,
    mongo: MongoConnection,
    indicators: HealthIndicators,
    metrics: MetricsService,
  ) {
    useCampaignsReadModelConnection(mongo.connection);
    watchServiceClient('campaigns', client, { indicators, metrics });
  }

  onApplicationBootstrap(): void {
    void this.client.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}

export interface GatewayCampaignsOptions {
  brokers: string[];
  /** Put before the campaigns service's topics and the gateway's consumer groups (see KAFKA_TOPIC_PREFIX). */
  topicPrefix?: string;
  /** Consumer group of the campaigns read models (one per gateway deployment). */
  groupId?: string;
  /** Where platformStatus finds the campaigns service's command path. */
  services?: BackendServices;
  /** Load shedding of its commands (ADR 0013). */
  admission?: Partial<AdmissionOptions>;
  /** The Ed25519 public key that verifies certificate codes (CERTIFICATE_VERIFY_KEY; the campaigns service signs). */
  certificateVerifyKey: KeyObject;
  /** The HMAC key of shift check-in codes (`checkInKeyFrom(AUTH_TOKEN_SECRET)`, the same as the campaigns service's). */
  checkInKey: Buffer;
  /** The shared auth secret that seals command payloads (personal data is never in clear on Kafka). */
  sealingSecret: Buffer;
}

/**
 * The campaigns service's part of the API: read models projected from its events, queries,
 * mutations. Rights and the registry's facts come from the registry slice's read models; the
 * consistency tokens of its mutations are honoured by the registry slice's interceptor, because
 * the projector records its batches in the same checkpoints (`gw_checkpoints`).
 */
@Module({})
export class GatewayCampaignsModule {
  static forRoot(options: GatewayCampaignsOptions): DynamicModule {
    const context = `${options.topicPrefix ?? ''}${CAMPAIGNS_CONTEXT}`;
    const client = new CampaignsClient({
      context,
      brokers: options.brokers,
      clientId: 'gateway-campaigns',
      sealingSecret: options.sealingSecret,
      // Each instance reads every reply in a group of its own: not named by the process id, which
      // is 1 in every container (two gateways would share a group and each miss half the replies).
      replyGroupId: `${options.topicPrefix ?? ''}gateway-campaigns-replies-${randomUUID()}`,
      admission: options.admission,
    });
    options.services?.add('campaigns', client);
    let connection: Connection | undefined;
    const checkpoints = new ProjectionCheckpoints(() => {
      if (!connection) throw new Error('read-model connection not ready');
      return connection;
    });
    const projections = ProjectionsModule.forRoot({
      groupId: options.groupId ?? 'gateway-campaigns',
      topics: [eventTopicOf(context)],
      projections: [campaignProjection, activityProjection, shiftProjection, participationProjection, shiftAttendanceProjection, certificateProjection, outputMeasureProjection, activityResultsProjection],
      onBatchProjected: (envelopes) => checkpoints.record(envelopes),
    });
    return {
      module: GatewayCampaignsModule,
      imports: [projections],
      providers: [
        { provide: CampaignsClient, useValue: client },
        { provide: CERTIFICATE_VERIFY_KEY, useValue: options.certificateVerifyKey },
        { provide: CHECK_IN_KEY, useValue: options.checkInKey },
        {
          provide: CampaignsClientLifecycle,
          inject: [MongoConnection, HealthIndicators, MetricsService],
          useFactory: (mongo: MongoConnection, indicators: HealthIndicators, metrics: MetricsService) => {
            connection = mongo.connection;
            return new CampaignsClientLifecycle(client, mongo, indicators, metrics);
          },
        },
        CampaignsResolver,
        ActivitiesResolver,
        ShiftsResolver,
        AttendanceResolver,
        ParticipationResolver,
        CertificatesResolver,
        OutputsResolver,
        ActivityResultsResolver,
        CampaignResultsResolver,
        CampaignPageResultsResolver,
      ],
      exports: [CampaignsClient],
    };
  }
}
