import { streamIdOf } from '@tn/shared-event-contracts';

/**
 * The training context's coordination-model events as the campaigns context reads them, to keep
 * its local copy of the catalogue (ADR 0019). A context may not import another's contracts, so
 * campaigns declares here the few names and fields it reads; training's events carry more
 * (description, curriculum, owner, who acted), which is ignored. The gateway app, which may see
 * every context's contracts, holds this and training's schemas together in one spec
 * (`apps/gateway/src/contract-pairs/coordination-model-feed.unit.spec.ts`): a rename on either
 * side fails it. Each event is self-contained (the model's status after it), so one is enough to
 * know a model.
 */

/** The context whose topic (`<prefix>training.events`) carries the events. */
export const COORDINATION_MODEL_SOURCE_CONTEXT = 'training';
/** One stream per model: `coordination-model-<modelId>` (the relay's message key). */
export const COORDINATION_MODEL_SOURCE_STREAM_TYPE = 'coordination-model';
export const coordinationModelSourceStreamId = (modelId: string) => streamIdOf(COORDINATION_MODEL_SOURCE_STREAM_TYPE, modelId);

/** Only a published model may be named by a campaign or an activity; a draft is not in the catalogue yet. */
export const COORDINATION_MODEL_FEED_STATUSES = ['draft', 'published', 'retired'] as const;
export type CoordinationModelFeedStatus = (typeof COORDINATION_MODEL_FEED_STATUSES)[number];

/** What campaigns reads of every model event. */
type ModelRead<Status extends CoordinationModelFeedStatus> = { modelId: string; name: string; status: Status };

export type CoordinationModelFeedEvent =
  | { type: 'CoordinationModelDrafted'; data: ModelRead<'draft'> & { draftedOn: string } }
  | { type: 'CoordinationModelRevised'; data: ModelRead<CoordinationModelFeedStatus> & { revisedOn: string } }
  | { type: 'CoordinationModelPublished'; data: ModelRead<'published'> & { publishedOn: string } }
  | { type: 'CoordinationModelRetired'; data: ModelRead<'retired'> & { retiredOn: string } };

/** The day each event type records its change on. */
const CHANGED_ON: { [Type in CoordinationModelFeedEvent['type']]: keyof Extract<CoordinationModelFeedEvent, { type: Type }>['data'] } = {
  CoordinationModelDrafted: 'draftedOn',
  CoordinationModelRevised: 'revisedOn',
  CoordinationModelPublished: 'publishedOn',
  CoordinationModelRetired: 'retiredOn',
};

export const COORDINATION_MODEL_FEED_EVENT_TYPES = Object.keys(CHANGED_ON) as readonly CoordinationModelFeedEvent['type'][];

/** What the copy keeps of a model: enough to tell whether a command may name it. */
export interface CoordinationModelCopy {
  modelId: string;
  name: string;
  status: CoordinationModelFeedStatus;
  /** The day of the change that left it in this status (or revised it). */
  changedOn: string;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/**
 * One model event read into the copy. Throws on an event it cannot read (an unknown type, a
 * missing field, a status it does not know): the projection dead-letters it rather than keep a
 * wrong copy.
 */
export function coordinationModelCopyOf(event: { type: string; data: Record<string, unknown> }): CoordinationModelCopy {
  const dateField = CHANGED_ON[event.type as CoordinationModelFeedEvent['type']];
  if (!dateField) throw new Error(`${event.type} is not a coordination-model event`);
  const { modelId, name, status } = event.data;
  const changedOn = event.data[dateField];
  if (!isText(modelId) || !isText(name) || !isText(changedOn)) throw new Error(`${event.type} lacks modelId, name or ${dateField}`);
  if (!(COORDINATION_MODEL_FEED_STATUSES as readonly unknown[]).includes(status)) throw new Error(`${event.type} has an unknown status`);
  return { modelId, name, status: status as CoordinationModelFeedStatus, changedOn };
}
