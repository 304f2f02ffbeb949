import type { HierarchyState } from '@tn/shared-unit-hierarchy';
import { activeSubtreeOn, attributionAt, carrierOn, subtreeOn, unitsAttributedTo } from './attribution';
import { created, dissolved, hierarchyOf, MERGE_EVENTS, merged, moved, PROVINCE_EVENTS, split, SPLIT_EVENTS } from './engine.test-fixtures';

const BEFORE = '2025-06-30';
const AFTER = '2025-12-31';

describe('carrierOn', () => {
  const hierarchy = hierarchyOf([...PROVINCE_EVENTS, ...MERGE_EVENTS, ...SPLIT_EVENTS]);

  it('is the unit itself while it is active on the structure date', () => {
    expect(carrierOn(hierarchy, 'phuong-d', '2025-03-01', AFTER)).toBe('phuong-d');
    expect(carrierOn(hierarchy, 'xa-a', '2025-03-01', BEFORE)).toBe('xa-a');
  });

  it('hands a merged unit to its successor from the merger on, whatever the fact date', () => {
    expect(carrierOn(hierarchy, 'xa-a', '2025-03-01', AFTER)).toBe('xa-ab');
    expect(carrierOn(hierarchy, 'xa-b', '2024-11-20', '2025-07-01')).toBe('xa-ab');
    expect(carrierOn(hierarchy, 'xa-b', '2024-11-20', BEFORE)).toBe('xa-b');
  });

  it('hands a split unit to the successor the split names as carrying its history', () => {
    expect(carrierOn(hierarchy, 'xa-c', '2025-02-01', AFTER)).toBe('xa-c2');
    expect(carrierOn(hierarchy, 'xa-c', '2025-02-01', BEFORE)).toBe('xa-c');
  });

  it('hands a split that names no history unit to its first successor', () => {
    const older = hierarchyOf([
      ...PROVINCE_EVENTS,
      created('xa-c1', 'huyen', '2025-07-01'),
      created('xa-c2', 'huyen', '2025-07-01'),
      split('xa-c', ['xa-c1', 'xa-c2'], '2025-07-01'),
    ]);
    expect(carrierOn(older, 'xa-c', '2025-02-01', AFTER)).toBe('xa-c1');
    // Versions folded before the rule existed have no historyUnitId at all.
    const legacy: HierarchyState = {
      units: Object.fromEntries(
        Object.entries(older.units).map(([id, unit]) => [id, { ...unit, versions: unit.versions.map(({ historyUnitId: _dropped, ...version }) => version) }]),
      ),
    };
    expect(carrierOn(legacy, 'xa-c', '2025-02-01', AFTER)).toBe('xa-c1');
  });

  it('follows successors on through later mergers', () => {
    const twice = hierarchyOf([
      ...PROVINCE_EVENTS,
      ...MERGE_EVENTS,
      created('xa-abd', 'huyen', '2026-01-01'),
      merged(['xa-ab', 'phuong-d'], 'xa-abd', '2026-01-01'),
    ]);
    expect(carrierOn(twice, 'xa-a', '2025-03-01', '2026-06-30')).toBe('xa-abd');
    expect(carrierOn(twice, 'xa-a', '2025-03-01', AFTER)).toBe('xa-ab');
  });

  it('gives a unit created after the structure date to its nearest ancestor on the fact date that existed then', () => {
    expect(carrierOn(hierarchy, 'xa-ab', '2025-08-01', BEFORE)).toBe('huyen');
    expect(carrierOn(hierarchy, 'xa-c1', '2025-08-01', BEFORE)).toBe('huyen');
    expect(carrierOn(hierarchy, 'xa-ab', '2025-08-01', AFTER)).toBe('xa-ab');
  });

  it('reads the ancestors of a new unit on the fact date: a later move does not change an earlier fact', () => {
    const events = [
      ...PROVINCE_EVENTS,
      created('huyen-2', 'tinh'),
      created('xa-new', 'huyen', '2025-03-01'),
      moved('xa-new', 'huyen', 'huyen-2', '2025-09-01'),
    ];
    const later = hierarchyOf(events);
    expect(carrierOn(later, 'xa-new', '2025-05-01', '2025-01-01')).toBe('huyen');
    expect(carrierOn(later, 'xa-new', '2025-10-01', '2025-01-01')).toBe('huyen-2');
  });

  it('keeps a dissolved unit without successors as its own carrier, and knows no unknown unit', () => {
    const gone = hierarchyOf([...PROVINCE_EVENTS, dissolved('phuong-d', '2025-05-01')]);
    expect(carrierOn(gone, 'phuong-d', '2025-03-01', AFTER)).toBe('phuong-d');
    expect(carrierOn(gone, 'nowhere', '2025-03-01', AFTER)).toBeUndefined();
  });

  it('answers as carrierOn through an attribution, remembering per day the units that did not exist on S', () => {
    const attribution = attributionAt(hierarchy, BEFORE);
    expect(attribution.carrierOf('xa-a', '2025-03-01')).toBe('xa-a');
    expect(attribution.carrierOf('xa-ab', '2025-08-01')).toBe('huyen');
    expect(attribution.carrierOf('xa-ab', '2025-08-01')).toBe('huyen');
    expect(attribution.structureDate).toBe(BEFORE);
  });
});

describe('subtreeOn', () => {
  const hierarchy = hierarchyOf([...PROVINCE_EVENTS, ...MERGE_EVENTS, ...SPLIT_EVENTS]);

  it('lists the root first, then the units under it on the date', () => {
    expect(subtreeOn(hierarchy, 'tinh', BEFORE)).toEqual(['tinh', 'huyen', 'xa-a', 'xa-b', 'xa-c', 'phuong-d']);
    expect(subtreeOn(hierarchy, 'huyen', AFTER).sort()).toEqual(['huyen', 'phuong-d', 'xa-a', 'xa-ab', 'xa-b', 'xa-c', 'xa-c1', 'xa-c2'].sort());
  });

  it('keeps ended units (they may carry their own history) but counts only active ones as active', () => {
    expect(activeSubtreeOn(hierarchy, 'huyen', AFTER).sort()).toEqual(['huyen', 'phuong-d', 'xa-ab', 'xa-c1', 'xa-c2'].sort());
  });

  it('is empty for a root that did not exist on the date', () => {
    expect(subtreeOn(hierarchy, 'xa-ab', BEFORE)).toEqual([]);
    expect(subtreeOn(hierarchy, 'xa-a', AFTER)).toEqual(['xa-a']);
  });
});

describe('unitsAttributedTo', () => {
  const hierarchy = hierarchyOf([...PROVINCE_EVENTS, ...MERGE_EVENTS, ...SPLIT_EVENTS]);

  it('lists a successor with its predecessors under a later structure date', () => {
    expect(unitsAttributedTo(hierarchy, 'xa-ab', AFTER).sort()).toEqual(['xa-a', 'xa-ab', 'xa-b']);
    expect(unitsAttributedTo(hierarchy, 'xa-c2', AFTER).sort()).toEqual(['xa-c', 'xa-c2']);
    expect(unitsAttributedTo(hierarchy, 'xa-c1', AFTER)).toEqual(['xa-c1']);
  });

  it('lists the old communes alone under an earlier one, and the new units under the ancestor that stood then', () => {
    expect(unitsAttributedTo(hierarchy, 'xa-a', BEFORE)).toEqual(['xa-a']);
    expect(unitsAttributedTo(hierarchy, 'xa-ab', BEFORE)).toEqual([]);
    expect(unitsAttributedTo(hierarchy, 'huyen', BEFORE).sort()).toEqual(['huyen', 'phuong-d', 'xa-a', 'xa-ab', 'xa-b', 'xa-c', 'xa-c1', 'xa-c2'].sort());
  });

  it('leaves out units carried elsewhere', () => {
    expect(unitsAttributedTo(hierarchy, 'xa-a', AFTER)).toEqual([]);
    expect(unitsAttributedTo(hierarchy, 'phuong-d', AFTER)).toEqual(['phuong-d']);
  });
});
