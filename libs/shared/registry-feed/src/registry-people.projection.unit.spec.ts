import type { EventEnvelope } from '@tn/shared-event-contracts';
import { homeUnitOn, type RegistryPersonRow, registryPeopleProjectionOf } from './registry-people.projection';

const event = (type: string, data: Record<string, unknown>) => ({ type, data }) as unknown as EventEnvelope;
type Evolve = (row: RegistryPersonRow | null, event: EventEnvelope) => RegistryPersonRow;
const evolve = registryPeopleProjectionOf('test-registry-people', 'test_registry_people').evolve as unknown as Evolve;
const fold = (events: EventEnvelope[]) => events.reduce<RegistryPersonRow | null>((row, e) => evolve(row, e), null)!;

describe("a service's copy of volunteers' home units", () => {
  const registered = event('VolunteerRegistered', { volunteerId: 'v-1', homeUnitId: 'yb-xa', registeredOn: '2025-02-01' });
  const moved = event('VolunteerHomeUnitChanged', { volunteerId: 'v-1', fromUnitId: 'yb-xa', toUnitId: 'lc-xa', effectiveFrom: '2025-11-01' });

  it('keeps a move recorded for later out of effect until its date', () => {
    const row = fold([registered, moved]);
    expect(homeUnitOn(row, '2025-10-31')).toBe('yb-xa');
    expect(homeUnitOn(row, '2025-11-01')).toBe('lc-xa');
  });

  it('gives the first home unit before the registration date, and reads rows written before the history', () => {
    expect(homeUnitOn(fold([registered]), '2025-01-01')).toBe('yb-xa');
    const older: RegistryPersonRow = { kind: 'volunteer', personId: 'v-1', homeUnitId: 'yb-xa' };
    expect(homeUnitOn(older, '2025-01-01')).toBe('yb-xa');
    expect(homeUnitOn(evolve(older, moved), '2025-10-31')).toBe('yb-xa');
  });
});
