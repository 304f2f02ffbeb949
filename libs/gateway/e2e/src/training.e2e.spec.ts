import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, type GqlOptions, graphqlClient, type GqlResponse, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Issue 14 through real servers: GraphQL → Kafka → training service → events → its completion
// reactor → trainee streams → gateway read models → GraphQL; and training's catalogue → the
// campaigns service's copy of it. A province trainer trains 3 trainers (ToT), each of whom runs
// a commune course for 10 cadres; the first commune's course ran more than a year ago, so its
// one-year qualifications have expired (still renewable) and a refresher renews two of them.
describe('training through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('training e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  // Business dates are days around the server's today (Vietnam, UTC+7), so the scenario holds whenever it runs.
  const vietnamNow = Date.now() + 7 * 3_600_000;
  const day = (offset: number) => new Date(vietnamNow + offset * 86_400_000).toISOString().slice(0, 10);
  /** A date plus whole years (29 February to 28 February), as a qualification's validity runs. */
  const plusYears = (date: string, years: number) => {
    const [year, month, dayOfMonth] = date.split('-');
    const shifted = `${Number(year) + years}-${month}-${dayOfMonth}`;
    return month === '02' && dayOfMonth === '29' ? `${Number(year) + years}-02-28` : shifted;
  };
  let platform: Platform;

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const client = graphqlClient(() => platform.gateway.baseUrl);
  /**
   * GraphQL through the gateways, sent again as a client is told to when nothing ran: a write it
   * waits for was not visible in time (CONSISTENCY_NOT_VISIBLE; on a loaded machine a rebalance can
   * hold a projector), or the gateway shed the request (GATEWAY.BUSY, after its retryAfterSeconds).
   */
  async function gql(query: string, options: GqlOptions = {}): Promise<GqlResponse> {
    for (let attempt = 1; ; attempt++) {
      const result = await client.gql(query, options);
      const { code } = errorOf(result);
      if ((code !== 'CONSISTENCY_NOT_VISIBLE' && code !== 'GATEWAY.BUSY') || attempt === 8) return result;
      const after = Number((result.errors?.[0]?.extensions as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 1);
      await new Promise((resolve) => setTimeout(resolve, Math.min(after, 5) * 1000));
    }
  }
  /** A mutation that must succeed (after the writes it names); returns its consistency token. */
  const mutate = async (query: string, token: string, consistency: string[] = []) => {
    const result = await gql(query, { token, consistency });
    expect(result.errors).toBeUndefined();
    return (Object.values(result.data!)[0] as { consistencyToken: string }).consistencyToken;
  };
  /** A query that must succeed; its data. */
  const read = async (query: string, token: string, consistency: string[] = []) => {
    const result = await gql(query, { token, consistency });
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  // The province and its three communes; another province, whose manager attacks.
  const province = id('lao-cai');
  const communes = [id('ta-van'), id('bat-xat'), id('sa-pa')];
  const otherProvince = id('yen-bai');
  // The province trainer, the three trainers (one per commune), ten cadres per commune (the first two dedicated to volunteer work).
  const provinceTrainer = id('gv-tinh');
  const trainers = [id('gv-1'), id('gv-2'), id('gv-3')];
  const cadres = communes.map((_, c) => Array.from({ length: 10 }, (_, i) => id(`cb-${c + 1}-${String(i + 1).padStart(2, '0')}`)));
  const dedicated = cadres.map((list) => list.slice(0, 2));

  // Own accounts: managers of each unit, trainers with the trainer role and their person.
  const provinceManager = tokenFor([{ role: 'unit-manager', unitId: province }]);
  const communeManagers = communes.map((unitId) => tokenFor([{ role: 'unit-manager', unitId }]));
  const otherManager = tokenFor([{ role: 'unit-manager', unitId: otherProvince }]);
  const trainerToken = (personId: string, unitId: string) => tokenFor([{ role: 'trainer', unitId }], { personId });

  const curricula = { tot: id('ct-tot'), commune: id('ct-xa'), refresher: id('ct-boi-duong') };
  const kinds = { trainer: id('cc-giang-vien'), coordination: id('cc-dieu-phoi') };
  const model = id('mh-phoi-hop');
  const courses = { tot: id('kh-tot'), commune: communes.map((_, c) => id(`kh-xa-${c + 1}`)) };
  // The ToT two years ago; the first commune's course 16 months ago (expired since); the others a month ago.
  const communeDates = [
    { startsOn: day(-500), endsOn: day(-499), completedOn: day(-495) },
    { startsOn: day(-40), endsOn: day(-39), completedOn: day(-35) },
    { startsOn: day(-40), endsOn: day(-39), completedOn: day(-35) },
  ];
  const totDates = { startsOn: day(-800), endsOn: day(-799), completedOn: day(-790) };

  /** The consistency tokens of the set-up's writes: units, cadres, catalogue. */
  let setUp: string[] = [];
  let modelCampaignToken = '';

  /** Polls a read until it satisfies `done` (the completion reactor grants after the course is completed); the last answer otherwise. */
  async function eventually<T>(readOnce: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 90_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await readOnce();
      if (done(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  const qualificationsQuery = (personId: string, asOf?: string) =>
    `{ personQualifications(personId: "${personId}"${asOf ? `, asOf: "${asOf}"` : ''}) { personId qualifications { kindId status validUntil currentRecordId history { recordId origin grantedOn validUntil status courseId renewsRecordId unitId } } } }`;
  interface Standing {
    kindId: string;
    status: string;
    validUntil: string;
    currentRecordId: string;
    history: {
      recordId: string;
      origin: string;
      grantedOn: string;
      validUntil: string;
      status: string;
      courseId: string | null;
      renewsRecordId: string | null;
      unitId: string | null;
    }[];
  }
  const standingOf = async (personId: string, kindId: string, token = provinceManager): Promise<Standing | undefined> =>
    ((await read(qualificationsQuery(personId), token))['personQualifications'].qualifications as Standing[]).find((each) => each.kindId === kindId);
  /** A person's standing in a kind once it has `records` records (the reactor's grants reached the gateway). */
  const standingWith = (personId: string, kindId: string, records: number) =>
    eventually(
      () => standingOf(personId, kindId),
      (standing) => (standing?.history.length ?? 0) >= records,
    );

  /**
   * A whole course through GraphQL: planned by the unit's manager, two sessions, each learner
   * nominated and approved, attendance and scores recorded by the trainer, completed. Returns the
   * completion's consistency token.
   */
  async function runCourse(course: {
    courseId: string;
    curriculumId: string;
    title: string;
    unitId: string;
    level: string;
    trainerId: string;
    manager: string;
    trainer: string;
    learners: { personId: string; unitId: string }[];
    dates: { startsOn: string; endsOn: string; completedOn: string };
    planned?: string;
  }): Promise<string> {
    const { courseId, manager, trainer, dates } = course;
    let last =
      course.planned ??
      (await mutate(
        `mutation { planCourse(input: { courseId: "${courseId}", curriculumId: "${course.curriculumId}", title: "${course.title}", runningUnitId: "${course.unitId}", level: "${course.level}", mode: "in-person", priorityAreas: ["mountain", "ethnic-minority"], capacity: 12, waitlist: false, passMark: 60, startsOn: "${dates.startsOn}", endsOn: "${dates.endsOn}", trainerIds: ["${course.trainerId}"] }) { consistencyToken } }`,
        manager,
        setUp,
      ));
    const sessions = [`${courseId}-s1`, `${courseId}-s2`];
    for (const [index, sessionId] of sessions.entries()) {
      const date = index === 0 ? dates.startsOn : dates.endsOn;
      last = await mutate(
        `mutation { scheduleCourseSession(input: { courseId: "${courseId}", sessionId: "${sessionId}", date: "${date}", hours: 4, place: "Hội trường" }) { consistencyToken } }`,
        manager,
        [last],
      );
    }
    for (const learner of course.learners) {
      last = await mutate(
        `mutation { requestEnrolment(input: { courseId: "${courseId}", personId: "${learner.personId}", personKind: "cadre", unitId: "${learner.unitId}" }) { consistencyToken } }`,
        manager,
        [last],
      );
      last = await mutate(`mutation { approveEnrolment(input: { courseId: "${courseId}", personId: "${learner.personId}" }) { consistencyToken } }`, manager, [
        last,
      ]);
    }
    const present = course.learners.map((learner) => `"${learner.personId}"`).join(', ');
    for (const sessionId of sessions) {
      last = await mutate(
        `mutation { recordSessionAttendance(input: { courseId: "${courseId}", sessionId: "${sessionId}", presentPersonIds: [${present}] }) { consistencyToken } }`,
        trainer,
        [last],
      );
    }
    for (const [index, learner] of course.learners.entries()) {
      last = await mutate(
        `mutation { recordAssessment(input: { courseId: "${courseId}", personId: "${learner.personId}", score: ${70 + index} }) { consistencyToken } }`,
        trainer,
        [last],
      );
    }
    return mutate(`mutation { completeCourse(input: { courseId: "${courseId}", completedOn: "${dates.completedOn}" }) { consistencyToken } }`, manager, [last]);
  }

  const communeCourse = (c: number) => ({
    courseId: courses.commune[c]!,
    curriculumId: curricula.commune,
    title: `Điều phối tình nguyện cấp xã ${c + 1}`,
    unitId: communes[c]!,
    level: 'commune',
    trainerId: trainers[c]!,
    manager: communeManagers[c]!,
    trainer: trainerToken(trainers[c]!, communes[c]!),
    learners: cadres[c]!.map((personId) => ({ personId, unitId: communes[c]! })),
    dates: communeDates[c]!,
  });

  /** A GraphQL request with an Idempotency-Key header (to one gateway instance, as a client retrying would). */
  async function withKey(key: string, query: string, token: string): Promise<GqlResponse> {
    const response = await fetch(`${platform.gateway.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': 'en', 'idempotency-key': key },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as GqlResponse;
  }

  const campaignDefinition = (name: string, modelId: string) =>
    `{ name: "${name}", kind: "peak", peakTemplate: "summer-volunteer", domains: ["environment-climate-change"], startsOn: "${day(-7)}", endsOn: "${day(83)}", goals: [{ measure: "trees", target: 500 }], initiator: "union", coordinationModelId: "${modelId}" }`;

  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true, training: true });
    // Units from 2020, before every course date.
    const provinceCreated = await mutate(
      `mutation { createUnit(input: ${unitInput(province, 'Tỉnh đoàn Lào Cai', null, '2020-01-01')}) { consistencyToken } }`,
      admin,
    );
    const unitTokens = [provinceCreated];
    for (const [c, commune] of communes.entries()) {
      unitTokens.push(
        await mutate(`mutation { createUnit(input: ${unitInput(commune, `Đoàn xã ${c + 1}`, province, '2020-01-01')}) { consistencyToken } }`, admin, [
          provinceCreated,
        ]),
      );
    }
    unitTokens.push(
      await mutate(`mutation { createUnit(input: ${unitInput(otherProvince, 'Tỉnh đoàn Yên Bái', null, '2020-01-01')}) { consistencyToken } }`, admin),
    );

    // Cadres through the registry: registered, then appointed (two per commune dedicated to volunteer work).
    const appoint = async (cadreId: string, fullName: string, unitId: string, title: string, dedicatedToVolunteerWork: boolean) => {
      const registered = await mutate(
        `mutation { registerCadre(input: { cadreId: "${cadreId}", fullName: "${fullName}", registeredOn: "2020-01-02", registeringUnitId: "${unitId}" }) { consistencyToken } }`,
        admin,
        unitTokens,
      );
      return mutate(
        `mutation { appointCadre(input: { cadreId: "${cadreId}", unitId: "${unitId}", title: "${title}", dedicatedToVolunteerWork: ${dedicatedToVolunteerWork}, termStart: "2020-01-02" }) { consistencyToken } }`,
        admin,
        [registered],
      );
    };
    const appointed = [await appoint(provinceTrainer, 'Giàng A Páo', province, 'Phó Bí thư Tỉnh đoàn', true)];
    for (const [c, commune] of communes.entries()) {
      appointed.push(await appoint(trainers[c]!, `Giảng viên ${c + 1}`, commune, 'Phó Bí thư', true));
      appointed.push(...(await Promise.all(cadres[c]!.map((cadreId, i) => appoint(cadreId, `Cán bộ ${c + 1}-${i + 1}`, commune, 'Uỷ viên', i < 2)))));
    }

    // The province's catalogue: three curricula, a trainer kind renewed by leading (a trainer teaches anywhere, so only an
    // administrator defines one), a one-year coordination kind with a renewal window.
    const module = (title: string) => `[{ moduleId: "m1", title: "${title}", hours: 8, outcomes: ["Tổ chức và điều phối tình nguyện viên"] }]`;
    const defined: string[] = [];
    for (const [curriculumId, title, targetGroup] of [
      [curricula.tot, 'Tập huấn giảng viên nguồn (ToT)', 'trainers'],
      [curricula.commune, 'Điều phối công tác tình nguyện cấp xã', 'commune-cadres'],
      [curricula.refresher, 'Bồi dưỡng lại điều phối tình nguyện', 'commune-cadres'],
    ] as const) {
      defined.push(
        await mutate(
          `mutation { defineCurriculum(input: { curriculumId: "${curriculumId}", title: "${title}", targetGroup: "${targetGroup}", ownerUnitId: "${province}", modules: ${module(title)} }) { consistencyToken } }`,
          provinceManager,
          unitTokens,
        ),
      );
    }
    defined.push(
      await mutate(
        `mutation { defineQualificationKind(input: { kindId: "${kinds.trainer}", name: "Giảng viên nguồn", ownerUnitId: "${province}", validityYears: 5, renewalWindowMonths: 6, grantingCurriculumIds: ["${curricula.tot}"], isTrainerQualification: true, leadingRenews: true }) { consistencyToken } }`,
        admin,
        defined,
      ),
      await mutate(
        `mutation { defineQualificationKind(input: { kindId: "${kinds.coordination}", name: "Điều phối công tác tình nguyện", ownerUnitId: "${province}", validityYears: 1, renewalWindowMonths: 12, grantingCurriculumIds: ["${curricula.commune}"], renewingCurriculumIds: ["${curricula.refresher}"] }) { consistencyToken } }`,
        provinceManager,
        defined,
      ),
    );
    // The province trainer qualified before the platform: recognised on evidence (by an administrator: a trainer kind), four years ago.
    defined.push(
      await mutate(
        `mutation { recognisePriorQualification(input: { personId: "${provinceTrainer}", personKind: "cadre", kindId: "${kinds.trainer}", recordId: "${id('prior')}", grantedOn: "${day(-1460)}", evidence: "Chứng nhận giảng viên nguồn của Trung ương Đoàn" }) { consistencyToken } }`,
        admin,
        [...defined, ...appointed],
      ),
    );

    // A coordination model taught by the commune curriculum: published, applied by a campaign, then retired.
    let modelToken = await mutate(
      `mutation { draftCoordinationModel(input: { modelId: "${model}", name: "Tổ tình nguyện thôn bản", description: "Mỗi thôn một tổ tình nguyện do cán bộ xã điều phối", curriculumId: "${curricula.commune}", ownerUnitId: "${province}" }) { consistencyToken } }`,
      provinceManager,
      defined,
    );
    modelToken = await mutate(`mutation { publishCoordinationModel(input: { modelId: "${model}" }) { consistencyToken } }`, provinceManager, [modelToken]);
    modelCampaignToken = await mutate(
      `mutation { launchCampaign(input: { campaignId: "${id('he-xanh')}", organiserUnitId: "${communes[0]}", definition: ${campaignDefinition('Mùa hè xanh theo mô hình', model)}, launchedOn: "${day(-14)}" }) { consistencyToken } }`,
      communeManagers[0]!,
      unitTokens,
    );
    modelToken = await mutate(
      `mutation { retireCoordinationModel(input: { modelId: "${model}", reason: "Thay bằng mô hình liên thôn" }) { consistencyToken } }`,
      provinceManager,
      [modelToken],
    );
    setUp = [modelToken, ...appointed, ...defined];
    // Every cadre in the gateway's read models (the qualification and lineage readers look them up).
    expect((await read(`{ cadres(unitId: "${communes[2]}") { totalCount } }`, admin, setUp))['cadres']).toEqual({ totalCount: 11 });
  }, 600_000);

  // Stopping five services and dropping their databases (the training ones hold many collections) outlasts the default.
  afterAll(async () => {
    await platform?.stop();
  }, 180_000);

  it('lists the kinds and shows the registry appointing two dedicated volunteer cadres per commune', async () => {
    const data = await read(
      `{ qualificationKinds { id name validityYears renewalWindowMonths isTrainerQualification leadingRenews } }`,
      provinceManager,
      setUp,
    );
    expect(data['qualificationKinds'].filter((kind: { id: string }) => Object.values(kinds).includes(kind.id))).toEqual([
      {
        id: kinds.coordination,
        name: 'Điều phối công tác tình nguyện',
        validityYears: 1,
        renewalWindowMonths: 12,
        isTrainerQualification: false,
        leadingRenews: false,
      },
      { id: kinds.trainer, name: 'Giảng viên nguồn', validityYears: 5, renewalWindowMonths: 6, isTrainerQualification: true, leadingRenews: true },
    ]);
    for (const [c, commune] of communes.entries()) {
      const list = await read(`{ cadres(unitId: "${commune}", first: 50) { nodes { id positions { dedicatedToVolunteerWork } } } }`, communeManagers[c]!);
      const dedicatedIds = list['cadres'].nodes
        .filter((cadre: { positions: { dedicatedToVolunteerWork: boolean }[] }) => cadre.positions.some((position) => position.dedicatedToVolunteerWork))
        .map((cadre: { id: string }) => cadre.id)
        .sort();
      expect(dedicatedIds).toEqual([...dedicated[c]!, trainers[c]!].sort());
    }
    const prior = await standingOf(provinceTrainer, kinds.trainer);
    expect(prior).toMatchObject({ status: 'valid', validUntil: plusYears(day(-1460), 5), history: [{ origin: 'prior-recognition', grantedOn: day(-1460) }] });
  });

  it('runs the ToT course: the province trainer trains three trainers, who are granted the trainer qualification from the completion date', async () => {
    const completed = await runCourse({
      courseId: courses.tot,
      curriculumId: curricula.tot,
      title: 'Tập huấn giảng viên nguồn tỉnh Lào Cai',
      unitId: province,
      level: 'province',
      trainerId: provinceTrainer,
      manager: provinceManager,
      trainer: trainerToken(provinceTrainer, province),
      learners: trainers.map((personId, c) => ({ personId, unitId: communes[c]! })),
      dates: totDates,
    });
    const course = await read(`{ course(id: "${courses.tot}") { status completedOn passedCount notPassedCount trainerIds scheduledHours } }`, provinceManager, [
      completed,
    ]);
    expect(course['course']).toEqual({
      status: 'completed',
      completedOn: totDates.completedOn,
      passedCount: 3,
      notPassedCount: 0,
      trainerIds: [provinceTrainer],
      scheduledHours: 8,
    });

    for (const [c, trainerId] of trainers.entries()) {
      const standing = await standingWith(trainerId, kinds.trainer, 1);
      expect(standing).toMatchObject({
        status: 'valid',
        validUntil: plusYears(totDates.completedOn, 5),
        history: [{ origin: 'course-completed', grantedOn: totDates.completedOn, courseId: courses.tot, unitId: communes[c] }],
      });
    }
    // Leading the ToT renewed the province trainer's own qualification, from its expiry (renewed while valid: nothing lost).
    const renewed = await standingWith(provinceTrainer, kinds.trainer, 2);
    expect(renewed).toMatchObject({
      status: 'valid',
      validUntil: plusYears(plusYears(day(-1460), 5), 5),
      history: [{ origin: 'course-led', grantedOn: totDates.completedOn, renewsRecordId: id('prior') }, { recordId: id('prior') }],
    });
  }, 300_000);

  it('refuses a trainer without a valid trainer qualification over the course dates, naming the field, and plans nothing', async () => {
    const plan = (courseId: string, trainerIds: string[], startsOn: string, endsOn: string) =>
      gql(
        `mutation { planCourse(input: { courseId: "${courseId}", curriculumId: "${curricula.commune}", title: "Lớp không hợp lệ", runningUnitId: "${communes[1]}", level: "commune", mode: "in-person", capacity: 10, passMark: 60, startsOn: "${startsOn}", endsOn: "${endsOn}", trainerIds: [${trainerIds.map((each) => `"${each}"`).join(', ')}] }) { consistencyToken } }`,
        { token: communeManagers[1]!, language: 'en' },
      );
    // A cadre who never trained as a trainer, beside a qualified one.
    const unqualified = await plan(id('kh-sai-1'), [trainers[1]!, cadres[1]![9]!], day(-40), day(-39));
    expect(errorOf(unqualified)).toEqual({ code: 'COURSE.TRAINER_NOT_QUALIFIED', field: 'trainerIds' });
    expect(unqualified.errors![0]!.message).toContain(`${day(-40)} – ${day(-39)}`);
    // The refusal names the unqualified trainer, not the qualified one beside them.
    expect(unqualified.errors![0]!.message).toContain(cadres[1]![9]!);
    expect(unqualified.errors![0]!.message).not.toContain(trainers[1]!);
    // A qualified trainer, but on dates before the ToT made them one.
    const tooEarly = await plan(id('kh-sai-2'), [trainers[1]!], day(-900), day(-899));
    expect(errorOf(tooEarly)).toEqual({ code: 'COURSE.TRAINER_NOT_QUALIFIED', field: 'trainerIds' });
    const listed = await read(`{ courses(unitId: "${communes[1]}") { totalCount } }`, communeManagers[1]!);
    expect(listed['courses']).toEqual({ totalCount: 0 });
  });

  it('lets each trainer run a commune course for ten cadres, all of whom are granted the coordination qualification', async () => {
    const completed = await Promise.all(communes.map((_, c) => runCourse(communeCourse(c))));
    for (const [c, courseId] of courses.commune.entries()) {
      const course = await read(`{ course(id: "${courseId}") { status passedCount trainerIds } }`, communeManagers[c]!, [completed[c]!]);
      expect(course['course']).toEqual({ status: 'completed', passedCount: 10, trainerIds: [trainers[c]] });
    }
    for (const [c, list] of cadres.entries()) {
      for (const personId of list) {
        const standing = await standingWith(personId, kinds.coordination, 1);
        expect(standing).toMatchObject({
          history: [
            {
              origin: 'course-completed',
              grantedOn: communeDates[c]!.completedOn,
              validUntil: plusYears(communeDates[c]!.completedOn, 1),
              unitId: communes[c],
            },
          ],
        });
      }
    }
    // Leading renewed each trainer's qualification (while valid: from its expiry).
    for (const trainerId of trainers) {
      expect(await standingWith(trainerId, kinds.trainer, 2)).toMatchObject({ status: 'valid', validUntil: plusYears(plusYears(totDates.completedOn, 5), 5) });
    }
  }, 600_000);

  it('traces the lineage from the province trainer down to all 30 cadres, and from a cadre back up to the province trainer', async () => {
    const downstream = await read(
      `{ trainedDownstream(trainerId: "${provinceTrainer}", first: 100) { totalCount depths { depth count } pageInfo { hasNextPage } nodes { personId depth listedUnderId coursesLed } } }`,
      provinceManager,
    );
    const page = downstream['trainedDownstream'];
    expect(page.totalCount).toBe(33);
    expect(page.depths).toEqual([
      { depth: 1, count: 3 },
      { depth: 2, count: 30 },
    ]);
    expect(page.pageInfo).toEqual({ hasNextPage: false });
    const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const expected = [
      ...[...trainers].sort(byId).map((personId) => ({ personId, depth: 1, listedUnderId: provinceTrainer, coursesLed: 1 })),
      ...trainers
        .map((trainerId, c) => ({ trainerId, c }))
        .sort((a, b) => byId(a.trainerId, b.trainerId))
        .flatMap(({ trainerId, c }) => [...cadres[c]!].sort(byId).map((personId) => ({ personId, depth: 2, listedUnderId: trainerId, coursesLed: 0 }))),
    ];
    expect(page.nodes).toEqual(expected);

    const upwards = await read(
      `{ trainerLineage(personId: "${cadres[1]![4]}") { personId nodes { personId depth coursesLed trainedBy { trainerId courseId completedOn } } } }`,
      communeManagers[1]!,
    );
    expect(upwards['trainerLineage']).toEqual({
      personId: cadres[1]![4],
      nodes: [
        {
          personId: cadres[1]![4],
          depth: 0,
          coursesLed: 0,
          trainedBy: [{ trainerId: trainers[1], courseId: courses.commune[1], completedOn: communeDates[1]!.completedOn }],
        },
        {
          personId: trainers[1],
          depth: 1,
          coursesLed: 1,
          trainedBy: [{ trainerId: provinceTrainer, courseId: courses.tot, completedOn: totDates.completedOn }],
        },
        { personId: provinceTrainer, depth: 2, coursesLed: 1, trainedBy: [] },
      ],
    });
  });

  it('shows the first commune expired but renewable a year later, and a refresher (planned once under a replayed key) renews two dedicated cadres', async () => {
    const [tavan] = communes;
    const expiredOn = plusYears(communeDates[0]!.completedOn, 1);
    const before = await standingOf(dedicated[0]![0]!, kinds.coordination, communeManagers[0]!);
    expect(before).toMatchObject({ status: 'expired-renewable', validUntil: expiredOn });
    const unitView = async (unitId: string, asOf?: string, consistency: string[] = []) =>
      (
        await read(
          `{ unitQualifications(unitId: "${unitId}", kindId: "${kinds.coordination}"${asOf ? `, asOf: "${asOf}"` : ''}, first: 100) { asOf totalCount totals { status count } nodes { personId status validUntil } } }`,
          provinceManager,
          consistency,
        )
      )['unitQualifications'];
    const totals = (counts: Record<string, number>) =>
      ['valid', 'expired-renewable', 'lapsed', 'revoked', 'not-yet-valid'].map((status) => ({ status, count: counts[status] ?? 0 }));
    expect((await unitView(tavan!)).totals).toEqual(totals({ 'expired-renewable': 10 }));
    // Before it expired, the whole commune held it; the other communes had not been trained yet.
    expect((await unitView(tavan!, day(-200))).totals).toEqual(totals({ valid: 10 }));
    expect((await unitView(province, day(-200))).totals).toEqual(totals({ valid: 10, 'not-yet-valid': 20 }));

    // The refresher, planned by the commune's manager with an Idempotency-Key: a retry of the same request plans nothing more.
    const refresherPlan = `mutation { planCourse(input: { curriculumId: "${curricula.refresher}", title: "Bồi dưỡng lại điều phối tình nguyện", runningUnitId: "${tavan}", level: "commune", mode: "in-person", capacity: 5, passMark: 60, startsOn: "${day(-10)}", endsOn: "${day(-9)}", trainerIds: ["${trainers[0]}"] }) { id consistencyToken } }`;
    const first = await withKey(id('ke-hoach-boi-duong'), refresherPlan, communeManagers[0]!);
    expect(first.errors).toBeUndefined();
    const replay = await withKey(id('ke-hoach-boi-duong'), refresherPlan, communeManagers[0]!);
    expect(replay.data).toEqual(first.data);
    const refresherId = first.data!['planCourse'].id as string;
    const planned = first.data!['planCourse'].consistencyToken as string;
    const listed = await read(`{ courses(unitId: "${tavan}") { nodes { id title } } }`, communeManagers[0]!, [planned]);
    expect(listed['courses'].nodes.map((node: { id: string }) => node.id).sort()).toEqual([courses.commune[0], refresherId].sort());

    const completed = await runCourse({
      ...communeCourse(0),
      courseId: refresherId,
      curriculumId: curricula.refresher,
      learners: dedicated[0]!.map((personId) => ({ personId, unitId: tavan! })),
      dates: { startsOn: day(-10), endsOn: day(-9), completedOn: day(-5) },
      planned,
    });
    for (const personId of dedicated[0]!) {
      // Renewed after expiry: a year from the refresher's completion; history keeps both records, newest first.
      const renewed = await standingWith(personId, kinds.coordination, 2);
      expect(renewed).toMatchObject({ status: 'valid', validUntil: plusYears(day(-5), 1) });
      expect(renewed!.history).toHaveLength(2);
      const [renewal, original] = renewed!.history;
      expect(original).toMatchObject({
        origin: 'course-completed',
        courseId: courses.commune[0],
        grantedOn: communeDates[0]!.completedOn,
        status: 'expired-renewable',
        renewsRecordId: null,
      });
      expect(renewal).toMatchObject({
        origin: 'course-completed',
        courseId: refresherId,
        grantedOn: day(-5),
        status: 'valid',
        renewsRecordId: original!.recordId,
      });
    }
    const today = await unitView(tavan!, undefined, [completed]);
    expect(today.asOf).toBe(day(0));
    expect(today.totals).toEqual(totals({ valid: 2, 'expired-renewable': 8 }));
    expect(
      today.nodes
        .filter((node: { status: string }) => node.status === 'valid')
        .map((node: { personId: string }) => node.personId)
        .sort(),
    ).toEqual([...dedicated[0]!].sort());
    expect((await unitView(province)).totals).toEqual(totals({ valid: 22, 'expired-renewable': 8 }));
  }, 300_000);

  it("refuses another province's manager planning here or reading here, word for word as for ids that do not exist", async () => {
    const plan = (unitId: string) =>
      gql(
        `mutation { planCourse(input: { curriculumId: "${curricula.commune}", title: "Lớp của tỉnh khác", runningUnitId: "${unitId}", level: "commune", mode: "in-person", capacity: 10, passMark: 60, startsOn: "${day(5)}", endsOn: "${day(6)}", trainerIds: ["${trainers[0]}"] }) { id } }`,
        { token: otherManager, language: 'en' },
      );
    const sameRefusal = (foreign: GqlResponse, unknown: GqlResponse) => {
      expect(errorOf(foreign).code).toBe('FORBIDDEN');
      expect(foreign.errors![0]!.message).toBe(unknown.errors![0]!.message);
      expect(errorOf(foreign)).toEqual(errorOf(unknown));
    };
    sameRefusal(await plan(communes[0]!), await plan(id('khong-co')));
    const unitRead = (unitId: string) =>
      gql(`{ unitQualifications(unitId: "${unitId}", kindId: "${kinds.coordination}") { totalCount } }`, { token: otherManager, language: 'en' });
    sameRefusal(await unitRead(communes[0]!), await unitRead(id('khong-co')));
    const personRead = (personId: string) => gql(`{ personQualifications(personId: "${personId}") { personId } }`, { token: otherManager, language: 'en' });
    sameRefusal(await personRead(cadres[0]![0]!), await personRead(id('khong-ai')));
    const schedule = (courseId: string) =>
      gql(`mutation { scheduleCourseSession(input: { courseId: "${courseId}", date: "${day(-499)}", hours: 2, place: "Nhà văn hoá" }) { id } }`, {
        token: otherManager,
        language: 'en',
      });
    sameRefusal(await schedule(courses.commune[0]!), await schedule(id('khong-co')));
    // Nothing was planned in the commune.
    const listed = await read(`{ courses(unitId: "${communes[0]}") { totalCount } }`, communeManagers[0]!);
    expect(listed['courses']).toEqual({ totalCount: 2 });
  });

  it('refuses a campaign naming the retired coordination model, while the campaign that applied it before keeps it', async () => {
    const refused = await gql(
      `mutation { launchCampaign(input: { campaignId: "${id('he-moi')}", organiserUnitId: "${communes[1]}", definition: ${campaignDefinition('Mùa hè xanh mới', model)}, launchedOn: "${day(-3)}" }) { consistencyToken } }`,
      { token: communeManagers[1]!, language: 'en' },
    );
    expect(errorOf(refused)).toEqual({ code: 'CAMPAIGN.COORDINATION_MODEL_RETIRED', field: 'definition.coordinationModelId' });
    expect(refused.errors![0]!.message).toContain(model);
    const models = await read(`{ coordinationModel(id: "${model}") { status publishedBy retiredOn retireReason } }`, communeManagers[1]!);
    expect(models['coordinationModel']).toMatchObject({ status: 'retired', retiredOn: day(0), retireReason: 'Thay bằng mô hình liên thôn' });
    const applied = await read(`{ campaign(id: "${id('he-xanh')}") { coordinationModelId } }`, communeManagers[0]!, [modelCampaignToken]);
    expect(applied['campaign']).toEqual({ coordinationModelId: model });
    const none = await read(`{ campaigns(unitId: "${communes[1]}") { totalCount } }`, communeManagers[1]!);
    expect(none['campaigns']).toEqual({ totalCount: 0 });
  });
});
