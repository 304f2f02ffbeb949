import { reportingProjections } from '../gateway-reporting.module';
import { indicatorFactTopics, type ReadModelRebuilt, rebuildSummary } from './rebuild-indicator-facts';

const rebuilt = (readModel: string, events: number): ReadModelRebuilt => ({
  readModel,
  collection: `${readModel}__new`,
  replaced: readModel,
  events,
  skippedPoison: 0,
  ms: 10,
  indexesRefused: [],
});

describe('rebuilding the indicator facts', () => {
  it("replays the five topics the slice's consumer follows, under the deployment's prefix", () => {
    expect(indicatorFactTopics('e2e-x.')).toEqual([
      'e2e-x.reporting.events',
      'e2e-x.registry.events',
      'e2e-x.campaigns.events',
      'e2e-x.training.events',
      'e2e-x.network.events',
    ]);
    expect(indicatorFactTopics()).toContain('registry.events');
  });

  it("rebuilds every read model the slice's consumer keeps, each swapped by its own alias name", () => {
    const names = reportingProjections.map((projection) => projection.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['gateway-reporting-hierarchy', 'gateway-reporting-definitions', 'gateway-reporting-declared-values']));
  });

  it('sums the events replayed over the read models and gives the rate over the whole rebuild', () => {
    expect(rebuildSummary([rebuilt('a', 300), rebuilt('b', 300)], 1_500)).toMatchObject({ events: 600, ms: 1_500, eventsPerSecond: 400 });
    expect(rebuildSummary([], 0)).toMatchObject({ events: 0, eventsPerSecond: 0 });
  });
});
