import type { EventEnvelope } from '@tn/shared-event-contracts';
import { registryHistoryProjection, registryHistorySubjects } from './registry-history.read-model';

const envelope = (streamType: string, streamId: string, type: string, data: Record<string, unknown>): EventEnvelope =>
  ({
    eventId: `${type}-1`,
    type,
    streamType,
    streamId,
    streamVersion: 7,
    occurredAt: '2025-07-01T00:00:00.000Z',
    recordedAt: '2025-07-01T00:00:00.500Z',
    actor: { kind: 'account', id: 'demo.admin' },
    data,
  }) as EventEnvelope;

describe('registry history read model', () => {
  it('files a merger under every unit it names, and a rename under its unit', () => {
    const merger = envelope('hierarchy', 'hierarchy-vn', 'UnitsMerged', {
      sourceUnitIds: ['y-ty-cu', 'a-lu'],
      successorUnitId: 'y-ty',
      effectiveFrom: '2025-07-01',
    });
    expect(registryHistorySubjects(merger)).toEqual(['unit:y-ty', 'unit:y-ty-cu', 'unit:a-lu']);
    expect(registryHistorySubjects(envelope('hierarchy', 'hierarchy-vn', 'UnitRenamed', { unitId: 'y-ty', nameVi: 'Xã Y Tý' }))).toEqual(['unit:y-ty']);
  });

  it("files a cadre's appointment under the cadre and the unit, a volunteer's record under the volunteer, and no account", () => {
    expect(registryHistorySubjects(envelope('cadre', 'cadre-cb-04', 'CadreAppointed', { cadreId: 'cb-04', unitId: 'y-ty' }))).toEqual([
      'cadre:cb-04',
      'unit:y-ty',
    ]);
    expect(registryHistorySubjects(envelope('cadre', 'cadre-cb-04', 'CadreTransferred', { cadreId: 'cb-04', fromUnitId: 'a-lu', toUnitId: 'y-ty' }))).toEqual([
      'cadre:cb-04',
      'unit:a-lu',
      'unit:y-ty',
    ]);
    expect(registryHistorySubjects(envelope('volunteer', 'volunteer-tnv-01', 'VolunteerRegistered', { homeUnitId: 'y-ty' }))).toEqual(['volunteer:tnv-01']);
    expect(registryHistorySubjects(envelope('account', 'account-demo.xa', 'AccountOpened', { unitId: 'y-ty' }))).toEqual([]);
  });

  it("keeps none of a volunteer's personal data", () => {
    const registered = envelope('volunteer', 'volunteer-tnv-01', 'VolunteerRegistered', {
      homeUnitId: 'y-ty',
      personal: { fullName: 'Lò Thị Mai', phone: '0912000111', dateOfBirth: '2001-03-04' },
    });
    const entry = registryHistoryProjection.evolve(null, registered);
    expect(entry).toMatchObject({ subjects: ['volunteer:tnv-01'], type: 'VolunteerRegistered', actorId: 'demo.admin', streamVersion: 7 });
    expect(JSON.stringify(entry)).not.toMatch(/Lò Thị Mai|0912000111|2001-03-04|y-ty/);
  });
});
