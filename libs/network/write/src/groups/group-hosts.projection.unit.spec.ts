import type { EventEnvelope } from '@tn/shared-event-contracts';
import { groupEventTypes } from '@tn/network-contracts';
import { GROUP_HOSTS_PROJECTION, groupHostsProjection } from './group-hosts.projection';

const event = (type: string, data: object) => ({ type, data: { groupId: 'g-1', ...data } }) as unknown as EventEnvelope;
const evolve = (row: object | null, type: string, data: object = {}) => groupHostsProjection.evolve(row as never, event(type, data));

describe('group hosts projection', () => {
  it('keeps one row per group, from its first affiliation, indexed by host', () => {
    expect(groupHostsProjection.documentId(event('GroupRegistered', {}))).toBe('g-1');
    expect(groupHostsProjection.collection).toBe(GROUP_HOSTS_PROJECTION.collection);
    expect(groupHostsProjection.indexes).toEqual([{ hostUnitId: 1 }]);
    expect(evolve(null, 'GroupRegistered', { hostUnitId: 'xa-1', channel: 'self' })).toBeNull();
    expect(evolve(null, 'GroupAffiliated', { unitId: 'xa-1', from: '2026-01-01', reason: 'verified' })).toEqual({ groupId: 'g-1', hostUnitId: 'xa-1' });
  });

  it('follows a move or a merger to the new host', () => {
    const row = { groupId: 'g-1', hostUnitId: 'xa-1' };
    const ended = evolve(row, 'GroupAffiliationEnded', { unitId: 'xa-1', to: '2026-06-30', reason: 'unit-merged' });
    expect(ended).toBe(row);
    expect(evolve(ended, 'GroupAffiliated', { unitId: 'xa-2', from: '2026-07-01', reason: 'unit-merged' })).toEqual({ groupId: 'g-1', hostUnitId: 'xa-2' });
  });

  it('drops a dissolved group, and keeps the row through every other event', () => {
    const row = { groupId: 'g-1', hostUnitId: 'xa-1' };
    expect(evolve(row, 'GroupStatusDeclared', { status: 'dissolved' })).toBeNull();
    expect(evolve(row, 'GroupStatusDeclared', { status: 'dormant' })).toBe(row);
    for (const type of ['GroupVerified', 'GroupProfileRevised', 'GroupActivityRecorded', 'GroupDatesBooked', 'GroupDatesReleased'])
      expect(evolve(row, type)).toBe(row);
  });

  it('handles every group event type, so no version of a group’s stream is awaited as a gap', () => {
    expect(groupHostsProjection.handles).toEqual(groupEventTypes.map((definition) => definition.type));
  });
});
