import { builtInMeasures, type OutputMeasure } from '@tn/campaigns-contracts';
import { given } from '@tn/shared-decider';
import type { RecordActivityOutput, RecordResourceMobilised } from './results.commands';
import { resultsDecider } from './results.decide';
import { activityResultsStreamId, type ResultsEvent } from './results.events';

const catalogue: Record<string, OutputMeasure> = Object.fromEntries(builtInMeasures().map((m) => [m.measureId, m]));
const wells: OutputMeasure = {
  measureId: 'wells',
  nameVi: 'Giếng',
  nameEn: 'Wells',
  unitVi: 'giếng',
  unitEn: 'wells',
  valueType: 'count',
  builtIn: false,
  retired: true,
};

const road = {
  activityId: 'a-1',
  outputId: 'o-1',
  kind: 'youth-work',
  name: 'Đường bê tông thôn 3',
  domain: 'new-rural-construction',
  measures: [
    { measureId: 'rural-road-km', value: 1.2 },
    { measureId: 'beneficiaries', value: 350 },
  ],
  valuationVnd: 450_000_000,
  completedOn: '2026-07-03',
} as const;
const record: RecordActivityOutput = { type: 'RecordActivityOutput', ...road, measures: [...road.measures], activityStatus: 'in-progress', catalogue };
const recorded: ResultsEvent = { type: 'ActivityOutputRecorded', data: { ...road, measures: [...road.measures] } };

const cash: RecordResourceMobilised = {
  type: 'RecordResourceMobilised',
  activityId: 'a-1',
  resourceId: 'r-1',
  source: 'business',
  form: 'cash',
  amountVnd: 50_000_000,
  receivedOn: '2026-06-20',
  donorName: 'Công ty CP Xi măng Lào Cai',
  activityStatus: 'prepared',
};
const cement: RecordResourceMobilised = {
  type: 'RecordResourceMobilised',
  activityId: 'a-1',
  resourceId: 'r-2',
  source: 'individual',
  form: 'in-kind',
  description: 'Xi măng PCB40',
  quantity: 20,
  unit: 'tấn',
  valuationVnd: 30_000_000,
  receivedOn: '2026-06-21',
  activityStatus: 'in-progress',
};

/** The event a command records on a fresh stream. */
function firstEventOf(command: RecordActivityOutput | RecordResourceMobilised): ResultsEvent {
  const [event] = resultsDecider.decide(command, resultsDecider.initialState());
  if (!event) throw new Error(`${command.type} recorded nothing`);
  return event;
}

describe('outputs of an activity', () => {
  it('records a youth work with its measures once the activity is in progress, completed or evaluated', () => {
    for (const activityStatus of ['in-progress', 'completed', 'evaluated'] as const) {
      given(resultsDecider)
        .when({ ...record, activityStatus })
        .then([recorded]);
    }
    expect(activityResultsStreamId('a-1')).toBe('activity-results-a-1');
  });

  it('refuses outputs before the activity started, on a cancelled one, and on one that does not exist, each with its own code', () => {
    for (const activityStatus of ['needs-survey', 'planned', 'prepared'] as const) {
      expect(
        given(resultsDecider)
          .when({ ...record, activityStatus })
          .thenFails('OUTPUT.ACTIVITY_NOT_STARTED').details,
      ).toEqual({ activityId: 'a-1', status: activityStatus });
    }
    given(resultsDecider)
      .when({ ...record, activityStatus: 'cancelled' })
      .thenFails('OUTPUT.ACTIVITY_CANCELLED');
    given(resultsDecider)
      .when({ ...record, activityStatus: 'none' })
      .thenFails('ACTIVITY.NOT_FOUND');
  });

  it('checks each value against its measure type: whole numbers for counts, non-negative numbers for quantities', () => {
    const withValues = (road: number, people: number): RecordActivityOutput => ({
      ...record,
      measures: [
        { measureId: 'rural-road-km', value: road },
        { measureId: 'beneficiaries', value: people },
      ],
    });
    expect(given(resultsDecider).when(withValues(1.2, 2.5)).thenFails('OUTPUT.MEASURE_VALUE_INVALID').field).toBe('measures.1.value');
    expect(given(resultsDecider).when(withValues(1.2, -1)).thenFails('OUTPUT.MEASURE_VALUE_INVALID').field).toBe('measures.1.value');
    expect(given(resultsDecider).when(withValues(-0.5, 3)).thenFails('OUTPUT.MEASURE_VALUE_INVALID').field).toBe('measures.0.value');
    expect(given(resultsDecider).when(withValues(Number.POSITIVE_INFINITY, 3)).thenFails('OUTPUT.MEASURE_VALUE_INVALID').field).toBe('measures.0.value');
    given(resultsDecider)
      .when(withValues(0, 0))
      .then([
        {
          type: 'ActivityOutputRecorded',
          data: {
            ...road,
            measures: [
              { measureId: 'rural-road-km', value: 0 },
              { measureId: 'beneficiaries', value: 0 },
            ],
          },
        },
      ]);
  });

  it('refuses an unknown, a retired or a repeated measure, naming the measure field', () => {
    const withMeasure = (measureId: string): RecordActivityOutput => ({
      ...record,
      catalogue: { ...catalogue, wells },
      measures: [
        { measureId: 'trees', value: 10 },
        { measureId, value: 1 },
      ],
    });
    const unknown = given(resultsDecider).when(withMeasure('rubber-trees')).thenFails('OUTPUT.MEASURE_UNKNOWN');
    expect([unknown.field, unknown.kind]).toEqual(['measures.1.measureId', 'validation']);
    expect(given(resultsDecider).when(withMeasure('wells')).thenFails('OUTPUT.MEASURE_RETIRED').field).toBe('measures.1.measureId');
    expect(given(resultsDecider).when(withMeasure('trees')).thenFails('OUTPUT.MEASURE_DUPLICATE').field).toBe('measures.1.measureId');
  });

  it('requires an id, a known kind and domain, a name, a date and whole VND for the valuation', () => {
    const cases: [Partial<RecordActivityOutput>, string, string][] = [
      [{ outputId: '' }, 'OUTPUT.ID_REQUIRED', 'outputId'],
      [{ kind: 'road' as never }, 'OUTPUT.KIND_UNKNOWN', 'kind'],
      [{ name: ' ' }, 'OUTPUT.NAME_REQUIRED', 'name'],
      [{ domain: 'sports' as never }, 'OUTPUT.DOMAIN_UNKNOWN', 'domain'],
      [{ valuationVnd: 1000.5 }, 'OUTPUT.VALUATION_INVALID', 'valuationVnd'],
      [{ valuationVnd: -1 }, 'OUTPUT.VALUATION_INVALID', 'valuationVnd'],
      [{ completedOn: '03/07/2026' }, 'DATE.INVALID', 'completedOn'],
    ];
    for (const [change, code, field] of cases)
      expect(
        given(resultsDecider)
          .when({ ...record, ...change })
          .thenFails(code).field,
      ).toBe(field);
  });

  it('records the same output id once: a repeat records nothing, other content under it is refused', () => {
    given(resultsDecider, [recorded]).when(record).then([]);
    given(resultsDecider, [recorded])
      .when({ ...record, name: 'Đường khác' })
      .thenFails('OUTPUT.ALREADY_RECORDED');
  });

  it('takes a retry of the same output after the activity was cancelled or a measure retired, recording nothing', () => {
    const activeWells = { ...wells, retired: false };
    const withWells: RecordActivityOutput = {
      ...record,
      catalogue: { ...catalogue, wells: activeWells },
      measures: [...record.measures, { measureId: 'wells', value: 2 }],
    };
    const withWellsRecorded = firstEventOf(withWells);
    given(resultsDecider, [withWellsRecorded])
      .when({ ...withWells, catalogue: { ...catalogue, wells } })
      .then([]);
    given(resultsDecider, [recorded])
      .when({ ...record, activityStatus: 'cancelled' })
      .then([]);
    given(resultsDecider, [recorded])
      .when({ ...record, activityStatus: 'none', catalogue: {} })
      .then([]);
    // The stored record may list its fields in another order: it is the same content.
    const { measures, completedOn, name, ...rest } = road;
    const reordered: ResultsEvent = {
      type: 'ActivityOutputRecorded',
      data: { completedOn, measures: measures.map(({ value, measureId }) => ({ value, measureId })), ...rest, name },
    };
    given(resultsDecider, [reordered])
      .when({ ...record, activityStatus: 'cancelled' })
      .then([]);
    given(resultsDecider, [recorded])
      .when({ ...record, name: `  ${road.name} ` })
      .then([]);
  });

  it('refuses other content under a used output id as before, whatever changed since', () => {
    given(resultsDecider, [recorded])
      .when({ ...record, valuationVnd: 1 })
      .thenFails('OUTPUT.ALREADY_RECORDED');
    given(resultsDecider, [recorded])
      .when({ ...record, measures: [{ measureId: 'rural-road-km', value: 1.2 }] })
      .thenFails('OUTPUT.ALREADY_RECORDED');
    given(resultsDecider, [recorded])
      .when({ ...record, name: 'Đường khác', activityStatus: 'cancelled' })
      .thenFails('OUTPUT.ACTIVITY_CANCELLED');
  });

  it('takes ids an object inherits (constructor, toString, __proto__) as any other id', () => {
    for (const id of ['constructor', 'toString', '__proto__']) {
      expect(
        given(resultsDecider)
          .when({ ...record, measures: [{ measureId: id, value: 1 }] })
          .thenFails('OUTPUT.MEASURE_UNKNOWN').field,
      ).toBe('measures.0.measureId');
      const output = { ...record, outputId: id };
      const outputRecorded: ResultsEvent = { type: 'ActivityOutputRecorded', data: { ...recorded.data, outputId: id } as never };
      given(resultsDecider).when(output).then([outputRecorded]);
      given(resultsDecider, [outputRecorded]).when(output).then([]);
      given(resultsDecider, [outputRecorded])
        .when({ ...output, name: 'Đường khác' })
        .thenFails('OUTPUT.ALREADY_RECORDED');
      const withdrawal = { activityId: 'a-1', outputId: id, reason: 'ghi trùng', withdrawnOn: '2026-07-05' };
      const withdraw = { type: 'WithdrawActivityOutput', ...withdrawal } as const;
      given(resultsDecider).when(withdraw).thenFails('OUTPUT.NOT_FOUND');
      given(resultsDecider, [recorded]).when(withdraw).thenFails('OUTPUT.NOT_FOUND');
      given(resultsDecider, [outputRecorded])
        .when(withdraw)
        .then([{ type: 'ActivityOutputWithdrawn', data: withdrawal }]);
      const mobilised = firstEventOf({ ...cash, resourceId: id });
      expect(mobilised).toMatchObject({ type: 'ResourceMobilised', data: { resourceId: id } });
      given(resultsDecider, [mobilised])
        .when({ ...cash, resourceId: id })
        .then([]);
      given(resultsDecider)
        .when({ type: 'WithdrawResourceMobilised', activityId: 'a-1', resourceId: id, reason: 'nhầm', withdrawnOn: '2026-06-30' })
        .thenFails('RESOURCE.NOT_FOUND');
    }
  });

  it('withdraws an output with a reason, once', () => {
    const withdraw = { type: 'WithdrawActivityOutput', activityId: 'a-1', outputId: 'o-1', reason: 'ghi trùng', withdrawnOn: '2026-07-05' } as const;
    given(resultsDecider, [recorded])
      .when(withdraw)
      .then([{ type: 'ActivityOutputWithdrawn', data: { activityId: 'a-1', outputId: 'o-1', reason: 'ghi trùng', withdrawnOn: '2026-07-05' } }]);
    given(resultsDecider, [
      recorded,
      { type: 'ActivityOutputWithdrawn', data: { activityId: 'a-1', outputId: 'o-1', reason: 'ghi trùng', withdrawnOn: '2026-07-05' } },
    ])
      .when(withdraw)
      .then([]);
    given(resultsDecider, [recorded])
      .when({ ...withdraw, reason: '' })
      .thenFails('OUTPUT.WITHDRAW_REASON_REQUIRED');
    given(resultsDecider).when(withdraw).thenFails('OUTPUT.NOT_FOUND');
  });
});

describe('resources mobilised for an activity', () => {
  it('records cash from a named business and goods from an anonymous individual, from preparation on', () => {
    const { type: _c, activityStatus: _s, ...cashData } = cash;
    given(resultsDecider)
      .when(cash)
      .then([{ type: 'ResourceMobilised', data: cashData as never }]);
    given(resultsDecider)
      .when(cement)
      .then([
        {
          type: 'ResourceMobilised',
          data: {
            activityId: 'a-1',
            resourceId: 'r-2',
            source: 'individual',
            form: 'in-kind',
            description: 'Xi măng PCB40',
            quantity: 20,
            unit: 'tấn',
            valuationVnd: 30_000_000,
            receivedOn: '2026-06-21',
          },
        },
      ]);
  });

  it('refuses a donor name for a person (an individual, a Vietnamese abroad) with its own code', () => {
    for (const source of ['individual', 'vietnamese-abroad'] as const) {
      const error = given(resultsDecider)
        .when({ ...cash, source, donorName: 'Nguyễn Văn A' })
        .thenFails('RESOURCE.DONOR_NAME_NOT_ALLOWED');
      expect([error.field, error.kind]).toEqual(['donorName', 'validation']);
    }
    for (const source of ['international', 'other-organisation'] as const) {
      expect(resultsDecider.decide({ ...cash, source, donorName: 'UNICEF' }, resultsDecider.initialState())).toHaveLength(1);
    }
  });

  it('takes only positive whole VND in cash, and whole VND ≥ 0 as the valuation of goods', () => {
    const cases: [Partial<RecordResourceMobilised>, string, string][] = [
      [{ amountVnd: 1500.5 }, 'RESOURCE.AMOUNT_INVALID', 'amountVnd'],
      [{ amountVnd: 0 }, 'RESOURCE.AMOUNT_INVALID', 'amountVnd'],
      [{ amountVnd: -5 }, 'RESOURCE.AMOUNT_INVALID', 'amountVnd'],
      [{ amountVnd: 2 ** 60 }, 'RESOURCE.AMOUNT_INVALID', 'amountVnd'],
      [{ amountVnd: undefined }, 'RESOURCE.AMOUNT_INVALID', 'amountVnd'],
      [{ valuationVnd: 10 }, 'RESOURCE.FORM_MISMATCH', 'valuationVnd'],
      [{ source: 'lottery' as never }, 'RESOURCE.SOURCE_UNKNOWN', 'source'],
      [{ form: 'crypto' }, 'RESOURCE.FORM_UNKNOWN', 'form'],
      [{ resourceId: '' }, 'RESOURCE.ID_REQUIRED', 'resourceId'],
      [{ receivedOn: '2026-13-01' }, 'DATE.INVALID', 'receivedOn'],
    ];
    for (const [change, code, field] of cases)
      expect(
        given(resultsDecider)
          .when({ ...cash, ...change })
          .thenFails(code).field,
      ).toBe(field);
    const goods: [Partial<RecordResourceMobilised>, string, string][] = [
      [{ valuationVnd: -1 }, 'RESOURCE.VALUATION_INVALID', 'valuationVnd'],
      [{ valuationVnd: 99.9 }, 'RESOURCE.VALUATION_INVALID', 'valuationVnd'],
      [{ valuationVnd: undefined }, 'RESOURCE.VALUATION_INVALID', 'valuationVnd'],
      [{ description: '' }, 'RESOURCE.DESCRIPTION_REQUIRED', 'description'],
      [{ quantity: 0 }, 'RESOURCE.QUANTITY_INVALID', 'quantity'],
      [{ amountVnd: 1 }, 'RESOURCE.FORM_MISMATCH', 'amountVnd'],
    ];
    for (const [change, code, field] of goods)
      expect(
        given(resultsDecider)
          .when({ ...cement, ...change })
          .thenFails(code).field,
      ).toBe(field);
    expect(resultsDecider.decide({ ...cement, valuationVnd: 0 }, resultsDecider.initialState())).toHaveLength(1);
  });

  it('refuses resources for a cancelled or unknown activity; a repeat records nothing; a withdrawal needs a reason', () => {
    given(resultsDecider)
      .when({ ...cash, activityStatus: 'cancelled' })
      .thenFails('RESOURCE.ACTIVITY_CANCELLED');
    given(resultsDecider)
      .when({ ...cash, activityStatus: 'none' })
      .thenFails('ACTIVITY.NOT_FOUND');
    const mobilised = firstEventOf(cash);
    given(resultsDecider, [mobilised]).when(cash).then([]);
    given(resultsDecider, [mobilised])
      .when({ ...cash, amountVnd: 1 })
      .thenFails('RESOURCE.ALREADY_RECORDED');
    const withdraw = {
      type: 'WithdrawResourceMobilised',
      activityId: 'a-1',
      resourceId: 'r-1',
      reason: 'nhà tài trợ rút lại',
      withdrawnOn: '2026-06-30',
    } as const;
    given(resultsDecider, [mobilised])
      .when(withdraw)
      .then([
        { type: 'ResourceMobilisationWithdrawn', data: { activityId: 'a-1', resourceId: 'r-1', reason: 'nhà tài trợ rút lại', withdrawnOn: '2026-06-30' } },
      ]);
    given(resultsDecider).when(withdraw).thenFails('RESOURCE.NOT_FOUND');
  });

  it('takes a retry of the same resource after the activity was cancelled, recording nothing; other content is refused', () => {
    const mobilised = firstEventOf(cement);
    given(resultsDecider, [mobilised])
      .when({ ...cement, activityStatus: 'cancelled' })
      .then([]);
    given(resultsDecider, [mobilised])
      .when({ ...cement, description: ' Xi măng PCB40 ', activityStatus: 'none' })
      .then([]);
    given(resultsDecider, [mobilised])
      .when({ ...cement, quantity: 21 })
      .thenFails('RESOURCE.ALREADY_RECORDED');
    given(resultsDecider, [mobilised])
      .when({ ...cement, quantity: 21, activityStatus: 'cancelled' })
      .thenFails('RESOURCE.ACTIVITY_CANCELLED');
  });
});
