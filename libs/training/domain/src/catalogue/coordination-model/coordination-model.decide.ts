import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateError, notFoundError } from '../../common/errors';
import { requireAct, requireCurriculumInUse, requiredText } from '../catalogue.rules';
import type {
  CoordinationModelCommand,
  DraftCoordinationModelCommand,
  PublishCoordinationModelCommand,
  RetireCoordinationModelCommand,
  ReviseCoordinationModelCommand,
} from './coordination-model.commands';
import type { CoordinationModelEvent } from './coordination-model.events';
import { evolveCoordinationModel, initialCoordinationModel } from './coordination-model.evolve';
import type { CoordinationModel, CoordinationModelState } from './coordination-model.types';

function requireModel(state: CoordinationModelState, modelId: string): CoordinationModel {
  if (state.status === 'none') throw notFoundError('COORDINATION_MODEL.NOT_FOUND', `coordination model ${modelId} does not exist`, { modelId });
  return state;
}

/** A retired model is final: it is neither revised nor published again. */
function requireNotRetired(model: CoordinationModel): void {
  if (model.status === 'retired') {
    throw illegalStateError('COORDINATION_MODEL.RETIRED', `coordination model ${model.modelId} is retired`, { modelId: model.modelId });
  }
}

/** What every event states about the model, so a copy can be kept from any one of them. */
const factsOf = ({ modelId, name, curriculumId, ownerUnitId }: CoordinationModel) => ({ modelId, name, curriculumId, ownerUnitId });

function draft(command: DraftCoordinationModelCommand, state: CoordinationModelState): CoordinationModelEvent[] {
  const { modelId, curriculumId, ownerUnitId, today, actorId } = command;
  if (state.status !== 'none') {
    throw illegalStateError('COORDINATION_MODEL.ALREADY_EXISTS', `coordination model ${modelId} already exists`, { modelId });
  }
  requireAct(command);
  const name = requiredText(command.name, 'name', 'a name');
  const description = requiredText(command.description, 'description', 'a description');
  requireCurriculumInUse(command.curriculum, curriculumId, 'curriculumId');
  return [
    {
      type: 'CoordinationModelDrafted',
      data: { modelId, name, curriculumId, ownerUnitId, description, status: 'draft', draftedBy: actorId, draftedOn: today },
    },
  ];
}

/** A revision that changes nothing records nothing; a new curriculum must be in use, the current one may since have retired. */
function revise(command: ReviseCoordinationModelCommand, state: CoordinationModelState): CoordinationModelEvent[] {
  const model = requireModel(state, command.modelId);
  requireAct(command);
  requireNotRetired(model);
  const name = requiredText(command.name, 'name', 'a name');
  const description = requiredText(command.description, 'description', 'a description');
  const { curriculumId } = command;
  if (curriculumId !== model.curriculumId) requireCurriculumInUse(command.curriculum, curriculumId, 'curriculumId');
  if (name === model.name && description === model.description && curriculumId === model.curriculumId) return [];
  const revised = { ...model, name, description, curriculumId };
  return [
    {
      type: 'CoordinationModelRevised',
      data: { ...factsOf(revised), description, status: model.status, revisedBy: command.actorId, revisedOn: command.today },
    },
  ];
}

/** Publishing a published model again records nothing: the first publication stands. */
function publish(command: PublishCoordinationModelCommand, state: CoordinationModelState): CoordinationModelEvent[] {
  const model = requireModel(state, command.modelId);
  requireAct(command);
  requireNotRetired(model);
  if (model.status === 'published') return [];
  requireCurriculumInUse(command.curriculum, model.curriculumId, 'modelId');
  return [{ type: 'CoordinationModelPublished', data: { ...factsOf(model), status: 'published', publishedBy: command.actorId, publishedOn: command.today } }];
}

/** Only a published model retires (draft → published → retired); retiring it again records nothing. */
function retire(command: RetireCoordinationModelCommand, state: CoordinationModelState): CoordinationModelEvent[] {
  const model = requireModel(state, command.modelId);
  requireAct(command);
  if (model.status === 'retired') return [];
  if (model.status === 'draft') {
    throw illegalStateError('COORDINATION_MODEL.NOT_PUBLISHED', `coordination model ${model.modelId} is a draft`, { modelId: model.modelId });
  }
  const reason = requiredText(command.reason, 'reason', 'a reason');
  return [{ type: 'CoordinationModelRetired', data: { ...factsOf(model), status: 'retired', reason, retiredBy: command.actorId, retiredOn: command.today } }];
}

function decideCoordinationModel(command: CoordinationModelCommand, state: CoordinationModelState): CoordinationModelEvent[] {
  switch (command.type) {
    case 'DraftCoordinationModel':
      return draft(command, state);
    case 'ReviseCoordinationModel':
      return revise(command, state);
    case 'PublishCoordinationModel':
      return publish(command, state);
    case 'RetireCoordinationModel':
      return retire(command, state);
    default:
      return assertNever(command);
  }
}

/** A coordination model of the K3 catalogue (one stream each): draft → published → retired. */
export const coordinationModelDecider: Decider<CoordinationModelCommand, CoordinationModelEvent, CoordinationModelState> = {
  initialState: initialCoordinationModel,
  decide: decideCoordinationModel,
  evolve: evolveCoordinationModel,
};
