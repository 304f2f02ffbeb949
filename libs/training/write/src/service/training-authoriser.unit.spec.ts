import { type Grant, signAccessToken } from '@tn/shared-auth';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { EndedSessions } from '@tn/shared-registry-feed';
import { localHierarchyOf, unitCreated, unitsMerged } from '@tn/shared-registry-feed/testing';
import { coursePlan, curriculum, failureOf, ISSUED_AT, kind, rightsOf, seededWorld } from '../write.test-fixtures';
import { trainingAuthoriser, type UnitLineages } from './training-authoriser';

const secret = Buffer.alloc(32, 5);
const tokenOf = (sub: string, grants: Grant[], extra: { kind?: 'cadre' | 'volunteer' | 'service'; personId?: string; sid?: string } = {}) =>
  signAccessToken(
    { sub, sid: extra.sid ?? 's', kind: extra.kind ?? 'cadre', grants, ...(extra.personId ? { personId: extra.personId } : {}) },
    secret,
    new Date(),
    600,
  );

// Lào Cai province with the communes Tả Van and Sa Pa; Hầu Thào merged into Tả Van on 2025-07-01.
const hierarchy = localHierarchyOf([
  unitCreated('lao-cai', null),
  unitCreated('ta-van', 'lao-cai'),
  unitCreated('sa-pa', 'lao-cai'),
  unitCreated('hau-thao', 'lao-cai'),
  unitsMerged(['hau-thao'], 'ta-van', '2025-07-01'),
]);
// Where the registry places people: volunteers by home unit, cadres by position.
const homes: Record<string, string> = { 'learner-1': 'ta-van', 'learner-2': 'ta-van', 'learner-sa-pa': 'sa-pa', 'learner-old': 'hau-thao' };
const positions: Record<string, string[]> = { 'trainer-1': ['lao-cai'], 'trainer-2': ['sa-pa'] };
const people = { homeUnitOf: async (id: string) => homes[id], positionUnitsOf: async (id: string) => positions[id] ?? [] };
const endedSessions = new EndedSessions();
endedSessions.attach(async (accountId, sessionId) => accountId === 'manager-ta-van' && sessionId === 'ended');

const manager = (unitId: string) => ({ id: `manager-${unitId}`, token: tokenOf(`manager-${unitId}`, [{ role: 'unit-manager', unitId }]) });
const taVan = manager('ta-van');
const saPa = manager('sa-pa');
const province = manager('lao-cai');
const admin = { id: 'admin', token: tokenOf('admin', [{ role: 'system-admin', unitId: null }]) };
const trainer = { id: 'acc-trainer-1', token: tokenOf('acc-trainer-1', [{ role: 'trainer', unitId: 'lao-cai' }], { personId: 'trainer-1' }) };
const otherTrainer = { id: 'acc-trainer-2', token: tokenOf('acc-trainer-2', [{ role: 'trainer', unitId: 'lao-cai' }], { personId: 'trainer-2' }) };
const learner = {
  id: 'acc-learner-1',
  token: tokenOf('acc-learner-1', [{ role: 'volunteer', unitId: 'ta-van' }], { kind: 'volunteer', personId: 'learner-1' }),
};

/** The world: the seeded catalogue (owned by Lào Cai) and course-1, run by Tả Van and taught by trainer-1. */
async function authorising(lineages: UnitLineages = hierarchy) {
  const world = await seededWorld();
  await world.send('PlanCourse', coursePlan());
  const authorise = trainingAuthoriser({ secret, lookups: world.lookups, hierarchy: lineages, endedSessions, people });
  return (type: string, payload: Record<string, unknown>, actor: { id: string; token?: string }) => {
    const envelope: CommandEnvelope = {
      commandId: 'c-1',
      type,
      payload,
      actor: { kind: 'account', id: actor.id },
      correlationId: 'k',
      issuedAt: ISSUED_AT,
      ...(actor.token ? { credentials: actor.token } : {}),
    };
    return authorise(envelope, rightsOf(world.routes, type, payload));
  };
}

const request = (personId: string, unitId = 'ta-van') => ({ courseId: 'course-1', personId, personKind: 'volunteer', unitId, abroad: false });

describe('training authoriser', () => {
  it('refuses a command without a token, with the token of another actor, or of a session the registry ended', async () => {
    const send = await authorising();
    expect(await failureOf(() => send('DefineCurriculum', curriculum('cur-9', 'ta-van'), { id: taVan.id }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await failureOf(() => send('DefineCurriculum', curriculum('cur-9', 'ta-van'), { id: 'someone', token: taVan.token }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const ended = { id: taVan.id, token: tokenOf(taVan.id, [{ role: 'unit-manager', unitId: 'ta-van' }], { sid: 'ended' }) };
    expect(await failureOf(() => send('DefineCurriculum', curriculum('cur-9', 'ta-van'), ended))).toMatchObject({ code: 'AUTH.SESSION_ENDED' });
  });

  it('refuses a command type that declares no rights', async () => {
    const world = await seededWorld();
    const authorise = trainingAuthoriser({ secret, lookups: world.lookups, hierarchy, endedSessions, people });
    const envelope = {
      commandId: 'c',
      type: 'Unknown',
      payload: {},
      actor: { kind: 'account' as const, id: admin.id },
      correlationId: 'k',
      issuedAt: ISSUED_AT,
    };
    expect(await failureOf(() => authorise({ ...envelope, credentials: admin.token }, undefined))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("lets the unit's manager and a manager above act on a unit it names, and refuses a foreign unit's manager", async () => {
    const send = await authorising();
    await expect(send('PlanCourse', coursePlan({ courseId: 'course-9' }), taVan)).resolves.toBeUndefined();
    await expect(send('PlanCourse', coursePlan({ courseId: 'course-9' }), province)).resolves.toBeUndefined();
    expect(await failureOf(() => send('PlanCourse', coursePlan({ courseId: 'course-9' }), saPa))).toMatchObject({
      kind: 'forbidden',
      code: 'FORBIDDEN',
      details: { unitId: 'ta-van' },
    });
  });

  it('scopes a command naming a course by its running unit, and refuses an unknown course exactly like a foreign one', async () => {
    const send = await authorising();
    const session = (courseId: string) => ({ courseId, sessionId: 'day-1', date: '2026-04-06', hours: 4, place: 'Nhà văn hoá' });
    await expect(send('ScheduleCourseSession', session('course-1'), taVan)).resolves.toBeUndefined();
    const foreign = await failureOf(() => send('ScheduleCourseSession', session('course-1'), saPa));
    const unknown = await failureOf(() => send('ScheduleCourseSession', session('course-nope'), saPa));
    expect(foreign).toMatchObject({ code: 'FORBIDDEN', details: { courseId: 'course-1' } });
    expect(unknown).toMatchObject({ code: 'FORBIDDEN', details: { courseId: 'course-nope' } });
    expect((unknown as unknown as Error).message).toBe((foreign as unknown as Error).message.replace('course-1', 'course-nope'));
  });

  it("scopes a catalogue item by its owner unit: the province's curriculum is not a commune's to revise", async () => {
    const send = await authorising();
    const revision = { ...curriculum('cur-coordination'), targetGroup: undefined, ownerUnitId: undefined };
    await expect(send('ReviseCurriculum', revision, province)).resolves.toBeUndefined();
    expect(await failureOf(() => send('ReviseCurriculum', revision, taVan))).toMatchObject({
      code: 'FORBIDDEN',
      details: { itemKind: 'curriculum', itemId: 'cur-coordination' },
    });
    expect(await failureOf(() => send('RetireCurriculum', { curriculumId: 'cur-nope' }, province))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('enrols only learners the registry places within the enrolling unit, and refuses an unknown person alike', async () => {
    const send = await authorising();
    await expect(send('RequestEnrolment', request('learner-1'), taVan)).resolves.toBeUndefined();
    // Hầu Thào's volunteers belong to Tả Van since the merger.
    await expect(send('RequestEnrolment', request('learner-old'), taVan)).resolves.toBeUndefined();
    expect(await failureOf(() => send('RequestEnrolment', request('learner-sa-pa'), taVan))).toMatchObject({
      code: 'FORBIDDEN',
      details: { personId: 'learner-sa-pa' },
    });
    expect(await failureOf(() => send('RequestEnrolment', request('ghost'), taVan))).toMatchObject({ code: 'FORBIDDEN', details: { personId: 'ghost' } });
  });

  it("takes a course's trainers from anywhere, as long as the registry knows them", async () => {
    const send = await authorising();
    await expect(send('PlanCourse', coursePlan({ courseId: 'course-9', trainerIds: ['trainer-1', 'trainer-2'] }), taVan)).resolves.toBeUndefined();
    expect(await failureOf(() => send('PlanCourse', coursePlan({ courseId: 'course-9', trainerIds: ['ghost'] }), taVan))).toMatchObject({
      code: 'FORBIDDEN',
      details: { personId: 'ghost' },
    });
    expect(await failureOf(() => send('AssignCourseTrainer', { courseId: 'course-1', personId: 'ghost' }, taVan))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a person ask for a place and give it up for themselves only, for a unit they belong to', async () => {
    const send = await authorising();
    await expect(send('RequestEnrolment', request('learner-1'), learner)).resolves.toBeUndefined();
    await expect(send('WithdrawEnrolment', { courseId: 'course-1', personId: 'learner-1' }, learner)).resolves.toBeUndefined();
    expect(await failureOf(() => send('RequestEnrolment', request('learner-2'), learner))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failureOf(() => send('RequestEnrolment', request('learner-1', 'sa-pa'), learner))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failureOf(() => send('ApproveEnrolment', { courseId: 'course-1', personId: 'learner-1' }, learner))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a trainer record attendance and assessment in a course they teach, and nothing more', async () => {
    const send = await authorising();
    await expect(
      send('RecordSessionAttendance', { courseId: 'course-1', sessionId: 'day-1', presentPersonIds: ['learner-1'] }, trainer),
    ).resolves.toBeUndefined();
    await expect(send('RecordAssessment', { courseId: 'course-1', personId: 'learner-1', score: 80 }, trainer)).resolves.toBeUndefined();
    expect(await failureOf(() => send('RecordAssessment', { courseId: 'course-1', personId: 'learner-1', score: 80 }, otherTrainer))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await failureOf(() => send('CompleteCourse', { courseId: 'course-1', completedOn: '2026-04-10' }, trainer))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a system administrator do everything, but not in a unit that does not exist', async () => {
    const send = await authorising();
    await expect(send('ScheduleCourseSession', { courseId: 'course-nope', sessionId: 's', date: '2026-04-06', hours: 1 }, admin)).resolves.toBeUndefined();
    await expect(send('RequestEnrolment', request('ghost'), admin)).resolves.toBeUndefined();
    expect(await failureOf(() => send('DefineCurriculum', curriculum('cur-9', 'atlantis'), admin))).toMatchObject({
      code: 'FORBIDDEN',
      details: { unitId: 'atlantis' },
    });
  });

  it('refuses course outcomes from the command topic to everyone: only a completed course records them', async () => {
    const send = await authorising();
    const outcome = {
      personId: 'learner-1',
      personKind: 'volunteer',
      kindId: 'coordination',
      courseId: 'course-1',
      curriculumId: 'cur-coordination',
      completedOn: '2026-04-10',
    };
    for (const actor of [taVan, province, admin]) {
      expect(await failureOf(() => send('RecordCourseCompletion', outcome, actor))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await failureOf(() => send('RecordCourseLed', { ...outcome, personId: 'trainer-1', personKind: 'cadre', kindId: 'tot' }, actor))).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('lets only a system administrator make, change or grant by recognition a trainer qualification', async () => {
    const send = await authorising();
    const ownTrainerKind = { ...kind('home-made-tot', { ownerUnitId: 'ta-van', isTrainerQualification: true }) };
    expect(await failureOf(() => send('DefineQualificationKind', ownTrainerKind, taVan))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failureOf(() => send('DefineQualificationKind', ownTrainerKind, province))).toMatchObject({ code: 'FORBIDDEN' });
    await expect(send('DefineQualificationKind', ownTrainerKind, admin)).resolves.toBeUndefined();
    // An existing trainer kind stays the administrator's, even when the revision would make it an ordinary one.
    expect(await failureOf(() => send('ReviseQualificationKind', kind('tot'), province))).toMatchObject({ code: 'FORBIDDEN' });
    const recognition = { personId: 'learner-1', personKind: 'volunteer', recordId: 'r-9', grantedOn: '2026-01-05', evidence: 'Quyết định 7' };
    expect(await failureOf(() => send('RecognisePriorQualification', { ...recognition, kindId: 'tot' }, province))).toMatchObject({ code: 'FORBIDDEN' });
    const extension = { kindId: 'tot', extensionId: 'x-1', expiringFrom: '2026-01-01', expiringTo: '2026-12-31', extendByMonths: 6, reason: 'Bão lũ' };
    expect(await failureOf(() => send('ExtendQualificationValidity', extension, province))).toMatchObject({ code: 'FORBIDDEN' });
    await expect(send('ExtendQualificationValidity', extension, admin)).resolves.toBeUndefined();
    // Another unit's manager hears what they hear of any kind not theirs, not that this one is a trainer kind.
    expect(await failureOf(() => send('ExtendQualificationValidity', extension, saPa))).toMatchObject({ code: 'FORBIDDEN', details: { itemId: 'tot' } });
    await expect(send('RecognisePriorQualification', { ...recognition, kindId: 'tot' }, admin)).resolves.toBeUndefined();
    // An ordinary kind stays its owner unit's to manage.
    await expect(send('DefineQualificationKind', kind('first-aid', { ownerUnitId: 'ta-van' }), taVan)).resolves.toBeUndefined();
    await expect(send('RecognisePriorQualification', { ...recognition, kindId: 'basic' }, province)).resolves.toBeUndefined();
  });

  it('answers HIERARCHY.CATCHING_UP rather than a refusal while the copy of the registry is behind', async () => {
    const behind: UnitLineages = { refresh: async () => undefined, catchUp: async () => false, lineageOf: (unit, date) => hierarchy.lineageOf(unit, date) };
    const send = await authorising(behind);
    await expect(send('PlanCourse', coursePlan({ courseId: 'course-9' }), taVan)).resolves.toBeUndefined();
    expect(await failureOf(() => send('PlanCourse', coursePlan({ courseId: 'course-9', runningUnitId: 'new-commune' }), taVan))).toMatchObject({
      kind: 'concurrency',
      code: 'HIERARCHY.CATCHING_UP',
    });
  });
});
