import { CAMPAIGN_DOMAINS, type CampaignsErrorCode } from '@tn/campaigns-contracts';
import { illegalStateError, notFoundError, validationError } from '../common/errors';
import { NOT_STARTED } from '../activity/activity.types';
import { compact, requireIsoDate, requireOneOf, requireText } from '../common/rules';
import { ownEntry } from './own-entry';
import { requireMeasureValue } from './output-measures';
import { requireAgreementFor } from './resource-agreement';
import type { RecordActivityOutput, RecordResourceMobilised } from './results.commands';
import {
  type ActivityOutput,
  type LookedUpActivityStatus,
  OUTPUT_KINDS,
  PERSONAL_SOURCES,
  RESOURCE_FORMS,
  RESOURCE_SOURCES,
  type ResourceMobilisation,
} from './results.types';

/** Whole VND (no minor unit), within the numbers a JSON double holds exactly. */
export function requireVnd(value: number | undefined, min: number, code: CampaignsErrorCode, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw validationError(code, field, `must be a whole number of VND ≥ ${min}`, { value: value ?? null, min });
  }
}

function requireActivityExists(status: LookedUpActivityStatus, activityId: string): void {
  if (status === 'none') throw notFoundError('ACTIVITY.NOT_FOUND', `activity ${activityId} does not exist`, { activityId });
}

/** Outputs exist once the work has begun: in progress, completed or evaluated. */
export function requireOutputsOpen(status: LookedUpActivityStatus, activityId: string): void {
  requireActivityExists(status, activityId);
  if (NOT_STARTED.includes(status as never)) {
    throw illegalStateError('OUTPUT.ACTIVITY_NOT_STARTED', `activity ${activityId} is ${status}: outputs are recorded once it has started`, {
      activityId,
      status,
    });
  }
  if (status === 'cancelled') throw illegalStateError('OUTPUT.ACTIVITY_CANCELLED', `activity ${activityId} was cancelled`, { activityId, status });
}

/** Resources are mobilised from the needs survey on (preparing conditions), never for a cancelled activity. */
export function requireResourcesOpen(status: LookedUpActivityStatus, activityId: string): void {
  requireActivityExists(status, activityId);
  if (status === 'cancelled') throw illegalStateError('RESOURCE.ACTIVITY_CANCELLED', `activity ${activityId} was cancelled`, { activityId, status });
}

/** Each measure known to the catalogue, not retired, named once, with a value of its type. */
function requireMeasures(command: RecordActivityOutput): void {
  if (!Array.isArray(command.measures)) throw validationError('OUTPUT.MEASURES_INVALID', 'measures', 'measures must be a list');
  const seen = new Set<string>();
  command.measures.forEach(({ measureId, value }, index) => {
    const field = `measures.${index}`;
    const measure = ownEntry(command.catalogue, measureId);
    if (!measure) throw validationError('OUTPUT.MEASURE_UNKNOWN', `${field}.measureId`, `${String(measureId)} is not in the catalogue`, { measureId });
    if (measure.retired) throw validationError('OUTPUT.MEASURE_RETIRED', `${field}.measureId`, `${measureId} is retired`, { measureId });
    if (seen.has(measureId)) throw validationError('OUTPUT.MEASURE_DUPLICATE', `${field}.measureId`, `${measureId} is given twice`, { measureId });
    seen.add(measureId);
    requireMeasureValue(measure, value, `${field}.value`);
  });
}

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/**
 * The output a command records, as it is written (text trimmed, absent optionals left out), before
 * any check: a retry is recognised by it whatever the activity or the catalogue became since.
 */
export function outputRecordOf(command: RecordActivityOutput): ActivityOutput {
  const { activityId, outputId, kind, name, domain, valuationVnd, completedOn } = command;
  const measures = Array.isArray(command.measures)
    ? command.measures.map((measure) => ({ measureId: measure?.measureId, value: measure?.value }))
    : command.measures;
  return compact({ activityId, outputId, kind, name: trimmed(name) as string, domain, measures, valuationVnd, completedOn });
}

export function requireOutput(command: RecordActivityOutput): ActivityOutput {
  const { activityId, outputId, kind, name, domain, valuationVnd, completedOn } = command;
  requireOutputsOpen(command.activityStatus, activityId);
  requireText(outputId, 'OUTPUT.ID_REQUIRED', 'outputId', 'an output id');
  requireOneOf(kind, OUTPUT_KINDS, 'OUTPUT.KIND_UNKNOWN', 'kind');
  requireText(name, 'OUTPUT.NAME_REQUIRED', 'name', 'a name');
  if (domain !== undefined) requireOneOf(domain, CAMPAIGN_DOMAINS, 'OUTPUT.DOMAIN_UNKNOWN', 'domain');
  requireMeasures(command);
  if (valuationVnd !== undefined) requireVnd(valuationVnd, 0, 'OUTPUT.VALUATION_INVALID', 'valuationVnd');
  requireIsoDate(completedOn, 'completedOn');
  return outputRecordOf(command);
}

const IN_KIND_FIELDS = ['description', 'quantity', 'unit', 'valuationVnd'] as const;

function requireFormFields(command: RecordResourceMobilised, fields: readonly string[]): void {
  const stray = fields.find((field) => command[field as keyof RecordResourceMobilised] !== undefined);
  if (stray) throw validationError('RESOURCE.FORM_MISMATCH', stray, `${stray} does not apply to a ${command.form} gift`, { form: command.form });
}

/** The cash or goods fields that fit the form; the record keeps them as given (see resourceRecordOf). */
function requireGift(command: RecordResourceMobilised): void {
  requireOneOf(command.form, RESOURCE_FORMS, 'RESOURCE.FORM_UNKNOWN', 'form');
  if (command.form === 'cash') {
    requireFormFields(command, IN_KIND_FIELDS);
    requireVnd(command.amountVnd, 1, 'RESOURCE.AMOUNT_INVALID', 'amountVnd');
    return;
  }
  requireFormFields(command, ['amountVnd']);
  const { description, quantity, unit, valuationVnd } = command;
  requireText(description, 'RESOURCE.DESCRIPTION_REQUIRED', 'description', 'a description of the goods');
  if (quantity !== undefined && !(typeof quantity === 'number' && Number.isFinite(quantity) && quantity > 0)) {
    throw validationError('RESOURCE.QUANTITY_INVALID', 'quantity', 'a quantity is a number > 0', { quantity });
  }
  if (unit !== undefined) requireText(unit, 'RESOURCE.UNIT_REQUIRED', 'unit', 'a unit label');
  requireVnd(valuationVnd, 0, 'RESOURCE.VALUATION_INVALID', 'valuationVnd');
}

/**
 * The resource a command records, as it is written (text trimmed, an empty donor name or agreement
 * id and absent optionals left out), before any check: a retry is recognised by it whatever the activity became.
 * Once checked, only the fields of the gift's form are present.
 */
export function resourceRecordOf(command: RecordResourceMobilised): ResourceMobilisation {
  const { activityId, resourceId, source, form, amountVnd, description, quantity, unit, valuationVnd, receivedOn } = command;
  const donorName = typeof command.donorName === 'string' ? command.donorName.trim() || undefined : undefined;
  const agreementId = typeof command.agreementId === 'string' ? command.agreementId.trim() || undefined : undefined;
  return compact({
    activityId,
    resourceId,
    source,
    form,
    amountVnd,
    description: trimmed(description),
    quantity,
    unit: trimmed(unit),
    valuationVnd,
    receivedOn,
    donorName,
    agreementId,
  }) as ResourceMobilisation;
}

/**
 * A gift with its source. A donor is named only when it is an organisation: a person's name
 * (an individual, a Vietnamese abroad) is personal data this context does not keep, so such a
 * name is refused rather than dropped, and the person is counted anonymously.
 */
export function requireResource(command: RecordResourceMobilised): ResourceMobilisation {
  const { activityId, resourceId, source, receivedOn } = command;
  requireResourcesOpen(command.activityStatus, activityId);
  requireText(resourceId, 'RESOURCE.ID_REQUIRED', 'resourceId', 'a resource id');
  requireOneOf(source, RESOURCE_SOURCES, 'RESOURCE.SOURCE_UNKNOWN', 'source');
  requireGift(command);
  const { donorName } = resourceRecordOf(command);
  if (donorName !== undefined && PERSONAL_SOURCES.includes(source)) {
    throw validationError('RESOURCE.DONOR_NAME_NOT_ALLOWED', 'donorName', `a ${source} donor is counted without a name`, { source });
  }
  requireIsoDate(receivedOn, 'receivedOn');
  const { agreementId } = resourceRecordOf(command);
  if (agreementId !== undefined) requireAgreementFor(agreementId, receivedOn, command.agreementFacts);
  return resourceRecordOf(command);
}
