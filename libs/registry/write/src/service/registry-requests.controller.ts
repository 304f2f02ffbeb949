import { Controller, Logger } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { REGISTRY_REQUESTS_TOPIC, type RegistryReply, type RegistryRequest } from '@tn/registry-contracts';
import { DomainError } from '@tn/shared-decider';
import { AuthRequests } from './auth-requests';
import { PersonalDataRequests } from './personal-data-requests';
import { claimsOf } from './registry-authoriser';
import { RegistrySettings } from './registry-settings';

/** The one Kafka adapter for registry requests; every failure becomes a typed reply. */
@Controller()
export class RegistryRequestsController {
  private readonly logger = new Logger(RegistryRequestsController.name);

  constructor(
    private readonly auth: AuthRequests,
    private readonly personalData: PersonalDataRequests,
    private readonly settings: RegistrySettings,
  ) {}

  @MessagePattern(REGISTRY_REQUESTS_TOPIC)
  async handle(@Payload() request: RegistryRequest): Promise<RegistryReply> {
    try {
      return { ok: true, result: await this.answer(request) };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, error: { kind: error.kind, code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } };
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
        return this.personalData.reveal(claimsOf(request, this.settings.secret, now), request.envelopes ?? []);
      case 'exportSubject':
        return this.personalData.export(claimsOf(request, this.settings.secret, now), String(request.subjectId), now);
      case 'eraseSubject':
        return this.personalData.erase(claimsOf(request, this.settings.secret, now), String(request.subjectId), now);
      default:
        throw new DomainError('validation', 'COMMAND.UNKNOWN_TYPE', `unknown registry request "${String((request as { op?: unknown })?.op)}"`, 'op');
    }
  }
}
