import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateError } from '../../common/errors';
import { compact } from '../../common/rules';
import { optionalText, requireAct, requireCurriculumInUse, requiredText } from '../catalogue.rules';
import type {
  AddMaterialVersionCommand,
  ApproveMaterialVersionCommand,
  MaterialCommand,
  RegisterMaterialCommand,
  RetireMaterialCommand,
} from './material.commands';
import type { MaterialEvent } from './material.events';
import { evolveMaterial, initialMaterial } from './material.evolve';
import {
  requireFileReference,
  requireMaterial,
  requireMaterialInUse,
  requireMaterialKind,
  requireNextVersion,
  requireTargetGroups,
  requireVersion,
} from './material.rules';
import type { MaterialState } from './material.types';

function register(command: RegisterMaterialCommand, state: MaterialState): MaterialEvent[] {
  const { materialId, kind, ownerUnitId, today, actorId } = command;
  if (state.status !== 'none') throw illegalStateError('MATERIAL.ALREADY_EXISTS', `material ${materialId} already exists`, { materialId });
  requireAct(command);
  const title = requiredText(command.title, 'title', 'a title');
  requireMaterialKind(kind);
  const targetGroups = requireTargetGroups(command.targetGroups);
  const curriculumId = optionalText(command.curriculumId);
  if (curriculumId) requireCurriculumInUse(command.curriculum, curriculumId, 'curriculumId');
  return [
    {
      type: 'MaterialRegistered',
      data: compact({ materialId, title, kind, curriculumId, targetGroups, ownerUnitId, registeredBy: actorId, registeredOn: today }),
    },
  ];
}

function addVersion(command: AddMaterialVersionCommand, state: MaterialState): MaterialEvent[] {
  const material = requireMaterialInUse(state, command.materialId);
  requireAct(command);
  const { version, url, sha256 } = command;
  requireNextVersion(material, version);
  requireFileReference(url, sha256);
  const note = requiredText(command.note, 'note', 'a note on the version');
  return [
    {
      type: 'MaterialVersionAdded',
      data: { materialId: material.materialId, version, url, sha256: sha256.toLowerCase(), note, addedBy: command.actorId, addedOn: command.today },
    },
  ];
}

/** Approving an approved version again records nothing: the first approval stands. */
function approve(command: ApproveMaterialVersionCommand, state: MaterialState): MaterialEvent[] {
  const material = requireMaterialInUse(state, command.materialId);
  requireAct(command);
  const version = requireVersion(material, command.version);
  if (version.approval) return [];
  return [
    {
      type: 'MaterialVersionApproved',
      data: { materialId: material.materialId, version: version.version, approvedBy: command.actorId, approvedOn: command.today },
    },
  ];
}

function retire(command: RetireMaterialCommand, state: MaterialState): MaterialEvent[] {
  const material = requireMaterial(state, command.materialId);
  requireAct(command);
  if (material.status === 'retired') return [];
  const reason = optionalText(command.reason);
  return [{ type: 'MaterialRetired', data: compact({ materialId: material.materialId, reason, retiredBy: command.actorId, retiredOn: command.today }) }];
}

function decideMaterial(command: MaterialCommand, state: MaterialState): MaterialEvent[] {
  switch (command.type) {
    case 'RegisterMaterial':
      return register(command, state);
    case 'AddMaterialVersion':
      return addVersion(command, state);
    case 'ApproveMaterialVersion':
      return approve(command, state);
    case 'RetireMaterial':
      return retire(command, state);
    default:
      return assertNever(command);
  }
}

/** A material or handbook (one stream each): versions by reference, in order, each approved by someone. */
export const materialDecider: Decider<MaterialCommand, MaterialEvent, MaterialState> = {
  initialState: initialMaterial,
  decide: decideMaterial,
  evolve: evolveMaterial,
};
