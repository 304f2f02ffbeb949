import { given } from '@tn/shared-decider';
import type { RecordResourceMobilised } from './results.commands';
import { resultsDecider } from './results.decide';
import type { ResultsEvent } from './results.events';
import type { AgreementFacts } from './resource-agreement';

// The province's agreement with a cement company, which the commune Tả Van is a party to.
const agreement = {
  status: 'signed' as const,
  leadUnitId: 'lao-cai',
  partyUnitIds: ['ta-van', 'sa-pa'],
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
};
// The activity's organiser unit and the units above it on the day received.
const taVanLineage = ['ta-van', 'sa-pa-town', 'lao-cai'];
const facts = (overrides: Partial<AgreementFacts> = {}): AgreementFacts => ({ agreement, activityLineage: taVanLineage, ...overrides });

const gift = {
  activityId: 'a-1',
  resourceId: 'r-1',
  source: 'business',
  form: 'cash',
  amountVnd: 50_000_000,
  receivedOn: '2026-06-20',
  donorName: 'Công ty CP Xi măng Lào Cai',
} as const;
const mobilise = (agreementId: string | undefined, agreementFacts?: AgreementFacts): RecordResourceMobilised => ({
  type: 'RecordResourceMobilised',
  ...gift,
  ...(agreementId === undefined ? {} : { agreementId }),
  activityStatus: 'prepared',
  ...(agreementFacts === undefined ? {} : { agreementFacts }),
});
const mobilised = (agreementId?: string): ResultsEvent => ({
  type: 'ResourceMobilised',
  data: { ...gift, ...(agreementId === undefined ? {} : { agreementId }) },
});

describe('a resource mobilised under an agreement of the network', () => {
  it('records the agreement it came under when in force that day and binding a unit of the activity (its own or one above)', () => {
    given(resultsDecider)
      .when(mobilise('hd-xi-mang', facts()))
      .then([mobilised('hd-xi-mang')]);
    // The lead unit alone is enough: the province's agreement covers its communes' activities.
    given(resultsDecider)
      .when(mobilise('hd-xi-mang', facts({ agreement: { ...agreement, partyUnitIds: [] } })))
      .then([mobilised('hd-xi-mang')]);
  });

  it('keeps recording resources without an agreement as before; a blank id names none', () => {
    given(resultsDecider).when(mobilise(undefined)).then([mobilised()]);
    given(resultsDecider).when(mobilise('  ')).then([mobilised()]);
  });

  it('refuses an agreement the copy of the network does not know', () => {
    const error = given(resultsDecider)
      .when(mobilise('hd-khong-co', facts({ agreement: null })))
      .thenFails('RESOURCE.AGREEMENT_UNKNOWN');
    expect(error).toMatchObject({ field: 'agreementId', details: { agreementId: 'hd-khong-co' } });
    given(resultsDecider).when(mobilise('hd-khong-co')).thenFails('RESOURCE.AGREEMENT_UNKNOWN');
  });

  it.each([
    ['before it took effect', { validFrom: '2026-07-01' }],
    ['after it expired', { validTo: '2026-06-19' }],
    ['on the day it was terminated', { status: 'terminated' as const, terminatedOn: '2026-06-20' }],
    ['after it was terminated', { status: 'terminated' as const, terminatedOn: '2026-03-01' }],
  ])('refuses an agreement not in force on the day received: %s', (_when, change) => {
    const error = given(resultsDecider)
      .when(mobilise('hd-xi-mang', facts({ agreement: { ...agreement, ...change } })))
      .thenFails('RESOURCE.AGREEMENT_NOT_IN_FORCE');
    expect(error).toMatchObject({ field: 'agreementId', details: { agreementId: 'hd-xi-mang', receivedOn: '2026-06-20' } });
  });

  it('takes an agreement terminated later than the day received, and on its first and last days', () => {
    given(resultsDecider)
      .when(mobilise('hd-xi-mang', facts({ agreement: { ...agreement, status: 'terminated', terminatedOn: '2026-06-21' } })))
      .then([mobilised('hd-xi-mang')]);
    given(resultsDecider)
      .when(mobilise('hd-xi-mang', facts({ agreement: { ...agreement, validFrom: '2026-06-20', validTo: '2026-06-20' } })))
      .then([mobilised('hd-xi-mang')]);
  });

  it("answers an agreement that binds no unit of the activity's lineage (another province's, or a sibling commune's) as an unknown one", () => {
    given(resultsDecider)
      .when(mobilise('hd-xi-mang', facts({ agreement: { ...agreement, leadUnitId: 'yen-bai', partyUnitIds: ['van-yen'] } })))
      .thenFails('RESOURCE.AGREEMENT_UNKNOWN');
    given(resultsDecider)
      .when(mobilise('hd-xi-mang', facts({ agreement: { ...agreement, leadUnitId: 'sa-pa', partyUnitIds: [] } })))
      .thenFails('RESOURCE.AGREEMENT_UNKNOWN');
    given(resultsDecider)
      .when(mobilise('hd-xi-mang', facts({ activityLineage: [] })))
      .thenFails('RESOURCE.AGREEMENT_UNKNOWN');
  });

  it("says nothing of another province's agreement that is not in force either: unknown, with no dates", () => {
    const foreignAndExpired = { ...agreement, leadUnitId: 'yen-bai', partyUnitIds: [], validTo: '2026-06-19' };
    const error = given(resultsDecider)
      .when(mobilise('hd-xi-mang', facts({ agreement: foreignAndExpired })))
      .thenFails('RESOURCE.AGREEMENT_UNKNOWN');
    expect(error.details).toEqual({ agreementId: 'hd-xi-mang' });
  });

  it('records nothing for a retry of the same resource and agreement, whatever became of the agreement; another agreement under the id is refused', () => {
    const first = mobilised('hd-xi-mang');
    given(resultsDecider, [first])
      .when(mobilise('hd-xi-mang', facts({ agreement: null })))
      .then([]);
    given(resultsDecider, [first]).when(mobilise('hd-khac', facts())).thenFails('RESOURCE.ALREADY_RECORDED');
    given(resultsDecider, [mobilised()]).when(mobilise('hd-xi-mang', facts())).thenFails('RESOURCE.ALREADY_RECORDED');
  });

  it('checks the day received before the agreement', () => {
    given(resultsDecider)
      .when({ ...mobilise('hd-xi-mang', facts()), receivedOn: '2026-02-30' })
      .thenFails('DATE.INVALID');
  });
});
