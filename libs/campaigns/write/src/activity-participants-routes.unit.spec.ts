import { activityStreamId } from '@tn/campaigns-contracts';
import { activityRoutes } from './activity-routes';
import { commandBy, commandOf, envelopeOf, failureOf, fixedDirectory, fixedLookups, fixedModels, rightsOf, routeOf, streamOf } from './routes.test-fixtures';

// The service's copy of the network's directory: two verified groups, one awaiting verification,
// one dissolved; one registered partner. Another group was verified a moment ago (not copied yet).
const directory = () =>
  fixedDirectory(
    [
      { kind: 'group', id: 'clb-tinh-nguyen', status: 'verified' },
      { kind: 'group', id: 'doi-xung-kich', status: 'verified' },
      { kind: 'group', id: 'nhom-moi', status: 'registered' },
      { kind: 'group', id: 'clb-cu', status: 'dissolved' },
      { kind: 'group', id: 'nhom-bi-tu-choi', status: 'declined' },
      { kind: 'partner', id: 'cong-ty-a', status: 'registered' },
    ],
    { arriving: [{ kind: 'group', id: 'doi-vua-xac-minh', status: 'verified' }] },
  );
const routeWith = (lookup = directory()) => routeOf(activityRoutes(fixedLookups(), fixedModels(), lookup), 'RecordActivityParticipants');
const payload = { activityId: 'a-1', groupIds: ['clb-tinh-nguyen', 'doi-xung-kich'], partnerIds: ['cong-ty-a'] };

describe('the RecordActivityParticipants route', () => {
  it("acts on the activity's stream with the permission over its organiser unit, like every activity command", () => {
    const route = routeWith();
    expect(streamOf(route, payload)).toBe(activityStreamId('a-1'));
    expect(rightsOf(route, payload)).toEqual({ permission: 'campaigns:write', units: [], activityId: 'a-1' });
  });

  it("takes who recorded and the day (Vietnam's) from the envelope, and what the copy says of each id", async () => {
    const command = await commandOf(
      routeWith(),
      { ...payload, recordedBy: 'someone-else', recordedOn: '2020-01-01' },
      {
        ...envelopeOf('RecordActivityParticipants', payload, 'cadre-7'),
        issuedAt: '2026-07-03T18:30:00.000Z',
      },
    );
    expect(command).toEqual({
      type: 'RecordActivityParticipants',
      ...payload,
      recordedBy: 'cadre-7',
      recordedOn: '2026-07-04',
      directory: { groups: { 'clb-tinh-nguyen': 'verified', 'doi-xung-kich': 'verified' }, partners: { 'cong-ty-a': 'registered' } },
    });
  });

  it('waits for the copy to catch up on an id it does not know or has not seen verified, never on a declined or dissolved group', async () => {
    const lookup = directory();
    const command = await commandBy('cadre-7', routeWith(lookup), {
      activityId: 'a-1',
      groupIds: ['doi-vua-xac-minh', 'nhom-moi', 'clb-cu', 'nhom-bi-tu-choi', 'clb-tinh-nguyen'],
      partnerIds: ['ghost'],
    });
    expect(command).toMatchObject({
      directory: {
        groups: {
          'doi-vua-xac-minh': 'verified',
          'nhom-moi': 'registered',
          'clb-cu': 'dissolved',
          'nhom-bi-tu-choi': 'declined',
          'clb-tinh-nguyen': 'verified',
        },
        partners: { ghost: 'none' },
      },
    });
    expect(lookup.catchUps.sort()).toEqual(['group:doi-vua-xac-minh', 'group:nhom-moi', 'partner:ghost']);
  });

  it('answers "catching up" (worth retrying) while the copy stays behind on an id it does not know', async () => {
    const behind = fixedDirectory([], { caughtUp: false });
    expect(await failureOf(() => commandBy('cadre-7', routeWith(behind), { activityId: 'a-1', groupIds: ['g-new'], partnerIds: [] }))).toMatchObject({
      kind: 'concurrency',
      code: 'NETWORK_DIRECTORY.CATCHING_UP',
      details: { groupId: 'g-new' },
    });
  });

  it('lets the decider refuse what the copy does not hold, naming the id', async () => {
    const route = routeWith();
    const command = await commandBy('cadre-7', route, { activityId: 'a-1', groupIds: ['clb-cu'], partnerIds: [] });
    const proposed = { status: 'needs-survey', activityId: 'a-1', formations: {}, followUpIds: [], participantGroupIds: [], participantPartnerIds: [] };
    expect(await failureOf(() => route.decider.decide(command, proposed))).toMatchObject({
      code: 'ACTIVITY.PARTICIPANT_UNKNOWN',
      field: 'groupIds.0',
      details: { groupId: 'clb-cu' },
    });
  });

  it('requires both lists, of ids', async () => {
    expect(await failureOf(() => commandBy('cadre-7', routeWith(), { activityId: 'a-1', groupIds: ['g'] }))).toMatchObject({
      code: 'COMMAND.FIELD_REQUIRED',
      field: 'partnerIds',
    });
    expect(await failureOf(() => commandBy('cadre-7', routeWith(), { activityId: 'a-1', groupIds: [7], partnerIds: [] }))).toMatchObject({
      code: 'COMMAND.FIELD_TYPE',
      field: 'groupIds',
    });
  });
});
