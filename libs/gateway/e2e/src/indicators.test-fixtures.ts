import { errorOf, type GqlOptions, graphqlClient, type GqlResponse, type Platform } from './harness';

/**
 * What the indicator suite shares: GraphQL calls that wait as a client is told to, writes sent
 * again while a service's copy of another context is behind, the inputs the two-year scenario
 * writes again and again, and the reading and comparing of indicator values. Indicator values
 * are computed from the gateway's own facts, which lag the other read models: they are polled
 * until they equal the expectation (or a deadline passes), not waited for by consistency token.
 */

/**
 * Refusals that only say a copy has not caught up (the campaigns' copies of training's models and
 * the network's directory, a hierarchy copy, training's own qualification look-up): a refusal
 * names nothing and writes nothing, so the same write is sent again.
 */
const LAGGING_CODES = new Set([
  'HIERARCHY.CATCHING_UP',
  'COORDINATION_MODELS.CATCHING_UP',
  'NETWORK_DIRECTORY.CATCHING_UP',
  'ACTIVITY.COORDINATION_MODEL_UNKNOWN',
  'ACTIVITY.PARTICIPANT_UNKNOWN',
  'COURSE.TRAINER_NOT_QUALIFIED',
  'NOT_KNOWN_YET',
]);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A GraphQL string literal (JSON escapes are GraphQL escapes). */
export const str = (value: string) => JSON.stringify(value);

/** A GraphQL list of strings. */
export const list = (values: readonly string[]) => `[${values.map(str).join(', ')}]`;

/** The Vietnam date (UTC+7) of now, YYYY-MM-DD: the server's "today" for what it dates itself. */
export const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

export function indicatorKit(platformOf: () => Platform) {
  const client = graphqlClient(() => platformOf().gateway.baseUrl);

  /** GraphQL through the gateways, sent again when nothing ran: a write waited for not visible in time, or the gateway shedding load. */
  async function gql(query: string, options: GqlOptions = {}): Promise<GqlResponse> {
    for (let attempt = 1; ; attempt++) {
      const result = await client.gql(query, options);
      const { code } = errorOf(result);
      if ((code !== 'CONSISTENCY_NOT_VISIBLE' && code !== 'GATEWAY.BUSY') || attempt === 8) return result;
      const after = Number((result.errors?.[0]?.extensions as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 1);
      await pause(Math.min(after, 5) * 1000);
    }
  }

  /** Polls until `done` holds; the last answer otherwise (the caller's expectation then shows what differed). */
  async function eventually<T>(readOnce: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 120_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await readOnce();
      if (done(value) || Date.now() > deadline) return value;
      await pause(750);
    }
  }

  /** A mutation that must succeed (after the writes it names), sent again while a copy it is decided against lags; its consistency token. */
  async function mutate(query: string, token: string, consistency: string[] = []): Promise<string> {
    const result = await eventually(
      () => gql(query, { token, consistency }),
      (answer) => !LAGGING_CODES.has(errorOf(answer).code ?? ''),
      60_000,
    );
    expect({ query, errors: result.errors }).toEqual({ query, errors: undefined });
    return (Object.values(result.data!)[0] as { consistencyToken: string }).consistencyToken;
  }

  /** A query that must succeed; its data. */
  async function read(query: string, token: string, consistency: string[] = []): Promise<NonNullable<GqlResponse['data']>> {
    const result = await gql(query, { token, consistency });
    expect({ query, errors: result.errors }).toEqual({ query, errors: undefined });
    return result.data!;
  }

  /** An activity through its lifecycle as far as the plan goes; the last write's consistency token. */
  async function recordActivity(plan: ActivityPlan, token: string, consistency: string[]): Promise<string> {
    let last = await mutate(proposeActivityMutation(plan), token, consistency);
    const step = async (query: string) => (last = await mutate(query, token, [last]));
    if (plan.cancelledOn) {
      return step(
        `mutation { cancelActivity(input: { activityId: "${plan.activityId}", reason: "Thời tiết xấu, không tổ chức được", cancelledOn: "${plan.cancelledOn}" }) { consistencyToken } }`,
      );
    }
    if (!plan.planned) return last;
    const { startsOn, endsOn, plannedOn } = plan.planned;
    await step(
      `mutation { planActivity(input: { activityId: "${plan.activityId}", startsOn: "${startsOn}", endsOn: "${endsOn}", plannedOn: "${plannedOn}" }) { consistencyToken } }`,
    );
    if (!plan.preparedOn) return last;
    await step(`mutation { prepareActivity(input: { activityId: "${plan.activityId}", preparedOn: "${plan.preparedOn}" }) { consistencyToken } }`);
    await step(`mutation { startActivity(input: { activityId: "${plan.activityId}", startedAt: "${startsOn}T07:00:00+07:00" }) { consistencyToken } }`);
    for (const output of plan.outputs ?? []) {
      await step(
        `mutation { recordActivityOutput(input: { activityId: "${plan.activityId}", outputId: "${output.outputId}", kind: "youth-work", name: ${str(output.name)}, measures: [{ measureId: "${output.measureId}", value: ${output.value} }], completedOn: "${output.completedOn}" }) { consistencyToken } }`,
      );
    }
    if (plan.completedAt) {
      await step(`mutation { completeActivity(input: { activityId: "${plan.activityId}", completedAt: "${plan.completedAt}" }) { consistencyToken } }`);
    }
    return last;
  }

  /**
   * A whole course: planned, two sessions (its first and last day), each learner enrolled and
   * approved, everyone present, scored above the pass mark, completed. Returns the completion's token.
   */
  async function runCourse(course: CoursePlan, token: string, consistency: string[]): Promise<string> {
    let last = await mutate(
      `mutation { planCourse(input: { courseId: "${course.courseId}", curriculumId: "${course.curriculumId}", title: ${str(course.title)}, runningUnitId: "${course.runningUnitId}", level: "province", mode: "in-person", priorityAreas: ["mountain"], capacity: 12, waitlist: false, passMark: 60, startsOn: "${course.startsOn}", endsOn: "${course.endsOn}", trainerIds: ["${course.trainerId}"] }) { consistencyToken } }`,
      token,
      consistency,
    );
    const step = async (query: string) => (last = await mutate(query, token, [last]));
    const sessions = [
      [`${course.courseId}-s1`, course.startsOn],
      [`${course.courseId}-s2`, course.endsOn],
    ] as const;
    for (const [sessionId, date] of sessions) {
      await step(
        `mutation { scheduleCourseSession(input: { courseId: "${course.courseId}", sessionId: "${sessionId}", date: "${date}", hours: 4, place: "Hội trường Tỉnh đoàn" }) { consistencyToken } }`,
      );
    }
    for (const learner of course.learners) {
      await step(
        `mutation { requestEnrolment(input: { courseId: "${course.courseId}", personId: "${learner.personId}", personKind: "cadre", unitId: "${learner.unitId}" }) { consistencyToken } }`,
      );
      await step(`mutation { approveEnrolment(input: { courseId: "${course.courseId}", personId: "${learner.personId}" }) { consistencyToken } }`);
    }
    for (const [sessionId] of sessions) {
      await step(
        `mutation { recordSessionAttendance(input: { courseId: "${course.courseId}", sessionId: "${sessionId}", presentPersonIds: ${list(course.learners.map((learner) => learner.personId))} }) { consistencyToken } }`,
      );
    }
    for (const [index, learner] of course.learners.entries()) {
      await step(
        `mutation { recordAssessment(input: { courseId: "${course.courseId}", personId: "${learner.personId}", score: ${75 + index} }) { consistencyToken } }`,
      );
    }
    return step(`mutation { completeCourse(input: { courseId: "${course.courseId}", completedOn: "${course.completedOn}" }) { consistencyToken } }`);
  }

  return { gql, mutate, read, eventually, recordActivity, runCourse };
}

/** A unit of the registry, created with the province's area flags. */
export interface UnitSpec {
  unitId: string;
  nameVi: string;
  parentId: string | null;
  levelLabel: string;
  organisation?: string;
}

export const createUnitMutation = (unit: UnitSpec, effectiveFrom: string) =>
  `mutation { createUnit(input: { unitId: "${unit.unitId}", nameVi: ${str(unit.nameVi)}, organisation: "${unit.organisation ?? 'union'}", levelLabel: ${str(unit.levelLabel)}, ${unit.parentId ? `parentId: "${unit.parentId}", ` : ''}flags: { mountainous: true }, effectiveFrom: "${effectiveFrom}" }) { consistencyToken } }`;

/** Communes merged into a new commune under the same parent, from a date. */
export const mergeIntoNewUnitMutation = (sourceUnitIds: readonly string[], successor: UnitSpec, effectiveFrom: string) =>
  `mutation { mergeUnits(input: { sourceUnitIds: ${list(sourceUnitIds)}, intoNewUnit: { newUnitId: "${successor.unitId}", nameVi: ${str(successor.nameVi)}, organisation: "${successor.organisation ?? 'union'}", levelLabel: ${str(successor.levelLabel)}, parentId: "${successor.parentId}" }, effectiveFrom: "${effectiveFrom}" }) { consistencyToken } }`;

export const registerCadreMutation = (cadreId: string, fullName: string, unitId: string, registeredOn: string) =>
  `mutation { registerCadre(input: { cadreId: "${cadreId}", fullName: ${str(fullName)}, registeredOn: "${registeredOn}", registeringUnitId: "${unitId}" }) { consistencyToken } }`;

export const appointCadreMutation = (cadreId: string, unitId: string, title: string, dedicatedToVolunteerWork: boolean, termStart: string) =>
  `mutation { appointCadre(input: { cadreId: "${cadreId}", unitId: "${unitId}", title: ${str(title)}, dedicatedToVolunteerWork: ${dedicatedToVolunteerWork}, termStart: "${termStart}" }) { consistencyToken } }`;

/** A person of the registry (a group's leader), adult, with the registry consent, registered in their home unit on a day it existed. */
export const registerVolunteerMutation = (volunteerId: string, fullName: string, homeUnitId: string, n: number, registeredOn: string) =>
  `mutation { registerVolunteer(input: { volunteerId: "${volunteerId}", fullName: ${str(fullName)}, dateOfBirth: "1999-04-${String((n % 28) + 1).padStart(2, '0')}", phone: "09662${String(n).padStart(5, '0')}", email: "${volunteerId}@example.vn", homeUnitId: "${homeUnitId}", consents: [{ purpose: "registry", givenAt: "${registeredOn}T08:00:00Z" }], registeredOn: "${registeredOn}" }) { consistencyToken } }`;

/** A campaign a unit runs (not a template), dated by its launch. */
export interface CampaignPlan {
  campaignId: string;
  name: string;
  organiserUnitId: string;
  domains: string[];
  initiator: 'union' | 'youth-federation' | 'other-organisation';
  launchedOn: string;
  startsOn: string;
  endsOn: string;
}

export const launchCampaignMutation = (plan: CampaignPlan) =>
  `mutation { launchCampaign(input: { campaignId: "${plan.campaignId}", organiserUnitId: "${plan.organiserUnitId}", definition: { name: ${str(plan.name)}, kind: "regular", domains: ${list(plan.domains)}, startsOn: "${plan.startsOn}", endsOn: "${plan.endsOn}", goals: [], initiator: "${plan.initiator}" }, launchedOn: "${plan.launchedOn}" }) { consistencyToken } }`;

/**
 * An activity as far as it went: proposed; planned (dated by its start from then on); prepared
 * and started on its first day at 07:00 (Vietnam), with outputs; completed; or cancelled instead.
 */
export interface ActivityPlan {
  activityId: string;
  name: string;
  organiserUnitId: string;
  initiator: 'union' | 'youth-federation' | 'other-organisation';
  domains: string[];
  responsibleCadreId: string;
  coordinationModelId?: string;
  campaignId?: string;
  proposedOn: string;
  planned?: { startsOn: string; endsOn: string; plannedOn: string };
  /** Prepared on this day, then started on the planned start. */
  preparedOn?: string;
  outputs?: { outputId: string; name: string; measureId: string; value: number; completedOn: string }[];
  completedAt?: string;
  cancelledOn?: string;
}

export const proposeActivityMutation = (plan: ActivityPlan) =>
  `mutation { proposeActivity(input: { activityId: "${plan.activityId}", name: ${str(plan.name)}, ${plan.campaignId ? `campaignId: "${plan.campaignId}", ` : ''}organiserUnitId: "${plan.organiserUnitId}", domains: ${list(plan.domains)}, location: { unitId: "${plan.organiserUnitId}", site: "Nhà văn hoá thôn" }, responsibleCadreId: "${plan.responsibleCadreId}", initiator: "${plan.initiator}", ${plan.coordinationModelId ? `coordinationModelId: "${plan.coordinationModelId}", ` : ''}proposedOn: "${plan.proposedOn}" }) { consistencyToken } }`;

/** A course run at the province for cadres of its units (each learner enrolled for their unit). */
export interface CoursePlan {
  courseId: string;
  curriculumId: string;
  title: string;
  runningUnitId: string;
  trainerId: string;
  learners: { personId: string; unitId: string }[];
  startsOn: string;
  endsOn: string;
  completedOn: string;
}

/** An agreement with a partner, committing goods, led by a unit with the units party to it. */
export const signAgreementMutation = (agreement: {
  agreementId: string;
  partnerId: string;
  title: string;
  leadUnitId: string;
  partyUnitIds: string[];
  validFrom: string;
  validTo: string;
}) =>
  `mutation { signAgreement(input: { agreementId: "${agreement.agreementId}", partnerId: "${agreement.partnerId}", title: ${str(agreement.title)}, scope: "Hỗ trợ vật liệu và kinh phí cho công trình thanh niên", fields: ["new-rural-construction", "children-care-education"], leadUnitId: "${agreement.leadUnitId}", partyUnitIds: ${list(agreement.partyUnitIds)}, signedOn: "${agreement.validFrom}", validFrom: "${agreement.validFrom}", validTo: "${agreement.validTo}", commitments: [{ commitmentId: "vat-lieu", kind: "items", description: "Xi măng và sắt thép", quantity: 50, measure: "tấn" }] }) { consistencyToken } }`;

export const declareValueMutation = (unitId: string, period: string, value: number) =>
  `mutation { declareValue(input: { unitId: "${unitId}", period: "${period}", key: "activities-held", value: ${value}, note: "Theo báo cáo tổng kết năm" }) { consistencyToken } }`;

/** A plan indicator; the formula travels as a JSON string. */
export const defineIndicatorMutation = (indicator: {
  indicatorId: string;
  code: string;
  nameVi: string;
  nameEn: string;
  ownerUnitId: string;
  unit: string;
  formula: object;
  targets: { year: number; value: number }[];
}) =>
  `mutation { defineIndicator(input: { indicatorId: "${indicator.indicatorId}", code: ${str(indicator.code)}, nameVi: ${str(indicator.nameVi)}, nameEn: ${str(indicator.nameEn)}, ownerUnitId: "${indicator.ownerUnitId}", unit: ${str(indicator.unit)}, formula: ${str(JSON.stringify(indicator.formula))}, targets: [${indicator.targets.map((target) => `{ year: ${target.year}, value: ${target.value} }`).join(', ')}] }) { consistencyToken } }`;

/** An indicator value as the API answers it. */
export interface IndicatorValueRow {
  indicatorId: string;
  version: number;
  code: string;
  unitId: string;
  period: string;
  structureDate: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  targetYear: number | null;
  progress: number | null;
}

const VALUE_FIELDS = 'indicatorId version code unitId period structureDate value numerator denominator target targetYear progress';

export const indicatorValuesQuery = (ask: {
  indicatorIds: readonly string[];
  periods: readonly string[];
  unitIds: readonly string[];
  structureDate?: string;
  level?: string;
}) =>
  `{ indicatorValues(indicatorIds: ${list(ask.indicatorIds)}, periods: ${list(ask.periods)}, unitIds: ${list(ask.unitIds)}${ask.structureDate ? `, structureDate: "${ask.structureDate}"` : ''}${ask.level ? `, level: ${str(ask.level)}` : ''}) { ${VALUE_FIELDS} } }`;

const keyOf = (row: Pick<IndicatorValueRow, 'unitId' | 'indicatorId' | 'period'>) => `${row.unitId}|${row.indicatorId}|${row.period}`;

/** The row's fields in one order (the comparison is of text). */
const canonical = (row: IndicatorValueRow): IndicatorValueRow => {
  const { indicatorId, version, code, unitId, period, structureDate, value, numerator, denominator, target, targetYear, progress } = row;
  return { indicatorId, version, code, unitId, period, structureDate, value, numerator, denominator, target, targetYear, progress };
};

/** Rows in one order, whatever order they were asked or answered in, each with its fields in one order. */
export const sortedRows = (rows: readonly IndicatorValueRow[]): IndicatorValueRow[] =>
  [...rows].sort((a, b) => keyOf(a).localeCompare(keyOf(b))).map(canonical);

/** Floats computed in another order differ in the last bits (2 / 7 × 100 against 200 / 7). */
const TOLERANCE = 1e-6;
const NUMERIC_FIELDS = ['value', 'numerator', 'denominator', 'target', 'progress'] as const;

/**
 * The answer as the expectation would read it: sorted, each number that lies within rounding of
 * the expected one replaced by it, so a comparison shows only real differences (and rows answered
 * but not expected, or expected but missing).
 */
export function asExpected(actual: readonly IndicatorValueRow[], expected: readonly IndicatorValueRow[]): IndicatorValueRow[] {
  const wanted = new Map(expected.map((row) => [keyOf(row), row]));
  return sortedRows(
    actual.map((row) => {
      const match = wanted.get(keyOf(row));
      if (!match) return row;
      const rounded = { ...row };
      for (const field of NUMERIC_FIELDS) {
        const [got, want] = [row[field], match[field]];
        if (typeof got === 'number' && typeof want === 'number' && Math.abs(got - want) <= TOLERANCE) rounded[field] = want;
      }
      return rounded;
    }),
  );
}

/** Whether the answer equals the expectation (within rounding). */
export const sameValues = (actual: readonly IndicatorValueRow[], expected: readonly IndicatorValueRow[]) =>
  JSON.stringify(asExpected(actual, expected)) === JSON.stringify(sortedRows(expected));
