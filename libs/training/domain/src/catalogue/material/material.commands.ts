import type { materialCommandTypes } from '@tn/training-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ActFacts, LookedUpCurriculum } from '../catalogue.rules';

/**
 * The material's commands: each payload (its one schema is in the contracts) with the act's date
 * and actor, plus, when a material names its curriculum, that curriculum as the route found it.
 */
export type MaterialCommand = CommandsOf<
  typeof materialCommandTypes,
  {
    RegisterMaterial: ActFacts & { curriculum?: LookedUpCurriculum };
    AddMaterialVersion: ActFacts;
    ApproveMaterialVersion: ActFacts;
    RetireMaterial: ActFacts;
  }
>;

export type RegisterMaterialCommand = CommandNamed<MaterialCommand, 'RegisterMaterial'>;
export type AddMaterialVersionCommand = CommandNamed<MaterialCommand, 'AddMaterialVersion'>;
export type ApproveMaterialVersionCommand = CommandNamed<MaterialCommand, 'ApproveMaterialVersion'>;
export type RetireMaterialCommand = CommandNamed<MaterialCommand, 'RetireMaterial'>;
