import { type GatewayContext, readerOf } from '@tn/gateway-core';
import { PeopleDirectory } from '../people/people-directory';
import { UnitDirectory } from '../units/unit-directory';

/** The request's UnitDirectory (one per request, with its DataLoader cache). */
export const directoryOf = (context: GatewayContext): UnitDirectory =>
  readerOf(context, 'registry:units', (readModels) => new UnitDirectory(readModels.connection));

/** The request's PeopleDirectory (personal fields opened with the core's cipher). */
export const peopleOf = (context: GatewayContext): PeopleDirectory =>
  readerOf(context, 'registry:people', (readModels) => new PeopleDirectory(readModels.connection, readModels.cipher));
