import { activityFactsProjection, evolveActivityFacts } from './activity-facts.projection';
import type { ActivityFactDoc } from './fact-docs';
import { envelope, fold } from './fact-envelopes.test-fixtures';

const onActivity = (type: string, data: Record<string, unknown>) => envelope(type, { activityId: 'a-1', ...data }, 'activity-a-1');
const onResults = (type: string, data: Record<string, unknown>) => envelope(type, { activityId: 'a-1', ...data }, 'activity-results-a-1');

const proposal = onActivity('ActivityProposed', {
  name: 'Làm đường giao thông nông thôn',
  campaignId: 'c-summer',
  organiserUnitId: 'xa-ta-van',
  domains: ['new-rural-construction'],
  location: { unitId: 'xa-ta-van', flags: { ethnicMinority: true, mountainous: true, border: false, island: false } },
  responsibleCadreId: 'p-cadre',
  initiator: 'union',
  coordinationModelId: 'm-1',
  proposedOn: '2024-12-20',
});

const factsAfter = (...events: never[]) => fold(evolveActivityFacts, events) as ActivityFactDoc;

describe('activity facts', () => {
  it('keeps a proposed activity dated by its proposal, keyed by its organiser’s year', () => {
    expect(factsAfter(proposal)).toEqual({
      activityId: 'a-1',
      organiserUnitId: 'xa-ta-van',
      campaignId: 'c-summer',
      domains: ['new-rural-construction'],
      initiator: 'union',
      coordinationModelId: 'm-1',
      responsibleCadreId: 'p-cadre',
      on: '2024-12-20',
      cancelled: false,
      groupIds: [],
      partnerIds: [],
      results: {},
      unitYears: ['xa-ta-van|2024'],
      years: ['2024'],
    });
    expect(activityFactsProjection.documentId(proposal)).toBe('a-1');
    expect(activityFactsProjection.indexes).toEqual([{ unitYears: 1 }, { years: 1 }]);
    expect(activityFactsProjection.contiguous).toBe(false);
  });

  it('moves the day to the planned start, and records the day in Vietnam it was completed and who took part', () => {
    const doc = factsAfter(
      proposal,
      onActivity('ActivityPlanned', { startsOn: '2025-01-10', endsOn: '2025-01-12', plannedOn: '2024-12-28' }),
      onActivity('ActivityParticipantsRecorded', { groupIds: ['g-1'], partnerIds: ['pt-1', 'pt-2'], recordedBy: 'acc', recordedOn: '2025-01-12' }),
      onActivity('ActivityCompleted', { completedAt: '2025-01-12T18:30:00Z' }),
    );
    expect(doc).toMatchObject({ on: '2025-01-10', completedOn: '2025-01-13', groupIds: ['g-1'], partnerIds: ['pt-1', 'pt-2'], cancelled: false });
    expect(doc.unitYears).toEqual(['xa-ta-van|2025']);
  });

  it('keeps a cancelled activity, flagged so that counts leave it out', () => {
    const doc = factsAfter(proposal, onActivity('ActivityCancelled', { fromStatus: 'needs-survey', reason: 'Mưa lũ', cancelledOn: '2024-12-22' }));
    expect(doc).toMatchObject({ cancelled: true, on: '2024-12-20', unitYears: ['xa-ta-van|2024'] });
  });

  it('counts each numeric measure of an output, dated by its completion, and keys the year it falls in', () => {
    const doc = factsAfter(
      proposal,
      onResults('ActivityOutputRecorded', {
        outputId: 'o-1',
        kind: 'youth-work',
        name: 'Đường bê tông',
        measures: [
          { measureId: 'rural-road-km', value: 1.5 },
          { measureId: 'beneficiaries', value: 300 },
          { measureId: 'photo-note', value: 'xem ảnh' },
        ],
        completedOn: '2025-01-05',
      }),
    );
    expect(doc.results).toEqual({
      'o-1/rural-road-km': { kind: 'output', measure: 'rural-road-km', quantity: 1.5, on: '2025-01-05' },
      'o-1/beneficiaries': { kind: 'output', measure: 'beneficiaries', quantity: 300, on: '2025-01-05' },
    });
    expect(doc.unitYears).toEqual(['xa-ta-van|2024', 'xa-ta-van|2025']);
    expect(doc.years).toEqual(['2024', '2025']);
  });

  it('removes a withdrawn output’s entries only (not another output whose id it begins)', () => {
    const output = (outputId: string, value: number) =>
      onResults('ActivityOutputRecorded', {
        outputId,
        kind: 'youth-task',
        name: 'Trồng cây',
        measures: [{ measureId: 'trees', value }],
        completedOn: '2024-12-21',
      });
    const doc = factsAfter(
      proposal,
      output('o-1', 100),
      output('o-10', 50),
      onResults('ActivityOutputWithdrawn', { outputId: 'o-1', reason: 'Nhầm', withdrawnOn: '2024-12-22' }),
    );
    expect(doc.results).toEqual({ 'o-10/trees': { kind: 'output', measure: 'trees', quantity: 50, on: '2024-12-21' } });
  });

  it('values money by its amount and goods by their valuation, skips a gift with neither, and removes a withdrawn one', () => {
    const resource = (resourceId: string, gift: Record<string, unknown>) =>
      onResults('ResourceMobilised', { resourceId, source: 'business', receivedOn: '2024-12-23', ...gift });
    let doc = factsAfter(
      proposal,
      resource('r-cash', { form: 'cash', amountVnd: 5_000_000 }),
      resource('r-goods', { form: 'in-kind', description: 'Xi măng', quantity: 20, unit: 'bao', valuationVnd: 2_000_000 }),
      resource('r-unvalued', { form: 'in-kind', description: 'Cây giống' }),
    );
    expect(doc.results).toEqual({
      'r-cash': { kind: 'resource', measure: 'money-vnd', quantity: 5_000_000, on: '2024-12-23' },
      'r-goods': { kind: 'resource', measure: 'in-kind-vnd', quantity: 2_000_000, on: '2024-12-23' },
    });
    doc = evolveActivityFacts(doc, onResults('ResourceMobilisationWithdrawn', { resourceId: 'r-cash', reason: 'Trùng', withdrawnOn: '2024-12-24' }));
    expect(Object.keys(doc.results)).toEqual(['r-goods']);
  });

  it('keeps a result read before the activity’s proposal (another stream), unfound until the proposal names the organiser', () => {
    const early = onResults('ActivityOutputRecorded', {
      outputId: 'o-1',
      kind: 'youth-work',
      name: 'Nhà nhân ái',
      measures: [{ measureId: 'houses', value: 1 }],
      completedOn: '2025-03-01',
    });
    expect(activityFactsProjection.documentId(early)).toBe('a-1');
    const before = activityFactsProjection.evolve(null, early) as unknown as ActivityFactDoc;
    expect(before).toMatchObject({ activityId: 'a-1', organiserUnitId: '', unitYears: [], results: { 'o-1/houses': { quantity: 1 } } });

    const after = activityFactsProjection.evolve(before as never, proposal) as unknown as ActivityFactDoc;
    expect(after).toMatchObject({ organiserUnitId: 'xa-ta-van', on: '2024-12-20', results: { 'o-1/houses': { quantity: 1, on: '2025-03-01' } } });
    expect(after.unitYears).toEqual(['xa-ta-van|2024', 'xa-ta-van|2025']);
  });
});
