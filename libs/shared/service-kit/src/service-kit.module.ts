import { type DynamicModule, Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { ServiceConfig } from '@tn/shared-config';
import { HealthController } from './health/health.controller';
import { HealthIndicators } from './health/health-indicators';
import { ReadinessService } from './health/readiness.service';
import { KafkaConnection } from './kafka/kafka-connection';
import { loggerOptions } from './logging/logger-options';
import { HttpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { MetricsServer } from './metrics/metrics-server';
import { MetricsService } from './metrics/metrics.service';
import { MongoConnection } from './mongo/mongo-connection';
import { SERVICE_CONFIG, SERVICE_NAME } from './tokens';

export interface ServiceKitOptions {
  /** Short service name: used as Kafka client id, log and metric label. */
  service: string;
  config: ServiceConfig;
}

/**
 * What every TinhNguyen service has: JSON logs, its MongoDB database and Kafka client,
 * liveness/readiness endpoints and Prometheus metrics (on their own port). Apps import it once in their root module.
 */
@Global()
@Module({})
export class ServiceKitModule implements NestModule {
  static forRoot({ service, config }: ServiceKitOptions): DynamicModule {
    return {
      module: ServiceKitModule,
      imports: [LoggerModule.forRoot(loggerOptions(service, config))],
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_NAME, useValue: service },
        { provide: SERVICE_CONFIG, useValue: config },
        MetricsService,
        MetricsServer,
        MongoConnection,
        KafkaConnection,
        HealthIndicators,
        ReadinessService,
      ],
      exports: [SERVICE_NAME, SERVICE_CONFIG, MetricsService, MetricsServer, MongoConnection, KafkaConnection, HealthIndicators, ReadinessService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*');
  }
}
