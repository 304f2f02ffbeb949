import { Logger } from '@nestjs/common';
import type { Projection } from '@tn/shared-event-bus';
import type { MongoConnection } from '@tn/shared-service-kit';
import { ReadModelIndexes } from './read-model-indexes';

const projection = (collection: string, indexes?: Projection['indexes']) => ({ collection, ...(indexes ? { indexes } : {}) }) as Projection;

/** A connection whose collections record the indexes asked for; `refusing` fails them as a backend would. */
function fakeMongo(refusing: string[] = []) {
  const created: { collection: string; index: object }[] = [];
  const connection = {
    collection: (collection: string) => ({
      createIndex: async (index: object) => {
        if (refusing.includes(collection)) throw new Error('index not supported');
        created.push({ collection, index });
        return Object.keys(index).join('_');
      },
    }),
  };
  return { created, mongo: { connected: async () => undefined, connection } as unknown as MongoConnection };
}

describe('ReadModelIndexes', () => {
  it("creates the indexes of every slice's read models, each once", async () => {
    const { created, mongo } = fakeMongo();
    const indexes = new ReadModelIndexes(mongo);
    indexes.register([projection('gw_units', [{ parentKeys: 1 }]), projection('gw_children')]);
    indexes.register([projection('gw_activities', [{ organiserUnitId: 1 }, { campaignId: 1 }]), projection('gw_units', [{ parentKeys: 1 }])]);
    await indexes.create();
    expect(created).toEqual([
      { collection: 'gw_units', index: { parentKeys: 1 } },
      { collection: 'gw_activities', index: { organiserUnitId: 1 } },
      { collection: 'gw_activities', index: { campaignId: 1 } },
    ]);
  });

  it('logs an index the backend refuses and creates the others', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { created, mongo } = fakeMongo(['gw_units']);
    const indexes = new ReadModelIndexes(mongo);
    indexes.register([projection('gw_units', [{ searchText: 1 }]), projection('gw_shifts', [{ activityId: 1 }])]);
    await indexes.create();
    expect(created).toEqual([{ collection: 'gw_shifts', index: { activityId: 1 } }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('gw_units not created: index not supported'));
    warn.mockRestore();
  });
});
