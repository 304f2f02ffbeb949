import { type RegistryRequest, registryRequestsTopicOf } from '@tn/registry-contracts';
import { apiError, fromCommandReplyError, type Language } from '@tn/gateway-graphql-kit';
import { ServiceClient, type ServiceClientOptions } from '@tn/gateway-core';

/** The registry's client: its commands, and the requests of `registry.requests` (sign-in, reveal, subject rights). */
export class RegistryClient extends ServiceClient {
  constructor(options: Omit<ServiceClientOptions, 'requestTopics'>) {
    super({ ...options, requestTopics: [registryRequestsTopicOf(options.context)] });
  }

  /**
   * The request goes sealed whole (credentials, username, refresh token) and its result comes
   * back sealed for this request only (see CommandClient.request); one that does not open reads
   * as the service being unavailable.
   */
  async request<Result>(request: RegistryRequest, language: Language): Promise<Result> {
    const client = await this.ready(language);
    const reply = await client.request<Result>(registryRequestsTopicOf(this.options.context), request).catch(() => {
      throw apiError({ code: 'SERVICE_UNAVAILABLE' }, language);
    });
    if (!reply.ok) throw fromCommandReplyError(reply.error as Parameters<typeof fromCommandReplyError>[0], language);
    return reply.result;
  }
}
