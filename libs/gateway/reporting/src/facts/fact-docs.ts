import type { AgreementValidity, GroupAffiliationPeriod, GroupDeclaredStatus, GroupStatusInputs } from '@tn/network-contracts';
import type { QualificationRecord, ValidityExtension } from '@tn/training-contracts';

/**
 * The gateway's indicator facts (ADR 0021): one read-model document per thing that happened or is
 * held (an activity, a campaign, a cadre, a group, an agreement), maintained from every context's
 * events as they arrive. The engine (../engine) evaluates definitions over them for any unit,
 * period and structure date. Documents hold ids and dates only, never personal data (a cadre is
 * its registry person id, which names nobody without the registry).
 *
 * Each document carries the keys its readers look up by equality (FerretDB pushes down top-level
 * equality, and equality on a token of an indexed array): `unitYears` for flows, `unitIds` for stocks.
 * Where a context's pure functions read a thing (groupStatusOn, hostUnitOn, agreementStatusOn,
 * qualificationStatusOn), the document is shaped as their inputs, so the engine passes it as it is.
 */

/** `<unitId>|<year>`: the equality key of a unit's flows of one year. */
export const unitYearKey = (unitId: string, year: number) => `${unitId}|${year}`;

/** The years (as text: read models are read by string equality) of a flow's `unitYears`, sorted. */
export const yearsOfUnitYears = (unitYears: readonly string[]): string[] => [...new Set(unitYears.map((key) => key.slice(key.lastIndexOf('|') + 1)))].sort();

/** The distinct `unitYearKey`s of a unit's flows on these days (`YYYY-MM-DD`; empty days are skipped), sorted. */
export const unitYearsOf = (unitId: string, days: readonly string[]): string[] =>
  [...new Set(days.filter((day) => day.length >= 4).map((day) => unitYearKey(unitId, Number(day.slice(0, 4)))))].sort();

/** The measures a mobilised resource counts in (its value in whole VND). */
export const MONEY_VND_MEASURE = 'money-vnd';
export const IN_KIND_VND_MEASURE = 'in-kind-vnd';

/**
 * Keys of `ActivityFactDoc.results`. `/` lies outside the id grammar, so an output's key never
 * collides with another output's or with a resource id, and withdrawing an output finds exactly its own.
 */
export const outputResultKey = (outputId: string, measureId: string) => `${outputId}/${measureId}`;
export const resourceResultKey = (resourceId: string) => resourceId;

/** An output or resource an activity recorded (withdrawn ones are removed). */
export interface ActivityResultFact {
  /** `output` per numeric measure value, `resource` per mobilisation. */
  kind: 'output' | 'resource';
  /** The output's measure id, or the resource's `money-vnd` / `in-kind-vnd` (its value in VND). */
  measure: string;
  quantity: number;
  /** The day it was completed or received. */
  on: string;
}

/**
 * `gw_reporting_activities`, id = activity id: its activity stream and its results stream folded
 * together. The results stream may be read first: until ActivityProposed arrives the document has
 * no organiser (`organiserUnitId` and `on` empty) and no `unitYears`, so no reader finds it.
 */
export interface ActivityFactDoc {
  activityId: string;
  organiserUnitId: string;
  campaignId?: string;
  domains: string[];
  initiator: string;
  coordinationModelId?: string;
  /** Registry person id of the responsible cadre (K3 checks their training). */
  responsibleCadreId: string;
  /** The day that dates the activity in a period: its start once planned, else the day it was proposed. */
  on: string;
  cancelled: boolean;
  /** The day in Vietnam it was completed. */
  completedOn?: string;
  /** Groups and partners named as taking part (joint activities, K5). */
  groupIds: string[];
  partnerIds: string[];
  /** By `outputResultKey` / `resourceResultKey`. */
  results: Record<string, ActivityResultFact>;
  /** Every `unitYearKey(organiserUnitId, year)` of `on` and of each result's day. */
  unitYears: string[];
  /** The years of `unitYears`: a country-wide read takes a year's flows with one equality. */
  years: string[];
}

/** `gw_reporting_campaigns`, id = campaign id (launched, or opened locally from a template; templates are not kept). */
export interface CampaignFactDoc {
  campaignId: string;
  organiserUnitId: string;
  domains: string[];
  initiator: string;
  coordinationModelId?: string;
  /** The day it was launched or opened. */
  on: string;
  unitYears: string[];
  years: string[];
}

/**
 * A cadre's time in one unit: a position in it (appointed, or transferred in), or, before any
 * appointment, the registering unit that owns them. Held from `from` (included) until `until`
 * (excluded: the first day no longer held; open while absent).
 */
export interface CadreTenure {
  /** Absent for the registering unit's ownership before the first appointment. */
  positionId?: string;
  unitId: string;
  dedicated: boolean;
  from: string;
  until?: string;
  /**
   * `until` is only the term's planned end (the day after the appointment's `termEnd`), not a
   * recorded change: a transfer or a recorded end of the position still replaces it.
   */
  planned?: true;
}

/** One of training's qualification records, as the training contracts' status arithmetic takes it. */
export interface CadreQualificationFact extends QualificationRecord {
  curriculumId?: string;
  renewsRecordId?: string;
}

/** A course the person passed (training's CourseCompleted): the curriculum they completed, and the day. */
export interface CompletedCourseFact {
  courseId: string;
  curriculumId: string;
  completedOn: string;
}

/**
 * `gw_reporting_cadres`, id = registry person id: the registry's positions (never a name or a
 * contact) and training's records of the same person folded in. Training's events may come first:
 * such a document has no tenures (and no `unitIds`) until the registry's arrive.
 */
export interface CadreFactDoc {
  /**
   * The document's id. Empty while only course completions touched it (one names several people,
   * so it cannot say whose a new document is); any registry or trainee event fills it in.
   */
  personId: string;
  tenures: CadreTenure[];
  /** Training's records; `revokedOn` set from the revocations naming them. */
  qualifications: CadreQualificationFact[];
  /** Every course passed (K3: trained on a model's curriculum, whether or not it grants a qualification). */
  completedCourses: CompletedCourseFact[];
  /** Every unit of a tenure (array index: equality on one token). */
  unitIds: string[];
}

/** `gw_reporting_qualification_kinds`, id = kind id: blanket extensions apply to every holder, in the order declared. */
export interface QualificationKindFactDoc {
  kindId: string;
  extensions: ValidityExtension[];
}

/** `gw_reporting_models`, id = coordination model id: the curriculum whose completion covers it (K3). */
export interface ModelFactDoc {
  modelId: string;
  curriculumId: string;
}

/** `gw_reporting_groups`, id = group id: the network's group as `groupStatusOn` and `hostUnitOn` take it. */
export interface GroupFactDoc extends GroupStatusInputs {
  groupId: string;
  registeredOn: string;
  verifiedOn?: string;
  declinedOn?: string;
  /** The host proposed at registration: where a group still pending verification (no host yet) belongs. */
  proposedHostUnitId: string;
  /** Dated hosts (`hostUnitOn`; both ends included). */
  affiliations: GroupAffiliationPeriod[];
  /** Days of the activities it took part in, in order. */
  activityDates: string[];
  declarations: { status: GroupDeclaredStatus; on: string }[];
  /** The proposed host and every host (array index). */
  unitIds: string[];
}

/** `gw_reporting_agreements`, id = agreement id: as `agreementStatusOn` takes it (validity as last amended). */
export interface AgreementFactDoc extends AgreementValidity {
  agreementId: string;
  partnerId: string;
  leadUnitId: string;
  partyUnitIds: string[];
  validFrom: string;
  validTo: string;
  /** The day it stops being in force. */
  termination?: { on: string };
  /** Lead and party units (array index). */
  unitIds: string[];
}

/** `gw_reporting_declared_values`, id = `<unitId>|<period>|<key>`: the latest declaration (reporting's events keep every one). */
export interface DeclaredValueDoc {
  unitId: string;
  period: string;
  key: string;
  value: number;
  declaredBy: string;
  declaredAt: string;
}
