import { Controller, Logger, type Type } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RegistryRequest, SealedRegistryReply, SealedRegistryRequest } from '@tn/registry-contracts';
import { DomainError } from '@tn/shared-decider';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { AuthRequests } from './auth-requests';
import { isUnreadableError, PersonalDataRequests } from './personal-data-requests';
import { claimsOf, DEADLINE_EXCEEDED, deadlineCheckOf, openedRequest, sealedReplyResult } from '@tn/shared-event-sourcing-nest';
import { RegistrySettings } from './registry-settings';

/** The one Kafka adapter for registry requests; every failure becomes a typed reply. */
export class RegistryRequestsHandler {
  private readonly logger = new Logger('RegistryRequests');

  constructor(
    private readonly auth: AuthRequests,
    private readonly personalData: PersonalDataRequests,
    private readonly settings: RegistrySettings,
  ) {}

  async handle(wire: SealedRegistryRequest): Promise<SealedRegistryReply> {
    let request: RegistryRequest | undefined;
    try {
      // The whole request is sealed (credentials, usernames, refresh tokens); unsealed ones are refused.
      const opened = openedRequest<RegistryRequest>(wire, this.settings.secret);
      request = opened.request;
      // Its sender has stopped waiting (e.g. a backlog after a restart): not worth a password check or a reveal.
      if (deadlineCheckOf(request as { deadline?: string }, new Date()) === 'expired') return { ok: false, error: { ...DEADLINE_EXCEEDED } };
      // Sealed for this request only: results hold tokens and personal data, and Kafka keeps the reply topic on disk.
      return { ok: true, sealedResult: sealedReplyResult(await this.answer(request), opened.requestId, this.settings.secret) };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, error: { kind: error.kind, code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } };
      }
      // Decryption failures are answered per event by `reveal`; one escaping elsewhere is no
      // transient failure either, so it must not read as INTERNAL (which callers retry).
      if (request?.op === 'reveal' && isUnreadableError(error)) {
        return { ok: false, error: { kind: 'validation', code: 'PD.UNREADABLE', message: 'personal data in the request could not be decrypted' } };
      }
      // Only the operation name: requests carry credentials and personal data.
      this.logger.error(`registry request ${String(request?.op)} failed: ${(error as Error).message}`);
      return { ok: false, error: { kind: 'internal', code: 'INTERNAL', message: 'the request could not be processed' } };
    }
  }

  private answer(request: RegistryRequest): Promise<unknown> {
    const now = new Date();
    switch (request?.op) {
      case 'signIn':
        return this.auth.signIn(String(request.username ?? ''), String(request.sealedPassword ?? ''), now);
      case 'refresh':
        return this.auth.refresh(String(request.refreshToken ?? ''), now);
      case 'signOut':
        return this.auth.signOut(claimsOf(request, this.settings.secret, now), now);
      case 'reveal':
        return this.personalData.reveal(claimsOf(request, this.settings.secret, now), envelopesOf(request.envelopes));
      case 'exportSubject':
        return this.personalData.export(claimsOf(request, this.settings.secret, now), String(request.subjectId), now);
      case 'eraseSubject':
        return this.personalData.erase(claimsOf(request, this.settings.secret, now), String(request.subjectId), now);
      default:
        throw new DomainError('validation', 'COMMAND.UNKNOWN_TYPE', `unknown registry request "${String((request as { op?: unknown })?.op)}"`, 'op');
    }
  }
}

/** A malformed batch is the caller's mistake (validation), never an INTERNAL failure worth retrying. */
function envelopesOf(envelopes: unknown): EventEnvelope[] {
  if (envelopes === undefined || envelopes === null) return [];
  if (!Array.isArray(envelopes) || !envelopes.every((envelope) => typeof envelope === 'object' && envelope !== null && !Array.isArray(envelope))) {
    throw new DomainError('validation', 'REQUEST.ENVELOPES_INVALID', 'envelopes must be a list of event envelopes', 'envelopes');
  }
  return envelopes as EventEnvelope[];
}

/** `@MessagePattern` needs its topic at decoration time, and the topic depends on the deployment's prefix. */
export function createRegistryRequestsController(topic: string): Type<unknown> {
  @Controller()
  class RegistryRequestsController {
    constructor(private readonly handler: RegistryRequestsHandler) {}

    @MessagePattern(topic)
    handle(@Payload() request: SealedRegistryRequest): Promise<SealedRegistryReply> {
      return this.handler.handle(request);
    }
  }
  return RegistryRequestsController;
}
