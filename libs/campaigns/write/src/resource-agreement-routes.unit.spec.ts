import type { AgreementCopy } from '@tn/campaigns-contracts';
import { outputRoutes } from './output-routes';
import { commandOf, failureOf, fixedDirectory, fixedLookups, routeOf } from './routes.test-fixtures';

const agreement: AgreementCopy = {
  kind: 'agreement',
  id: 'hd-xi-mang',
  status: 'signed',
  partnerId: 'cong-ty-a',
  leadUnitId: 'lao-cai',
  partyUnitIds: ['ta-van'],
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
};
// The hierarchy's lineage as of a day: asked for the organiser unit on the day received.
const asked: [string, string][] = [];
const hierarchy = {
  lineageOf: (unitId: string, date: string) => {
    asked.push([unitId, date]);
    return unitId === 'ta-van' ? ['ta-van', 'lao-cai'] : [];
  },
};
const lookups = fixedLookups({ activities: { 'a-1': 'ta-van' }, activityStatuses: { 'a-1': 'prepared' } });
const routeWith = (directory = fixedDirectory([agreement])) => routeOf(outputRoutes(lookups, directory, hierarchy), 'RecordResourceMobilised');
const cash = { activityId: 'a-1', resourceId: 'r-1', source: 'business', form: 'cash', amountVnd: 5_000_000, receivedOn: '2026-06-20' };

describe('the RecordResourceMobilised route with an agreement', () => {
  beforeEach(() => (asked.length = 0));

  it("looks up the agreement in the copy of the network's directory and the organiser unit's lineage on the day received", async () => {
    const command = await commandOf(routeWith(), { ...cash, agreementId: 'hd-xi-mang' });
    expect(command).toEqual({
      type: 'RecordResourceMobilised',
      ...cash,
      agreementId: 'hd-xi-mang',
      activityStatus: 'prepared',
      agreementFacts: { agreement, activityLineage: ['ta-van', 'lao-cai'] },
    });
    expect(asked).toEqual([['ta-van', '2026-06-20']]);
  });

  it('looks nothing up in the network for a resource without an agreement', async () => {
    const directory = fixedDirectory();
    expect(await commandOf(routeWith(directory), cash)).toEqual({ type: 'RecordResourceMobilised', ...cash, activityStatus: 'prepared' });
    expect(await commandOf(routeWith(directory), { ...cash, agreementId: ' ' })).not.toHaveProperty('agreementFacts');
    expect([directory.catchUps, asked]).toEqual([[], []]);
  });

  it('waits for the copy on an agreement it does not know, then lets the decider refuse it', async () => {
    const directory = fixedDirectory([agreement]);
    const route = routeWith(directory);
    const command = await commandOf(route, { ...cash, agreementId: 'hd-khac' });
    expect(command).toMatchObject({ agreementFacts: { agreement: null } });
    expect(directory.catchUps).toEqual(['agreement:hd-khac']);
    expect(await failureOf(() => route.decider.decide(command, route.decider.initialState()))).toMatchObject({
      code: 'RESOURCE.AGREEMENT_UNKNOWN',
      field: 'agreementId',
    });
  });

  it('accepts an agreement signed a moment ago once the copy has caught up, and answers "catching up" while it has not', async () => {
    const arriving = fixedDirectory([], { arriving: [agreement] });
    expect(await commandOf(routeWith(arriving), { ...cash, agreementId: 'hd-xi-mang' })).toMatchObject({ agreementFacts: { agreement } });
    const behind = fixedDirectory([], { caughtUp: false });
    expect(await failureOf(() => commandOf(routeWith(behind), { ...cash, agreementId: 'hd-xi-mang' }))).toMatchObject({
      kind: 'concurrency',
      code: 'NETWORK_DIRECTORY.CATCHING_UP',
      details: { agreementId: 'hd-xi-mang' },
    });
  });

  it('leaves a malformed day received to the decider (no lineage asked), and an unknown activity to it too', async () => {
    const route = routeWith();
    const badDay = await commandOf(route, { ...cash, agreementId: 'hd-xi-mang', receivedOn: '20/06/2026' });
    expect(badDay).toMatchObject({ agreementFacts: { activityLineage: [] } });
    expect(asked).toEqual([]);
    expect(await failureOf(() => route.decider.decide(badDay, route.decider.initialState()))).toMatchObject({ code: 'DATE.INVALID' });
    expect(await commandOf(route, { ...cash, activityId: 'nowhere', agreementId: 'hd-xi-mang' })).toMatchObject({
      activityStatus: 'none',
      agreementFacts: { activityLineage: [] },
    });
  });

  it('records the agreement on the resource when the decider accepts it', async () => {
    const route = routeWith();
    const command = await commandOf(route, { ...cash, agreementId: 'hd-xi-mang' });
    expect(route.decider.decide(command, route.decider.initialState())).toEqual([{ type: 'ResourceMobilised', data: { ...cash, agreementId: 'hd-xi-mang' } }]);
  });
});
