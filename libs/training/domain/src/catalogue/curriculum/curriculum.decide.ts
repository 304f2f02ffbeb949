import { assertNever, type Decider } from '@tn/shared-decider';
import { isDeepStrictEqual } from 'node:util';
import { illegalStateError } from '../../common/errors';
import { optionalText, requireAct, requiredText, requireTargetGroup } from '../catalogue.rules';
import type { CurriculumCommand, DefineCurriculumCommand, RetireCurriculumCommand, ReviseCurriculumCommand } from './curriculum.commands';
import type { CurriculumEvent } from './curriculum.events';
import { evolveCurriculum, initialCurriculum } from './curriculum.evolve';
import { requireCurriculum, requireModules } from './curriculum.rules';
import type { CurriculumState } from './curriculum.types';

function define(command: DefineCurriculumCommand, state: CurriculumState): CurriculumEvent[] {
  const { curriculumId, targetGroup, ownerUnitId, today, actorId } = command;
  if (state.status !== 'none') {
    throw illegalStateError('CURRICULUM.ALREADY_EXISTS', `curriculum ${curriculumId} already exists`, { curriculumId });
  }
  requireAct(command);
  const title = requiredText(command.title, 'title', 'a title');
  requireTargetGroup(targetGroup, 'targetGroup');
  const modules = requireModules(command.modules);
  return [{ type: 'CurriculumDefined', data: { curriculumId, title, targetGroup, ownerUnitId, revision: 1, modules, definedBy: actorId, definedOn: today } }];
}

/** A revision that changes nothing records nothing (a retried command is harmless). */
function revise(command: ReviseCurriculumCommand, state: CurriculumState): CurriculumEvent[] {
  const curriculum = requireCurriculum(state, command.curriculumId);
  requireAct(command);
  if (curriculum.status === 'retired') {
    throw illegalStateError('CURRICULUM.RETIRED', `curriculum ${curriculum.curriculumId} is retired`, { curriculumId: curriculum.curriculumId });
  }
  const title = requiredText(command.title, 'title', 'a title');
  const modules = requireModules(command.modules);
  if (title === curriculum.title && isDeepStrictEqual(modules, curriculum.modules)) return [];
  const { curriculumId } = curriculum;
  return [
    {
      type: 'CurriculumRevised',
      data: { curriculumId, revision: curriculum.revision + 1, title, modules, revisedBy: command.actorId, revisedOn: command.today },
    },
  ];
}

function retire(command: RetireCurriculumCommand, state: CurriculumState): CurriculumEvent[] {
  const curriculum = requireCurriculum(state, command.curriculumId);
  requireAct(command);
  if (curriculum.status === 'retired') return [];
  const reason = optionalText(command.reason);
  const data = { curriculumId: curriculum.curriculumId, retiredBy: command.actorId, retiredOn: command.today };
  return [{ type: 'CurriculumRetired', data: reason ? { ...data, reason } : data }];
}

function decideCurriculum(command: CurriculumCommand, state: CurriculumState): CurriculumEvent[] {
  switch (command.type) {
    case 'DefineCurriculum':
      return define(command, state);
    case 'ReviseCurriculum':
      return revise(command, state);
    case 'RetireCurriculum':
      return retire(command, state);
    default:
      return assertNever(command);
  }
}

/** A curriculum (one stream each): its modules, revised with numbered revisions, until retired. */
export const curriculumDecider: Decider<CurriculumCommand, CurriculumEvent, CurriculumState> = {
  initialState: initialCurriculum,
  decide: decideCurriculum,
  evolve: evolveCurriculum,
};
