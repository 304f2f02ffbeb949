import type { Connection } from 'mongoose';
import { PeopleDirectory } from '../people/people-directory';
import { UnitDirectory } from '../units/unit-directory';
import type { GatewayContext } from './request-user';

/** The gateway's read-model connection, set once at start (resolvers reach it through the context). */
let readModels: Connection | undefined;
export const useReadModelConnection = (connection: Connection) => {
  readModels = connection;
};

/** One UnitDirectory (with its DataLoader cache) per request. */
export function directoryOf(context: GatewayContext): UnitDirectory {
  let directory = context.loaders.get('units') as UnitDirectory | undefined;
  if (!directory) {
    if (!readModels) throw new Error('read-model connection not set');
    directory = new UnitDirectory(readModels);
    context.loaders.set('units', directory);
  }
  return directory;
}

export function peopleOf(context: GatewayContext): PeopleDirectory {
  let people = context.loaders.get('people') as PeopleDirectory | undefined;
  if (!people) {
    if (!readModels) throw new Error('read-model connection not set');
    people = new PeopleDirectory(readModels);
    context.loaders.set('people', people);
  }
  return people;
}
