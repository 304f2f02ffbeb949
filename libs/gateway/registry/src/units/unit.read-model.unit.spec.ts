import { childIdsOn, evolveUnitChildren, unitChildrenProjection } from './unit-children.read-model';
import { evolveUnit, unitProjection, versionOn } from './unit.read-model';
import { pageOf, parseConsistencyToken } from '@tn/gateway-core';
import { evolveVolunteer } from '../people/volunteer.read-model';

let version = 0;
// Envelopes as the projector receives them (their data unchecked here: `never` lets any shape in).
const event = (type: string, data: Record<string, unknown>) =>
  ({ type, data, streamId: 'hierarchy-national', streamVersion: ++version, eventId: `e${version}` }) as never;
const flags = { ethnicMinority: true, mountainous: true, border: false, island: false };
const created = (unitId: string, nameVi: string, parentId: string | null, effectiveFrom = '2025-01-01') =>
  event('UnitCreated', { unitId, nameVi, organisation: 'union', levelLabel: 'Đoàn xã', parentId, flags, effectiveFrom });

describe('unit read model', () => {
  const taVan = evolveUnit(null, created('ta-van', 'Đoàn xã Tả Van', 'lao-cai'));
  const merged = event('UnitsMerged', { sourceUnitIds: ['ta-van', 'lao-chai'], successorUnitId: 'ta-van-moi', effectiveFrom: '2025-07-01' });

  it('keeps the history: a merged source is active before the date and merged from it', () => {
    const after = evolveUnit(taVan, merged);
    expect(versionOn(after, '2025-06-30')?.status).toBe('active');
    expect(versionOn(after, '2025-07-01')).toMatchObject({ status: 'merged', successorIds: ['ta-van-moi'] });
    expect(versionOn(after, '2024-12-31')).toBeUndefined();
  });

  it('gives the successor its predecessors, and a merge touches every unit it names', () => {
    const successor = evolveUnit(evolveUnit(null, created('ta-van-moi', 'Đoàn xã Tả Van', 'lao-cai', '2025-07-01')), merged);
    expect(successor.predecessors).toEqual([
      { unitId: 'ta-van', from: '2025-07-01' },
      { unitId: 'lao-chai', from: '2025-07-01' },
    ]);
    expect(unitProjection.documentId(merged)).toEqual(['ta-van', 'lao-chai', 'ta-van-moi']);
  });

  it('indexes every parent, so a tree level is one query', () => {
    const moved = evolveUnit(taVan, event('UnitMoved', { unitId: 'ta-van', fromParentId: 'lao-cai', toParentId: 'sa-pa', effectiveFrom: '2025-08-01' }));
    expect(moved.parentKeys).toEqual(['lao-cai', 'sa-pa']);
    expect(versionOn(moved, '2025-07-15')).toMatchObject({ parentId: 'lao-cai' });
  });

  it('refuses an event for a unit it never saw (dead-lettered, not guessed)', () => {
    expect(() => evolveUnit(null, event('UnitRenamed', { unitId: 'x', nameVi: 'X', effectiveFrom: '2025-01-01' }))).toThrow('does not know');
  });
});

describe('unit children index', () => {
  it("lists a parent's children on a date: a move closes the old entry and opens a new one", () => {
    const oldParent = evolveUnitChildren(null, created('ta-van', 'Đoàn xã Tả Van', 'lao-cai'));
    const move = event('UnitMoved', { unitId: 'ta-van', fromParentId: 'lao-cai', toParentId: 'sa-pa', effectiveFrom: '2025-07-01' });
    expect(unitChildrenProjection.documentId(move)).toEqual(['lao-cai', 'sa-pa']);
    const closed = evolveUnitChildren(oldParent, move);
    const opened = evolveUnitChildren(null, move);
    expect(childIdsOn(closed, '2025-06-30')).toEqual(['ta-van']);
    expect(childIdsOn(closed, '2025-07-01')).toEqual([]);
    expect(childIdsOn(opened, '2025-06-30')).toEqual([]);
    expect(childIdsOn(opened, '2025-07-01')).toEqual(['ta-van']);
    expect(unitChildrenProjection.documentId(created('tinh', 'Tỉnh đoàn', null))).toBe('(root)');
  });
});

describe('cursor pages and consistency tokens', () => {
  const items = Array.from({ length: 7 }, (_, i) => ({ id: `u${i}` }));
  it('walks a list in pages without repeats or gaps, and refuses oversized pages', () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: ReturnType<typeof pageOf<{ id: string }>> = pageOf(items, (item) => [item.id], { first: 3, after }, 'en');
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(items.map((i) => i.id));
    expect(() => pageOf(items, (item) => [item.id], { first: 101 }, 'en')).toThrow();
  });
  it('parses stream@version tokens and refuses others', () => {
    expect(parseConsistencyToken('hierarchy-national@42')).toEqual({ streamId: 'hierarchy-national', version: 42 });
    expect(parseConsistencyToken('subject-a@b@3')).toEqual({ streamId: 'subject-a@b', version: 3 });
    expect(parseConsistencyToken('nope')).toBeUndefined();
  });
});

describe('volunteer read model', () => {
  it('never stores an erased value, and keeps anonymous facts', () => {
    const registered = evolveVolunteer(null, {
      type: 'VolunteerRegistered',
      streamId: 'volunteer-v1',
      streamVersion: 1,
      data: {
        volunteerId: 'v1',
        fullName: { __erased: true },
        phone: { __erased: true },
        dateOfBirth: '2001-01-01',
        email: 'a@b.vn',
        homeUnitId: 'u1',
        skills: ['y tế'],
        professions: [],
        registeredOn: '2025-02-01',
      },
    } as never);
    expect(registered.fullName).toBeUndefined();
    expect(registered.phone).toBeUndefined();
    expect('nameFolded' in registered).toBe(false);
    expect(registered).toMatchObject({ homeUnitIds: ['u1'], skills: ['y tế'] });
  });
});
