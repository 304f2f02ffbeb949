import 'reflect-metadata';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import pino from 'pino';
import { ConfigError, type ServiceConfig } from '@tn/shared-config';
import { errorKindOf } from './kafka/kafka-log-text';
import { MetricsService } from './metrics/metrics.service';
import { type RequestErrorBody, useRequestBodies } from './request-body';

export interface ServiceDefinition<C extends ServiceConfig> {
  service: string;
  /** Reads and validates the app's configuration from the environment (the app's config file). */
  loadConfig: (env?: Record<string, string | undefined>) => C;
  /** Builds the app's root module from its configuration. */
  rootModule: (config: C) => DynamicModule;
  /** Runs after the application is created and before it listens (e.g. to connect Kafka transports). */
  beforeListen?: (app: INestApplication, config: C) => Promise<void>;
  /** How a refused request body (too large, unreadable) is answered; GraphQL-shaped English by default. */
  requestErrorBody?: RequestErrorBody;
}

/** Create a service's Nest application (not yet listening). */
export async function createService<C extends ServiceConfig>(definition: ServiceDefinition<C>, config: C): Promise<INestApplication> {
  // Bodies are parsed by useRequestBodies, which answers refused ones in the API's own shape.
  const app = await NestFactory.create<NestExpressApplication>(definition.rootModule(config), { bufferLogs: true, bodyParser: false });
  // Naming the framework only helps whoever probes for its weaknesses.
  app.disable('x-powered-by');
  useRequestBodies(app, definition.requestErrorBody);
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await definition.beforeListen?.(app, config);
  return app;
}

/**
 * The whole of an app's `main.ts`: validate configuration (a bad or missing variable stops
 * start-up with a message naming it), create the application, listen.
 */
export async function runService<C extends ServiceConfig>(definition: ServiceDefinition<C>): Promise<void> {
  let config: C;
  try {
    config = definition.loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    pino({ base: { service: definition.service }, messageKey: 'msg' }, pino.destination(2)).fatal({ problems: error.problems }, error.message);
    process.exitCode = 1;
    return;
  }
  const app = await createService(definition, config);
  routeProcessWarningsToLog(app.get(Logger));
  const metrics = app.get(MetricsService);
  outliveStrayKafkaRejections(app.get(Logger), process, () => metrics.unhandledKafkaRejections.inc());
  await app.listen(config.HTTP_PORT, config.HTTP_HOST);
  app.get(Logger).log(`${definition.service} listening on ${config.HTTP_HOST}:${config.HTTP_PORT}`, 'Bootstrap');
}

/**
 * Node prints process warnings as plain text on stderr, which breaks JSON log lines. Send them
 * through the service's logger instead. kafkajs 2.2.4 schedules a timer with a negative delay
 * on every request queue check (harmless, Node clamps it to 1 ms): that one is dropped.
 */
function routeProcessWarningsToLog(logger: Logger): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name === 'TimeoutNegativeWarning') return;
    logger.warn(`${warning.name}: ${warning.message}`, 'Process');
  });
}

/**
 * kafkajs and Nest's Kafka transport have fire-and-forget paths (a reply sent from a nextTick, a
 * restart timer) whose rejections nobody handles; Node exits on those, and a service died a few
 * seconds after the broker went (issue 11). A rejection by a kafkajs error is logged (its class
 * and code chain, no message text) and the service carries on: its connections reconnect by
 * themselves and readiness says meanwhile that Kafka is gone. Each is counted
 * (tn_unhandled_kafka_rejections_total): one from our own code would mean a loop of ours
 * stopped, so alert on any. Anything else still ends the process, as Node would.
 */
export function outliveStrayKafkaRejections(
  logger: Pick<Logger, 'error'>,
  on: Pick<NodeJS.Process, 'on'> = process,
  counted: () => void = () => undefined,
): void {
  on.on('unhandledRejection', (reason: unknown) => {
    if (!isKafkaJsError(reason)) throw reason;
    counted();
    logger.error(`unhandled Kafka failure (${errorKindOf(reason) ?? 'unknown'}); carrying on, the connection recovers by itself`, 'Process');
  });
}

/** kafkajs's errors all descend from KafkaJSError, whose subclasses are named KafkaJS…. */
const isKafkaJsError = (value: unknown): value is Error => value instanceof Error && value.name.startsWith('KafkaJS');
