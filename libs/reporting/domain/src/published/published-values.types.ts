import type { PublishedValueData } from '@tn/reporting-contracts';

/** A unit's publication for a period as its last revision stated it (revision 0: never published). */
export interface PublishedValuesState {
  revision: number;
  structureDate?: string;
  values?: PublishedValueData[];
}
