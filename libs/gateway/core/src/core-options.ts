import type { AdmissionOptions } from './command-admission';

/** What the gateway app gives its core once; every slice's client and projector is built from it. */
export interface GatewayCoreOptions {
  brokers: string[];
  /** The shared auth secret: verifies access tokens, seals command payloads, keys the read models' cipher and the consistency tokens. */
  authSecret: Buffer;
  /** Put before every context's topics and the gateway's consumer groups (see KAFKA_TOPIC_PREFIX). */
  topicPrefix?: string;
  /** Load shedding of every service's commands (ADR 0013). */
  admission?: Partial<AdmissionOptions>;
}

/** The Nest token of the GatewayCoreOptions. */
export const GATEWAY_CORE_OPTIONS = Symbol('GATEWAY_CORE_OPTIONS');

/** A context's name as its topics and the gateway's groups spell it (with the deployment's prefix). */
export const prefixedContext = (options: GatewayCoreOptions, context: string): string => `${options.topicPrefix ?? ''}${context}`;
