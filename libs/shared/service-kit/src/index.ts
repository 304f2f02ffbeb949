export { createService, runService, type ServiceDefinition } from './bootstrap';
export { HealthIndicators, type IndicatorStatus } from './health/health-indicators';
export { type DependencyStatus, type ReadinessReport, ReadinessService } from './health/readiness.service';
export { KafkaConnection } from './kafka/kafka-connection';
export { MetricsService } from './metrics/metrics.service';
export { MongoConnection } from './mongo/mongo-connection';
export { ServiceKitModule, type ServiceKitOptions } from './service-kit.module';
export { SERVICE_CONFIG, SERVICE_NAME } from './tokens';
