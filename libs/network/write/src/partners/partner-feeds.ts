import type { Db } from 'mongodb';
import { eventTopicOf } from '@tn/shared-event-bus';
import type { ProjectionsOptions } from '@tn/shared-event-sourcing-nest';
import { HIERARCHY_CONTEXT } from '@tn/shared-unit-hierarchy';
import type { NetworkLookups } from '../lookups';
import { partnerAccountLookupsFrom } from './partner-account-lookups';
import { PARTNER_ACCOUNTS_PROJECTION, partnerAccountsProjection } from './partner-accounts.projection';
import { REGISTRY_ACCOUNTS_PROJECTION, registryAccountsProjection } from './registry-accounts.projection';

/**
 * What the partners area keeps beside its streams, for the module to mount: the registry's
 * accounts (from the registry's topic) and the service's own partner-account links (from the
 * network's topic), each under its own consumer group, and the two look-ups they answer.
 * `topicPrefix` is the deployment's KAFKA_TOPIC_PREFIX; `topic` the network service's event topic.
 */
export function partnerFeedsOf(options: { topicPrefix: string; topic: string; db: () => Db }): {
  projections: ProjectionsOptions[];
  lookups: Pick<NetworkLookups, 'accountOf' | 'partnerOfAccount'>;
} {
  const { topicPrefix, topic, db } = options;
  return {
    projections: [
      {
        groupId: `${topicPrefix}${REGISTRY_ACCOUNTS_PROJECTION.groupSuffix}`,
        topics: [eventTopicOf(`${topicPrefix}${HIERARCHY_CONTEXT}`)],
        projections: [registryAccountsProjection],
      },
      { groupId: `${topicPrefix}${PARTNER_ACCOUNTS_PROJECTION.groupSuffix}`, topics: [topic], projections: [partnerAccountsProjection] },
    ],
    lookups: partnerAccountLookupsFrom(db),
  };
}
