import { randomUUID } from 'node:crypto';
import { type VolunteerCommand, volunteerDecider, type VolunteerEvent, type VolunteerState } from '@tn/registry-domain';
import { forbiddenError, notFoundError } from '@tn/shared-decider';
import { type EventEnvelope, streamIdOf } from '@tn/shared-event-contracts';
import { CommandHandler, type MongoEventStore, type PersonalDataEraser } from '@tn/shared-event-store';
import { type AccessClaims, allows, type Permission } from '@tn/shared-auth';
import type { HierarchyView } from './hierarchy-view';

/** Everything the registry holds about one person, for a subject-access request. */
export interface SubjectExport {
  subjectId: string;
  generatedAt: string;
  streams: { streamId: string; events: { type: string; occurredAt: string; recordedAt: string; data: Record<string, unknown> }[] }[];
}

/**
 * The data subject's rights (domain.md §8) and the gateway's decryption of projected events.
 * Each request is authorised here against the person's home unit, whatever the gateway did.
 */
export class PersonalDataRequests {
  private readonly volunteers: CommandHandler<VolunteerCommand, VolunteerEvent, VolunteerState>;

  constructor(
    private readonly store: MongoEventStore,
    private readonly eraser: PersonalDataEraser,
    private readonly view: HierarchyView,
  ) {
    this.volunteers = new CommandHandler(store, { decider: volunteerDecider, streamType: 'volunteer' });
  }

  /** Decrypt projected events for a trusted service (the gateway's read models). */
  async reveal(claims: AccessClaims, envelopes: EventEnvelope[]): Promise<EventEnvelope[]> {
    if (claims.kind !== 'service') throw forbiddenError('FORBIDDEN', 'only platform services may decrypt events');
    return Promise.all(envelopes.map((envelope) => this.store.reveal(envelope)));
  }

  async export(claims: AccessClaims, subjectId: string, now = new Date()): Promise<SubjectExport> {
    await this.requireRight(claims, subjectId, 'volunteers:read-personal', now);
    const streams: SubjectExport['streams'] = [];
    for (const streamId of [streamIdOf('volunteer', subjectId), streamIdOf('cadre', subjectId)]) {
      const { events } = await this.store.readStream(streamId);
      if (events.length === 0) continue;
      streams.push({
        streamId,
        events: events.map(({ type, occurredAt, recordedAt, data }) => ({ type, occurredAt, recordedAt, data })),
      });
    }
    if (streams.length === 0) throw notFoundError('VOLUNTEER.NOT_FOUND', 'nothing is held about this person');
    return { subjectId, generatedAt: now.toISOString(), streams };
  }

  async erase(claims: AccessClaims, subjectId: string, now = new Date()): Promise<{ streamId: string; version: number }> {
    await this.requireRight(claims, subjectId, 'personal-data:erase', now);
    const metadata = { actor: { kind: 'account' as const, id: claims.sub }, correlationId: randomUUID(), causationId: randomUUID(), occurredAt: now.toISOString() };
    const result = await this.eraser.erase(subjectId, metadata);
    return { streamId: result.streamId, version: result.toVersion };
  }

  /** The person themself, or someone with the right over their home unit. */
  private async requireRight(claims: AccessClaims, subjectId: string, permission: Permission, now: Date): Promise<void> {
    if (claims.personId === subjectId && permission !== 'personal-data:erase') return;
    const { state } = await this.volunteers.load(streamIdOf('volunteer', subjectId));
    if (!state.registered) throw notFoundError('VOLUNTEER.NOT_FOUND', 'no such volunteer');
    await this.view.refresh();
    if (!allows(claims.grants, permission, this.view.lineageOf(state.homeUnitId, now.toISOString().slice(0, 10)))) {
      throw forbiddenError('FORBIDDEN', `not allowed to ${permission} for this person`);
    }
  }
}
