import { IsOptional, IsString } from 'class-validator';
import type { EventEnvelope } from './envelope';
import { IsNonEmptyText } from './messages/message-fields';
import { PublicEventCatalog, type PublicEventDefinition } from './integration-events';

const envelope = (data: Record<string, unknown>): EventEnvelope => ({
  eventId: 'e1',
  type: 'VolunteerRegistered',
  schemaVersion: 1,
  streamId: 'volunteer-v1',
  streamType: 'volunteer',
  streamVersion: 1,
  position: 10,
  occurredAt: '2025-07-01T08:00:00Z',
  recordedAt: '2025-07-01T08:00:01Z',
  actor: { kind: 'account', id: 'a1' },
  correlationId: 'c1',
  causationId: 'cmd1',
  unitScope: 'unit-1',
  data,
});

class VolunteerCounted {
  @IsNonEmptyText() homeUnitId!: string;
}
class VolunteerNamed {
  @IsOptional() @IsString() fullName?: string;
}

const counted: PublicEventDefinition = {
  publicType: 'registry.VolunteerCounted',
  publicVersion: 1,
  fromInternalType: 'VolunteerRegistered',
  data: VolunteerCounted,
  map: (event) => ({ homeUnitId: event.data['homeUnitId'] }),
};
const personal = () => ['fullName', 'phone'];

describe('PublicEventCatalog', () => {
  it('maps an internal event to its public contract without personal data', () => {
    const catalog = new PublicEventCatalog([counted], personal);
    expect(catalog.toPublic(envelope({ volunteerId: 'v1', fullName: 'Nguyễn Văn A', homeUnitId: 'u9' }))).toEqual({
      type: 'registry.VolunteerCounted',
      version: 1,
      eventId: 'e1',
      streamId: 'volunteer-v1',
      streamVersion: 1,
      occurredAt: '2025-07-01T08:00:00Z',
      unitScope: 'unit-1',
      data: { homeUnitId: 'u9' },
    });
  });

  it('refuses a public schema naming a personal field', () => {
    expect(() => new PublicEventCatalog([{ ...counted, data: VolunteerNamed }], personal)).toThrow('would publish personal field(s): fullName');
  });

  it('refuses a mapping that adds fields outside its contract', () => {
    const leaky = new PublicEventCatalog([{ ...counted, map: (e) => ({ homeUnitId: 'u9', phone: e.data['phone'] }) }], personal);
    expect(() => leaky.toPublic(envelope({ phone: '0912' }))).toThrow(/broke its contract/);
  });

  it('publishes nothing for internal events without a public contract', () => {
    expect(new PublicEventCatalog([counted]).toPublic({ ...envelope({}), type: 'Other' })).toBeUndefined();
  });
});
