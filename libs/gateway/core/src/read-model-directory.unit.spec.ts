import type { MongoConnection } from '@tn/shared-service-kit';
import type { ReadModelCipher } from './read-model-cipher';
import { ReadModelDirectory, readerOf } from './read-model-directory';
import type { GatewayContext } from './request-user';

const contextWith = (readModels?: ReadModelDirectory): GatewayContext => ({
  language: 'en',
  consistencyTokens: [],
  loaders: new Map(),
  ...(readModels ? { readModels } : {}),
});

describe('ReadModelDirectory', () => {
  const directory = new ReadModelDirectory({ connection: {} } as MongoConnection, {} as ReadModelCipher);

  it("makes a slice's reader once per request, over the injected connection", () => {
    const made: unknown[] = [];
    const make = (readModels: ReadModelDirectory) => {
      made.push(readModels.connection);
      return { reader: made.length };
    };
    const first = contextWith(directory);
    expect(readerOf(first, 'units', make)).toBe(readerOf(first, 'units', make));
    expect(readerOf(contextWith(directory), 'units', make)).toEqual({ reader: 2 });
    expect(made).toEqual([directory.connection, directory.connection]);
  });

  it('says so when the request was not handed its read models', () => {
    expect(() => readerOf(contextWith(), 'units', () => 1)).toThrow(/GatewayCoreModule/);
  });
});
