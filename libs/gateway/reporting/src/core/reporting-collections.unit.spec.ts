import type { Connection } from 'mongoose';
import type { MongoConnection } from '@tn/shared-service-kit';
import { indicatorDefinitionProjection } from '../definitions/indicator-definition.read-model';
import { reportingHierarchyProjection } from '../facts/hierarchy-facts.projection';
import { ReportingReads } from './reporting-collections';
import { ReportingHierarchy } from './reporting-hierarchy';

type Doc = Record<string, unknown>;

/** Equality as the store answers it: a field equal to the value, or an array field holding it. */
const matches = (doc: Doc, filter: Doc) =>
  Object.entries(filter).every(([field, value]) => doc[field] === value || (Array.isArray(doc[field]) && (doc[field] as unknown[]).includes(value)));

/** A connection over in-memory collections (findOne and find by equality only, as the slice reads). */
function memoryConnection(collections: Record<string, Doc[]>): Connection {
  return {
    collection: (name: string) => ({
      findOne: async (filter: Doc) => (collections[name] ?? []).find((doc) => matches(doc, filter)) ?? null,
      find: (filter: Doc) => ({ toArray: async () => (collections[name] ?? []).filter((doc) => matches(doc, filter)) }),
    }),
  } as unknown as Connection;
}

const swap = (collections: Record<string, Doc[]>, name: string, collection: string) =>
  (collections['read_model_aliases'] = [...(collections['read_model_aliases'] ?? []).filter((alias) => alias['_id'] !== name), { _id: name, collection }]);

const unitCreated = (version: number, unitId: string) => ({
  _id: `hierarchy-national@${version}`,
  version,
  block: 0,
  type: 'UnitCreated',
  data: { unitId, parentId: null, effectiveFrom: '2025-01-01', nameVi: unitId, organisation: 'union', levelLabel: 'Tỉnh đoàn', flags: {} },
});

describe("the reporting slice's reads through its read models' aliases", () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-07T08:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('reads a read model from its own collection until a rebuild swaps the alias, then from the new one once the cached alias expires', async () => {
    const collections: Record<string, Doc[]> = {
      gw_reporting_definitions: [{ _id: 'ct-1', ownerUnitId: 'tinh', version: 'live' }],
      gw_reporting_definitions__rebuilt: [{ _id: 'ct-1', ownerUnitId: 'tinh', version: 'rebuilt' }],
    };
    const reads = new ReportingReads(memoryConnection(collections));
    expect(await reads.one(indicatorDefinitionProjection, 'ct-1')).toMatchObject({ version: 'live' });

    swap(collections, indicatorDefinitionProjection.name, 'gw_reporting_definitions__rebuilt');
    expect(await reads.where(indicatorDefinitionProjection, { ownerUnitId: 'tinh' })).toMatchObject([{ version: 'live' }]);
    jest.advanceTimersByTime(1_001);
    expect(await reads.where(indicatorDefinitionProjection, { ownerUnitId: 'tinh' })).toMatchObject([{ version: 'rebuilt' }]);
    expect(await reads.one(indicatorDefinitionProjection, 'ct-1')).toMatchObject({ version: 'rebuilt' });
  });

  it('folds the hierarchy copy again from version 0 when a rebuild swaps its collection', async () => {
    // The new copy differs at version 1 only to show where the fold starts: continuing from version 1 would keep the old unit.
    const collections: Record<string, Doc[]> = {
      gw_reporting_hierarchy: [unitCreated(1, 'old-province')],
      gw_reporting_hierarchy__rebuilt: [unitCreated(1, 'new-province'), unitCreated(2, 'other-province')],
    };
    const hierarchy = new ReportingHierarchy({ connection: memoryConnection(collections) } as MongoConnection);
    expect(Object.keys((await hierarchy.current()).units)).toEqual(['old-province']);

    swap(collections, reportingHierarchyProjection.name, 'gw_reporting_hierarchy__rebuilt');
    jest.advanceTimersByTime(1_001);
    expect(Object.keys((await hierarchy.current()).units).sort()).toEqual(['new-province', 'other-province']);
  });
});
