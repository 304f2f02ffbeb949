import { assertNever } from '@tn/shared-decider';
import type { PublishedValuesEvent } from './published-values.events';
import type { PublishedValuesState } from './published-values.types';

export const initialPublishedValues = (): PublishedValuesState => ({ revision: 0 });

/** The latest revision stands; the stream keeps the earlier ones (a report pins the one it was made from). */
export function evolvePublishedValues(_state: PublishedValuesState, event: PublishedValuesEvent): PublishedValuesState {
  switch (event.type) {
    case 'IndicatorValuesPublished': {
      const { revision, structureDate, values } = event.data;
      return { revision, structureDate, values };
    }
    default:
      return assertNever(event.type);
  }
}
