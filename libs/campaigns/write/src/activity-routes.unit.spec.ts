import { ACTIVITY_STREAM_TYPE, activityCommandTypes, activityStreamId } from '@tn/campaigns-contracts';
import { activityRoutes } from './activity-routes';
import { commandOf, failureOf, fixedDirectory, fixedLookups, fixedModels, rightsOf, routeOf, streamOf, summerDefinition } from './routes.test-fixtures';

const lookups = fixedLookups({
  campaigns: {
    open: { status: 'open', campaignId: 'open', role: 'own', unitId: 'ta-van', definition: summerDefinition as never, adoptions: {} },
    closed: { status: 'closed', campaignId: 'closed', role: 'own', unitId: 'ta-van', definition: summerDefinition as never, adoptions: {} },
  },
});
const routes = activityRoutes(lookups, fixedModels({ 'model-3-forces': 'published', 'model-old': 'retired', 'model-draft': 'draft' }), fixedDirectory());
const route = (type: string) => routeOf(routes, type);
const flags = { ethnicMinority: true, mountainous: true, border: false, island: false };
const profile = {
  name: 'Làm đường bê tông thôn 3',
  campaignId: 'open',
  organiserUnitId: 'ta-van',
  domains: ['new-rural-construction'],
  location: { unitId: 'ta-van', site: 'Thôn 3', flags },
  responsibleCadreId: 'cadre-9',
  initiator: 'union',
};

describe('activity command routes', () => {
  it('routes every activity command type the contracts declare to the activity stream', () => {
    expect(routes.map((r) => r.definition.type)).toEqual(activityCommandTypes.map((definition) => definition.type));
    expect(new Set(routes.map((r) => r.streamType))).toEqual(new Set([ACTIVITY_STREAM_TYPE]));
    expect(
      streamOf(route('AddActivityFormation'), {
        activityId: 'a-1',
        formation: { formationId: 'f', name: 'Đội', composition: { armedForcesYouth: 0, localYouth: 1, pupilsStudents: 0 } },
        addedOn: '2026-06-20',
      }),
    ).toBe(activityStreamId('a-1'));
    expect(streamOf(route('StartActivity'), { activityId: 'a-1', startedAt: '2026-07-01T07:00:00+07:00' })).toBe(activityStreamId('a-1'));
  });

  it('maps a proposal and looks up whether its campaign is open', async () => {
    const command = await commandOf(route('ProposeActivity'), { activityId: 'a-1', profile, proposedOn: '2026-06-02' });
    expect(command).toEqual({ type: 'ProposeActivity', activityId: 'a-1', profile, proposedOn: '2026-06-02', campaignOpen: true });
    const closed = await commandOf(route('ProposeActivity'), { activityId: 'a-1', profile: { ...profile, campaignId: 'closed' }, proposedOn: '2026-06-02' });
    expect(closed).toMatchObject({ campaignOpen: false });
    const { campaignId: _campaign, ...standalone } = profile;
    expect(await commandOf(route('ProposeActivity'), { activityId: 'a-2', profile: standalone, proposedOn: '2026-06-02' })).not.toHaveProperty('campaignOpen');
  });

  it('names a missing area flag of the location by its path', async () => {
    const location = { unitId: 'ta-van', flags: { ethnicMinority: true, mountainous: true, island: false } };
    expect(
      await failureOf(() => commandOf(route('ProposeActivity'), { activityId: 'a-1', profile: { ...profile, location }, proposedOn: '2026-06-02' })),
    ).toMatchObject({ kind: 'validation', code: 'COMMAND.FIELD_REQUIRED', field: 'profile.location.flags.border' });
  });

  it('maps the transitions, an optional rating only when given', async () => {
    expect(await commandOf(route('PlanActivity'), { activityId: 'a-1', startsOn: '2026-07-01', endsOn: '2026-07-03', plannedOn: '2026-06-10' })).toEqual({
      type: 'PlanActivity',
      activityId: 'a-1',
      startsOn: '2026-07-01',
      endsOn: '2026-07-03',
      plannedOn: '2026-06-10',
    });
    expect(await commandOf(route('EvaluateActivity'), { activityId: 'a-1', evaluatedOn: '2026-07-10', summary: 'Tốt' })).toEqual({
      type: 'EvaluateActivity',
      activityId: 'a-1',
      evaluatedOn: '2026-07-10',
      summary: 'Tốt',
    });
    expect(
      await failureOf(() => commandOf(route('EvaluateActivity'), { activityId: 'a-1', evaluatedOn: '2026-07-10', summary: 'x', rating: '5' })),
    ).toMatchObject({
      code: 'COMMAND.FIELD_TYPE',
      field: 'rating',
    });
    expect(await failureOf(() => commandOf(route('CancelActivity'), { activityId: 'a-1', cancelledOn: '2026-07-10' }))).toMatchObject({ field: 'reason' });
  });

  it('maps a follow-up with the id the client gave it', async () => {
    const payload = { activityId: 'a-1', followUpId: 'fu-1', recordedOn: '2026-09-01', note: 'Đường vẫn tốt' };
    expect(await commandOf(route('RecordActivityFollowUp'), payload)).toEqual({ type: 'RecordActivityFollowUp', ...payload });
    expect(await failureOf(() => commandOf(route('RecordActivityFollowUp'), { ...payload, followUpId: undefined }))).toMatchObject({
      code: 'COMMAND.FIELD_REQUIRED',
      field: 'followUpId',
    });
  });

  it('maps a formation with its head counts, a specialisation only when given, and nothing else the client sent', async () => {
    const formation = {
      formationId: 'f-1',
      name: 'Đội y tế',
      composition: { armedForcesYouth: 2, localYouth: 5, pupilsStudents: 10 },
      specialisation: 'medical',
    };
    const command = await commandOf(route('AddActivityFormation'), {
      activityId: 'a-1',
      formation: { ...formation, members: ['Nguyễn Văn A'] },
      addedOn: '2026-06-20',
    });
    expect(command).toEqual({ type: 'AddActivityFormation', activityId: 'a-1', formation, addedOn: '2026-06-20' });
    const { specialisation: _s, ...general } = formation;
    expect(await commandOf(route('AddActivityFormation'), { activityId: 'a-1', formation: general, addedOn: '2026-06-20' })).toEqual({
      type: 'AddActivityFormation',
      activityId: 'a-1',
      formation: general,
      addedOn: '2026-06-20',
    });
    const partial = { ...formation, composition: { armedForcesYouth: 2, localYouth: 5 } };
    expect(await failureOf(() => commandOf(route('AddActivityFormation'), { activityId: 'a-1', formation: partial, addedOn: '2026-06-20' }))).toMatchObject({
      code: 'COMMAND.FIELD_REQUIRED',
      field: 'formation.composition.pupilsStudents',
    });
  });

  it('scopes follow-ups and formations by the activity (its organiser unit)', () => {
    const payloads = {
      RecordActivityFollowUp: { activityId: 'a-1', followUpId: 'fu-1', recordedOn: '2026-09-01', note: 'Đường vẫn tốt' },
      AddActivityFormation: {
        activityId: 'a-1',
        formation: { formationId: 'f-1', name: 'Đội', composition: { armedForcesYouth: 0, localYouth: 1, pupilsStudents: 0 } },
        addedOn: '2026-06-20',
      },
    };
    for (const [type, payload] of Object.entries(payloads)) {
      expect(rightsOf(route(type), payload)).toEqual({ permission: 'campaigns:write', units: [], activityId: 'a-1' });
    }
  });

  it('lets a proposal name a published coordination model, and refuses an unknown, draft or retired one by its field', async () => {
    const proposal = (coordinationModelId: string) => ({ activityId: 'a-1', profile: { ...profile, coordinationModelId }, proposedOn: '2026-06-02' });
    expect(await commandOf(route('ProposeActivity'), proposal('model-3-forces'))).toMatchObject({ profile: { coordinationModelId: 'model-3-forces' } });
    const refusals: [string, string][] = [
      ['model-nowhere', 'ACTIVITY.COORDINATION_MODEL_UNKNOWN'],
      ['model-draft', 'ACTIVITY.COORDINATION_MODEL_UNKNOWN'],
      ['model-old', 'ACTIVITY.COORDINATION_MODEL_RETIRED'],
    ];
    for (const [modelId, code] of refusals) {
      expect(await failureOf(() => commandOf(route('ProposeActivity'), proposal(modelId)))).toMatchObject({
        kind: 'validation',
        code,
        field: 'profile.coordinationModelId',
        details: { coordinationModelId: modelId },
      });
    }
  });
});
