import { fold, given } from '@tn/shared-decider';
import type { CapacityRubricCommand, DefineCapacityRubric, ReviseCapacityRubric } from './capacity-rubric.commands';
import { capacityRubricDecider } from './capacity-rubric.decide';
import { type CapacityRubricEvent, capacityRubricStreamId } from './capacity-rubric.events';
import { type DefinedCapacityRubric, lookUpRubricVersion } from './capacity-rubric.types';

const plan = { criterionId: 'plan', title: 'Lập kế hoạch hoạt động tình nguyện', weight: 2 };
const people = { criterionId: 'people', title: 'Huy động và quản lý tình nguyện viên', weight: 1 };
const criteria = [plan, people, { criterionId: 'digital', title: 'Ứng dụng công nghệ số', weight: 1 }];
const define: DefineCapacityRubric = {
  type: 'DefineCapacityRubric',
  rubricId: 'r-commune',
  title: 'Năng lực điều phối cấp xã',
  ownerUnitId: 'u-province',
  subjectKind: 'unit',
  level: 'commune',
  scale: { min: 1, max: 5 },
  criteria,
  today: '2026-01-10',
  actorId: 'cadre-1',
};
const revise = (overrides: Partial<ReviseCapacityRubric> = {}): ReviseCapacityRubric => ({
  type: 'ReviseCapacityRubric',
  rubricId: 'r-commune',
  title: define.title,
  scale: define.scale,
  criteria,
  today: '2026-06-01',
  actorId: 'cadre-2',
  ...overrides,
});

const defined: CapacityRubricEvent = {
  type: 'CapacityRubricDefined',
  data: {
    rubricId: 'r-commune',
    version: 1,
    title: 'Năng lực điều phối cấp xã',
    ownerUnitId: 'u-province',
    subjectKind: 'unit',
    level: 'commune',
    scale: { min: 1, max: 5 },
    criteria,
    definedBy: 'cadre-1',
    definedOn: '2026-01-10',
  },
};
const tenPoint = { scale: { min: 0, max: 10 }, criteria: [...criteria, { criterionId: 'network', title: 'Kết nối mạng lưới', weight: 1 }] };
const revised: CapacityRubricEvent = {
  type: 'CapacityRubricRevised',
  data: { rubricId: 'r-commune', version: 2, title: define.title, ...tenPoint, revisedBy: 'cadre-2', revisedOn: '2026-06-01' },
};

const refusal = (command: CapacityRubricCommand, code: string, history: CapacityRubricEvent[] = []) =>
  given(capacityRubricDecider, history).when(command).thenFails(code);

describe('capacity rubrics', () => {
  it('defines version 1, by the acting user on the server date', () => {
    given(capacityRubricDecider).when(define).then([defined]);
    expect(capacityRubricStreamId('r-commune')).toBe('capacity-rubric-r-commune');
  });

  it('refuses defining a rubric that already exists', () => {
    expect(refusal(define, 'CAPACITY_RUBRIC.ALREADY_EXISTS', [defined]).details).toEqual({ rubricId: 'r-commune' });
  });

  it('revises into the next version and keeps the earlier ones', () => {
    given(capacityRubricDecider, [defined]).when(revise(tenPoint)).then([revised]);
    const third = given(capacityRubricDecider, [defined, revised])
      .when(revise({ title: 'Năng lực điều phối cấp xã (2027)', ...tenPoint }))
      .then([
        {
          type: 'CapacityRubricRevised',
          data: { rubricId: 'r-commune', version: 3, title: 'Năng lực điều phối cấp xã (2027)', ...tenPoint, revisedBy: 'cadre-2', revisedOn: '2026-06-01' },
        },
      ]);
    const rubric = fold(capacityRubricDecider, [defined, revised, ...third]) as DefinedCapacityRubric;
    expect(rubric.versions.map((version) => [version.version, version.scale.max])).toEqual([
      [1, 5],
      [2, 10],
      [3, 10],
    ]);
  });

  it('adds no version for a revision that changes nothing', () => {
    given(capacityRubricDecider, [defined]).when(revise()).then([]);
  });

  it('refuses revising a rubric that was never defined', () => {
    refusal(revise(), 'CAPACITY_RUBRIC.NOT_FOUND');
  });

  it('refuses a scale that is not whole numbers from low to high within 0..100, naming the bound', () => {
    const fieldOf = (scale: { min: number; max: number }) => refusal({ ...define, scale }, 'CAPACITY_RUBRIC.SCALE_INVALID').field;
    expect([
      fieldOf({ min: 5, max: 1 }),
      fieldOf({ min: 3, max: 3 }),
      fieldOf({ min: -1, max: 5 }),
      fieldOf({ min: 1, max: 4.5 }),
      fieldOf({ min: 0, max: 101 }),
    ]).toEqual(['scale.max', 'scale.max', 'scale.min', 'scale.max', 'scale.max']);
  });

  it('refuses a rubric without criteria', () => {
    refusal({ ...define, criteria: [] }, 'CAPACITY_RUBRIC.CRITERIA_REQUIRED');
  });

  it('refuses a criterion listed twice', () => {
    const twice = [...criteria, { criterionId: 'plan', title: 'Kế hoạch (lặp)', weight: 1 }];
    expect(refusal({ ...define, criteria: twice }, 'CAPACITY_RUBRIC.CRITERION_DUPLICATE').field).toBe('criteria.3.criterionId');
  });

  it('refuses a weight that is not a positive number, in a definition or a revision', () => {
    const weighted = (weight: number) => [plan, { ...people, weight }];
    expect(refusal({ ...define, criteria: weighted(0) }, 'CAPACITY_RUBRIC.WEIGHT_INVALID').field).toBe('criteria.1.weight');
    refusal({ ...define, criteria: weighted(-2) }, 'CAPACITY_RUBRIC.WEIGHT_INVALID');
    refusal(revise({ criteria: weighted(Number.NaN) }), 'CAPACITY_RUBRIC.WEIGHT_INVALID', [defined]);
  });

  it('refuses a subject kind or a level it does not know', () => {
    refusal({ ...define, subjectKind: 'volunteer' }, 'CAPACITY_RUBRIC.SUBJECT_KIND_UNKNOWN');
    refusal({ ...define, level: 'district' }, 'CAPACITY_RUBRIC.LEVEL_UNKNOWN');
  });

  it('refuses blank required text, naming the field', () => {
    const fieldOf = (command: CapacityRubricCommand) => refusal(command, 'CAPACITY_RUBRIC.FIELD_REQUIRED').field;
    expect([
      fieldOf({ ...define, title: ' ' }),
      fieldOf({ ...define, ownerUnitId: '' }),
      fieldOf({ ...define, criteria: [{ ...plan, title: '' }] }),
      fieldOf({ ...define, actorId: '' }),
    ]).toEqual(['title', 'ownerUnitId', 'criteria.0.title', 'actorId']);
  });

  it('refuses a server date that is not a calendar date', () => {
    expect(refusal({ ...define, today: '2026-02-30' }, 'CAPACITY_RUBRIC.DATE_INVALID').field).toBe('today');
  });

  it('looks up a version for an assessment: an old version stays found after a revision', () => {
    const rubric = fold(capacityRubricDecider, [defined, revised]);
    expect(lookUpRubricVersion(rubric, 1)).toEqual({
      status: 'found',
      subjectKind: 'unit',
      version: { version: 1, title: define.title, scale: define.scale, criteria },
    });
    expect(lookUpRubricVersion(rubric, 3)).toEqual({ status: 'version-unknown', latestVersion: 2 });
    expect(lookUpRubricVersion(capacityRubricDecider.initialState(), 1)).toEqual({ status: 'none' });
  });
});
