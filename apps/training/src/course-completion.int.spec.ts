import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { type Grant, signAccessToken } from '@tn/shared-auth';
import { encodeEvent, eventTopicOf, readDeadLetters } from '@tn/shared-event-bus';
import type { CommandReply, EventEnvelope } from '@tn/shared-event-contracts';
import { CommandClient } from '@tn/shared-event-sourcing-nest';
import { MongoEventStore } from '@tn/shared-event-store';
import { isolatedSuite, type RunningService, startServiceUnderTest, TEST_AUTH_TOKEN_SECRET, waitUntilReady } from '@tn/shared-testing';
import { TRAINING_CONTEXT } from '@tn/training-contracts';
import { courseStreamId, traineeStreamId } from '@tn/training-domain';
import { trainingService } from './app.module';
import { cadreAppointed, registryStandIn, unitCreated, volunteerRegistered } from './registry-stand-in.test-fixtures';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `found` answers something, or fails after `timeoutMs`. */
async function eventually<T>(what: string, found: () => Promise<T | undefined>, timeoutMs = 45_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await found();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await pause(250);
  }
}

// The training write side through its real entry point: commands over Kafka request/reply, and
// the completion reactor turning a completed course into its learner's qualification.
describe('training course to qualification (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('training completion');
  const context = `${suite.topicPrefix}${TRAINING_CONTEXT}`;
  const id = (name: string) => `${randomUUID().slice(0, 4)}-${name}`;
  const [province, commune, trainerId, learnerId] = [id('lao-cai'), id('ta-van'), id('trainer'), id('learner')];
  const courseId = id('course');
  let training: RunningService;
  let client: CommandClient;
  // Business time is the server's: dates are Vietnam days around today, so the scenario holds on any date.
  const day = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    const registry = registryStandIn(suite.kafkaBrokers, suite.topicPrefix);
    await registry.connect();
    await registry.hierarchy(unitCreated(province, null), unitCreated(commune, province));
    await registry.cadre(trainerId, cadreAppointed(trainerId, province));
    await registry.volunteer(learnerId, volunteerRegistered(learnerId, commune));
    await registry.close();
    training = await startServiceUnderTest(trainingService, { MONGO_DATABASE: suite.databaseName, KAFKA_TOPIC_PREFIX: suite.topicPrefix });
    await waitUntilReady(training.baseUrl, 90_000);
    client = new CommandClient([context], {
      clientId: 'training-test',
      brokers: suite.kafkaBrokers,
      sealingSecret: Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
      replyGroupId: `${suite.topicPrefix}replies`,
    });
    await client.connect();
  }, 150_000);
  afterAll(async () => {
    await client?.close();
    await training?.stop();
    await suite.cleanUp();
  });

  const actor = (accountId: string, grants: Grant[], personId?: string) => ({
    id: accountId,
    token: signAccessToken(
      { sub: accountId, sid: 's1', kind: 'cadre', grants, ...(personId ? { personId } : {}) },
      Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
      new Date(),
      600,
    ),
  });
  const provinceManager = actor('manager-province', [{ role: 'unit-manager', unitId: province }]);
  const admin = actor('admin', [{ role: 'system-admin', unitId: null }]);
  const communeManager = actor('manager-commune', [{ role: 'unit-manager', unitId: commune }]);
  const trainer = actor('account-trainer', [{ role: 'trainer', unitId: province }], trainerId);
  const send = (type: string, payload: Record<string, unknown>, by = communeManager): Promise<CommandReply> =>
    client.send(context, { type, payload, actor: { kind: 'account', id: by.id }, credentials: by.token });
  const expectStored = async (type: string, payload: Record<string, unknown>, by = communeManager) =>
    expect(await send(type, payload, by)).toMatchObject({ ok: true, duplicate: false });

  const traineeEvents = async (personId: string) => (await training.app.get(MongoEventStore).readStream(traineeStreamId(personId))).events;

  it('plans a course with a qualified trainer, enrols, attends, assesses and completes it; the learner gains the qualification', async () => {
    const curriculum = (curriculumId: string) => ({
      curriculumId,
      title: 'Điều phối hoạt động tình nguyện',
      targetGroup: 'commune-cadres',
      ownerUnitId: province,
      modules: [{ moduleId: 'm-1', title: 'Lập kế hoạch', hours: 4, outcomes: ['Lập kế hoạch điều phối'] }],
    });
    const kind = (kindId: string, terms: Record<string, unknown>) => ({
      kindId,
      name: `Chứng nhận ${kindId}`,
      ownerUnitId: province,
      validityYears: 2,
      renewalWindowMonths: 6,
      grantingCurriculumIds: [],
      renewingCurriculumIds: [],
      prerequisiteKindIds: [],
      isTrainerQualification: false,
      leadingRenews: false,
      ...terms,
    });
    await expectStored('DefineCurriculum', curriculum('cur-tot'), provinceManager);
    await expectStored('DefineCurriculum', curriculum('cur-coordination'), provinceManager);
    // A trainer qualification is trusted in every unit: only a system administrator makes one.
    const totKind = kind('tot', { grantingCurriculumIds: ['cur-tot'], isTrainerQualification: true, leadingRenews: true });
    expect(await send('DefineQualificationKind', totKind, provinceManager)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expectStored('DefineQualificationKind', totKind, admin);
    await expectStored('DefineQualificationKind', kind('coordination', { grantingCurriculumIds: ['cur-coordination'] }), provinceManager);
    await expectStored(
      'RecognisePriorQualification',
      { personId: trainerId, personKind: 'cadre', kindId: 'tot', recordId: 'tot-prior', grantedOn: day(-100), evidence: 'Quyết định công nhận báo cáo viên' },
      admin,
    );
    // Course outcomes are recorded only from a completed course, never sent by hand.
    expect(
      await send(
        'RecordCourseCompletion',
        { personId: learnerId, personKind: 'volunteer', kindId: 'coordination', courseId, curriculumId: 'cur-coordination', completedOn: day(0) },
        admin,
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const plan = {
      courseId,
      curriculumId: 'cur-coordination',
      title: 'Điều phối hoạt động tình nguyện cấp xã',
      runningUnitId: commune,
      level: 'commune',
      mode: 'in-person',
      priorityAreas: ['mountain'],
      capacity: 20,
      waitlist: false,
      passMark: 70,
      startsOn: day(-3),
      endsOn: day(0),
      trainerIds: [trainerId],
      materials: [],
    };
    // A trainer without a trainer qualification is refused by name.
    expect(await send('PlanCourse', { ...plan, trainerIds: [learnerId] })).toMatchObject({
      ok: false,
      error: { code: 'COURSE.TRAINER_NOT_QUALIFIED', details: { personIds: [learnerId] } },
    });
    await expectStored('PlanCourse', plan);
    await expectStored('ScheduleCourseSession', { courseId, sessionId: 'day-1', date: day(-2), hours: 4, place: 'Nhà văn hoá xã' });
    await expectStored('RequestEnrolment', { courseId, personId: learnerId, personKind: 'volunteer', unitId: commune, abroad: false });
    expect(await send('ApproveEnrolment', { courseId, personId: learnerId })).toMatchObject({ ok: true, eventTypes: ['EnrolmentConfirmed'] });
    // The trainer records what a trainer records in the course they teach, and may not complete it.
    await expectStored('RecordSessionAttendance', { courseId, sessionId: 'day-1', presentPersonIds: [learnerId] }, trainer);
    await expectStored('RecordAssessment', { courseId, personId: learnerId, score: 85 }, trainer);
    expect(await send('CompleteCourse', { courseId, completedOn: day(0) }, trainer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await send('CompleteCourse', { courseId, completedOn: day(0) })).toMatchObject({ ok: true, eventTypes: ['CourseCompleted'] });

    const granted = await eventually('the qualification granted by the reactor', async () =>
      (await traineeEvents(learnerId)).find((event) => event.type === 'QualificationGranted'),
    );
    expect(granted.data).toMatchObject({ kindId: 'coordination', courseId, recordId: `coordination:${courseId}`, grantedOn: day(0), personKind: 'volunteer' });
    expect(granted.actor).toEqual({ kind: 'system', id: 'training-completions' });
    // Leading the course renews the trainer's qualification.
    const renewed = await eventually('the trainer renewed', async () =>
      (await traineeEvents(trainerId)).find((event) => event.type === 'QualificationRenewed'),
    );
    expect(renewed.data).toMatchObject({ kindId: 'tot', basis: 'course-led', renewsRecordId: 'tot-prior' });
  }, 180_000);

  it('grants nothing twice when the same completion is handled again', async () => {
    const completed = (await training.app.get(MongoEventStore).readStream(courseStreamId(courseId))).events.find((event) => event.type === 'CourseCompleted');
    expect(completed).toBeDefined();
    const before = { learner: (await traineeEvents(learnerId)).length, trainer: (await traineeEvents(trainerId)).length };
    expect(before).toEqual({ learner: 1, trainer: 2 });

    // The same event once more on the topic, as a relay resending it after a crash would.
    const kafka = new Kafka({ clientId: 'training-replay', brokers: suite.kafkaBrokers, logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    const admin = kafka.admin();
    const topic = eventTopicOf(context);
    await Promise.all([producer.connect(), admin.connect()]);
    try {
      await producer.send({ topic, acks: -1, messages: [encodeEvent(completed as EventEnvelope)] });
      const ends = await admin.fetchTopicOffsets(topic);
      await eventually('the reactor past the replayed completion', async () => {
        const [committed] = await admin.fetchOffsets({ groupId: `${suite.topicPrefix}training-completions-v1`, topics: [topic] });
        const offsetOf = (partition: number) => Number(committed?.partitions.find((p) => p.partition === partition)?.offset ?? -1);
        const done = ends.every((end) => Number(end.high) <= Math.max(offsetOf(end.partition), Number(end.low)));
        return done || undefined;
      });
    } finally {
      await Promise.all([producer.disconnect(), admin.disconnect()]);
    }
    expect({ learner: (await traineeEvents(learnerId)).length, trainer: (await traineeEvents(trainerId)).length }).toEqual(before);
  }, 90_000);

  it('dead-letters a course completion it cannot read, and carries on', async () => {
    const kafka = new Kafka({ clientId: 'training-unreadable', brokers: suite.kafkaBrokers, logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({
        topic: eventTopicOf(context),
        acks: -1,
        messages: [{ key: courseStreamId(courseId), value: '{not json', headers: { 'event-type': 'CourseCompleted' } }],
      });
    } finally {
      await producer.disconnect();
    }
    const letter = await eventually('the dead letter', async () =>
      (await readDeadLetters(kafka, `${suite.topicPrefix}training-completions-v1`)).find((each) => each.originalTopic === eventTopicOf(context)),
    );
    expect(letter.error).toBe('malformed event message: value is not JSON');
  }, 90_000);
});
