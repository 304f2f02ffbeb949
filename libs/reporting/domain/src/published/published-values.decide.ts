import { assertNever, type Decider } from '@tn/shared-decider';
import { requireAct } from '../common/act';
import type { PublishedValuesCommand, PublishIndicatorValuesCommand } from './published-values.commands';
import type { PublishedValuesEvent } from './published-values.events';
import { evolvePublishedValues, initialPublishedValues } from './published-values.evolve';
import { publishablePeriod, publishedValuesOf, requireStructureDate, sameContent } from './published-values.rules';
import type { PublishedValuesState } from './published-values.types';

/**
 * A unit's values for a period (one that has ended or is under way), as the gateway's engine
 * computed them: revision 1, then one more each time they are published again, by the actor at
 * the server's time. Values identical to the revision in force record nothing, so publishing
 * twice by mistake does not make a new revision for reports to choose between; nor does a later
 * day of counting stocks alone (`stocksOn`, the engine's, stated as given): the revision in force
 * already says the same figures, as of the day it names.
 */
function publish(command: PublishIndicatorValuesCommand, state: PublishedValuesState): PublishedValuesEvent[] {
  const { unitId, period, structureDate, stocksOn, today, at, actorId } = command;
  requireAct(command);
  publishablePeriod(period, today);
  requireStructureDate(structureDate);
  const values = publishedValuesOf(command.values);
  if (state.revision > 0 && sameContent(state, { structureDate, values })) return [];
  return [
    {
      type: 'IndicatorValuesPublished',
      data: {
        unitId,
        period,
        structureDate,
        ...(stocksOn === undefined ? {} : { stocksOn }),
        revision: state.revision + 1,
        values,
        publishedAt: at,
        publishedBy: actorId,
      },
    },
  ];
}

function decidePublishedValues(command: PublishedValuesCommand, state: PublishedValuesState): PublishedValuesEvent[] {
  switch (command.type) {
    case 'PublishIndicatorValues':
      return publish(command, state);
    default:
      return assertNever(command.type);
  }
}

/** A unit's published values for a period (one stream per unit and period): revisions that supersede one another. */
export const publishedValuesDecider: Decider<PublishedValuesCommand, PublishedValuesEvent, PublishedValuesState> = {
  initialState: initialPublishedValues,
  decide: decidePublishedValues,
  evolve: evolvePublishedValues,
};
