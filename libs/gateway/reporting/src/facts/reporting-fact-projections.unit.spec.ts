import { reportingHierarchyProjection } from './hierarchy-facts.projection';
import { REPORTING_HIERARCHY_COLLECTION, reportingFactProjections } from './index';

describe('the indicator facts’ projections', () => {
  it('each has its own gateway-reporting name and gw_reporting collection, the hierarchy copy among them', () => {
    const names = reportingFactProjections.map((projection) => projection.name);
    const collections = reportingFactProjections.map((projection) => projection.collection);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(collections).size).toBe(collections.length);
    for (const name of names) expect(name).toMatch(/^gateway-reporting-/);
    for (const collection of collections) expect(collection).toMatch(/^gw_reporting_/);
    expect(reportingFactProjections).toContain(reportingHierarchyProjection);
    expect(reportingHierarchyProjection.collection).toBe(REPORTING_HIERARCHY_COLLECTION);
  });

  it('hold no personal data, so none needs a purge on erasure', () => {
    for (const projection of reportingFactProjections) expect(projection.purgeSubject).toBeUndefined();
  });
});
