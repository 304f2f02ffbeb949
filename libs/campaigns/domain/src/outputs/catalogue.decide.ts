import { BUILT_IN_MEASURE_IDS, MEASURE_VALUE_TYPES, type OutputMeasureDefinition } from '@tn/campaigns-contracts';
import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateError, notFoundError, validationError } from '../common/errors';
import { requireIsoDate, requireOneOf, requireText } from '../common/rules';
import type { CatalogueCommand, DefineOutputMeasure, RetireOutputMeasure } from './catalogue.commands';
import type { CatalogueEvent } from './catalogue.events';
import { type CatalogueState, evolveCatalogue, initialCatalogue } from './catalogue.evolve';
import { ownEntry } from './own-entry';

/** Lower-case words joined by hyphens, as the built-ins (`rural-road-km`): ids end up in reports and URLs. */
const MEASURE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 60;

function requireNotBuiltIn(measureId: string): void {
  if (BUILT_IN_MEASURE_IDS.includes(measureId)) {
    throw illegalStateError('OUTPUT_MEASURE.BUILT_IN', `${measureId} is a built-in measure`, { measureId });
  }
}

function define(command: DefineOutputMeasure, state: CatalogueState): CatalogueEvent[] {
  const { measureId, nameVi, nameEn, unitVi, unitEn, valueType, definedOn } = command;
  if (typeof measureId !== 'string' || !MEASURE_ID.test(measureId) || measureId.length > MAX_ID_LENGTH) {
    throw validationError('OUTPUT_MEASURE.ID_INVALID', 'measureId', 'a measure id is lower-case words joined by hyphens (rural-road-km)', { measureId });
  }
  requireNotBuiltIn(measureId);
  requireText(nameVi, 'OUTPUT_MEASURE.NAME_REQUIRED', 'nameVi', 'a Vietnamese name');
  requireText(nameEn, 'OUTPUT_MEASURE.NAME_REQUIRED', 'nameEn', 'an English name');
  requireText(unitVi, 'OUTPUT_MEASURE.UNIT_REQUIRED', 'unitVi', 'a Vietnamese unit label');
  requireText(unitEn, 'OUTPUT_MEASURE.UNIT_REQUIRED', 'unitEn', 'an English unit label');
  requireOneOf(valueType, MEASURE_VALUE_TYPES, 'OUTPUT_MEASURE.VALUE_TYPE_UNKNOWN', 'valueType');
  requireIsoDate(definedOn, 'definedOn');
  const definition: OutputMeasureDefinition = {
    measureId,
    nameVi: nameVi.trim(),
    nameEn: nameEn.trim(),
    unitVi: unitVi.trim(),
    unitEn: unitEn.trim(),
    valueType,
  };
  const existing = ownEntry(state.measures, measureId);
  if (existing) {
    // Ids are never reused for another meaning: outputs recorded with the id must keep theirs.
    const same = (Object.keys(definition) as (keyof OutputMeasureDefinition)[]).every((key) => existing[key] === definition[key]);
    if (same) return [];
    throw illegalStateError('OUTPUT_MEASURE.ALREADY_DEFINED', `measure ${measureId} is already defined`, { measureId });
  }
  return [{ type: 'OutputMeasureDefined', data: { ...definition, definedOn } }];
}

function retire(command: RetireOutputMeasure, state: CatalogueState): CatalogueEvent[] {
  const { measureId, reason, retiredOn } = command;
  requireNotBuiltIn(measureId);
  const measure = ownEntry(state.measures, measureId);
  if (!measure) throw notFoundError('OUTPUT_MEASURE.NOT_FOUND', `measure ${measureId} is not in the catalogue`, { measureId });
  requireText(reason, 'OUTPUT_MEASURE.RETIRE_REASON_REQUIRED', 'reason', 'a reason for retiring');
  requireIsoDate(retiredOn, 'retiredOn');
  if (measure.retired) return [];
  return [{ type: 'OutputMeasureRetired', data: { measureId, reason, retiredOn } }];
}

function decideCatalogue(command: CatalogueCommand, state: CatalogueState): CatalogueEvent[] {
  switch (command.type) {
    case 'DefineOutputMeasure':
      return define(command, state);
    case 'RetireOutputMeasure':
      return retire(command, state);
    default:
      return assertNever(command);
  }
}

/** The catalogue of output measures beyond the built-ins (one stream for the platform). */
export const catalogueDecider: Decider<CatalogueCommand, CatalogueEvent, CatalogueState> = {
  initialState: initialCatalogue,
  decide: decideCatalogue,
  evolve: evolveCatalogue,
};
