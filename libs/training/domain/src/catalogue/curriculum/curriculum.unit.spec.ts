import { fold, given } from '@tn/shared-decider';
import type { CurriculumCommand, DefineCurriculumCommand, ReviseCurriculumCommand } from './curriculum.commands';
import { curriculumDecider } from './curriculum.decide';
import { type CurriculumEvent, curriculumStreamId } from './curriculum.events';

const act = { today: '2026-03-02', actorId: 'acc-manager' };
const module1 = { moduleId: 'm1', title: 'Điều phối tình nguyện', hours: 4, outcomes: ['Lập kế hoạch chiến dịch'] };
const module2 = { moduleId: 'm2', title: 'Chuyển đổi số', hours: 2.5, outcomes: ['Dùng nền tảng', 'Báo cáo số liệu'] };
const define: DefineCurriculumCommand = {
  type: 'DefineCurriculum',
  curriculumId: 'cur-1',
  title: 'Bồi dưỡng cán bộ cấp xã',
  targetGroup: 'commune-cadres',
  ownerUnitId: 'unit-lao-cai',
  modules: [module1],
  ...act,
};
const defined: CurriculumEvent = {
  type: 'CurriculumDefined',
  data: {
    curriculumId: 'cur-1',
    title: 'Bồi dưỡng cán bộ cấp xã',
    targetGroup: 'commune-cadres',
    ownerUnitId: 'unit-lao-cai',
    revision: 1,
    modules: [module1],
    definedBy: 'acc-manager',
    definedOn: '2026-03-02',
  },
};
const revise = (overrides: Partial<ReviseCurriculumCommand> = {}): CurriculumCommand => ({
  type: 'ReviseCurriculum',
  curriculumId: 'cur-1',
  title: 'Bồi dưỡng cán bộ cấp xã',
  modules: [module1, module2],
  ...act,
  today: '2026-04-01',
  ...overrides,
});
const revised: CurriculumEvent = {
  type: 'CurriculumRevised',
  data: {
    curriculumId: 'cur-1',
    revision: 2,
    title: 'Bồi dưỡng cán bộ cấp xã',
    modules: [module1, module2],
    revisedBy: 'acc-manager',
    revisedOn: '2026-04-01',
  },
};
const retired: CurriculumEvent = { type: 'CurriculumRetired', data: { curriculumId: 'cur-1', retiredBy: 'acc-manager', retiredOn: '2026-05-01' } };
const retire: CurriculumCommand = { type: 'RetireCurriculum', curriculumId: 'cur-1', ...act, today: '2026-05-01' };

describe('curriculum', () => {
  describe('defining', () => {
    it('defines revision 1 with its modules, by the actor, today', () => {
      given(curriculumDecider).when(define).then([defined]);
      expect(curriculumStreamId('cur-1')).toBe('curriculum-cur-1');
    });

    it('trims the title and the modules’ texts', () => {
      const padded = {
        ...define,
        title: '  Bồi dưỡng cán bộ cấp xã ',
        modules: [{ ...module1, moduleId: ' m1', title: 'Điều phối tình nguyện ', outcomes: [' Lập kế hoạch chiến dịch'] }],
      };
      given(curriculumDecider).when(padded).then([defined]);
    });

    it('refuses a curriculum id already taken', () => {
      given(curriculumDecider, [defined]).when(define).thenFails('CURRICULUM.ALREADY_EXISTS');
    });

    it('refuses a blank title', () => {
      expect(
        given(curriculumDecider)
          .when({ ...define, title: ' ' })
          .thenFails('CATALOGUE.TEXT_REQUIRED').field,
      ).toBe('title');
    });

    it('refuses an unknown target group', () => {
      const error = given(curriculumDecider)
        .when({ ...define, targetGroup: 'students' as never })
        .thenFails('CATALOGUE.TARGET_GROUP_UNKNOWN');
      expect(error.field).toBe('targetGroup');
    });

    it('refuses a curriculum without modules', () => {
      given(curriculumDecider)
        .when({ ...define, modules: [] })
        .thenFails('CURRICULUM.MODULES_REQUIRED');
    });

    it.each([
      ['moduleId', { moduleId: '' }],
      ['title', { title: '  ' }],
      ['hours', { hours: 0 }],
      ['hours', { hours: -1 }],
      ['hours', { hours: Number.NaN }],
      ['outcomes', { outcomes: [] }],
      ['outcomes', { outcomes: ['Lập kế hoạch', ' '] }],
    ])('refuses a module with an invalid %s, naming the field', (field, change) => {
      const error = given(curriculumDecider)
        .when({ ...define, modules: [module2, { ...module1, ...change }] })
        .thenFails('CURRICULUM.MODULE_INVALID');
      expect(error.field).toBe(`modules.1.${field}`);
    });

    it('refuses two modules with the same id, naming the second', () => {
      const error = given(curriculumDecider)
        .when({ ...define, modules: [module1, module2, { ...module2, moduleId: 'm1' }] })
        .thenFails('CURRICULUM.MODULE_ID_DUPLICATE');
      expect([error.field, error.details]).toEqual(['modules.2.moduleId', { moduleId: 'm1' }]);
    });

    it('refuses an act with no valid date or no actor (the route supplies both)', () => {
      expect(
        given(curriculumDecider)
          .when({ ...define, today: '2026-02-30' })
          .thenFails('CATALOGUE.DATE_INVALID').field,
      ).toBe('today');
      expect(
        given(curriculumDecider)
          .when({ ...define, actorId: '' })
          .thenFails('CATALOGUE.ACTOR_REQUIRED').field,
      ).toBe('actorId');
    });
  });

  describe('revising', () => {
    it('replaces the modules and takes the next revision number', () => {
      given(curriculumDecider, [defined]).when(revise()).then([revised]);
      given(curriculumDecider, [defined, revised])
        .when(revise({ title: 'Bồi dưỡng cán bộ cấp xã (2027)', modules: [module2] }))
        .then([{ type: 'CurriculumRevised', data: { ...revised.data, revision: 3, title: 'Bồi dưỡng cán bộ cấp xã (2027)', modules: [module2] } }]);
    });

    it('records nothing when the content is unchanged', () => {
      given(curriculumDecider, [defined, revised]).when(revise()).then([]);
    });

    it('keeps the target group and the owner, and folds the latest content', () => {
      const state = fold(curriculumDecider, [defined, revised]);
      expect(state).toEqual({
        status: 'published',
        curriculumId: 'cur-1',
        title: 'Bồi dưỡng cán bộ cấp xã',
        targetGroup: 'commune-cadres',
        ownerUnitId: 'unit-lao-cai',
        revision: 2,
        modules: [module1, module2],
      });
    });

    it('checks the modules as on defining', () => {
      given(curriculumDecider, [defined])
        .when(revise({ modules: [module1, module1] }))
        .thenFails('CURRICULUM.MODULE_ID_DUPLICATE');
      given(curriculumDecider, [defined])
        .when(revise({ modules: [] }))
        .thenFails('CURRICULUM.MODULES_REQUIRED');
    });

    it('refuses an unknown curriculum', () => {
      given(curriculumDecider).when(revise()).thenFails('CURRICULUM.NOT_FOUND');
    });

    it('refuses a retired curriculum', () => {
      given(curriculumDecider, [defined, retired]).when(revise()).thenFails('CURRICULUM.RETIRED');
    });
  });

  describe('retiring', () => {
    it('retires, with the reason when one is given', () => {
      given(curriculumDecider, [defined]).when(retire).then([retired]);
      given(curriculumDecider, [defined])
        .when({ ...retire, reason: ' Thay bằng chương trình mới ' })
        .then([{ type: 'CurriculumRetired', data: { ...retired.data, reason: 'Thay bằng chương trình mới' } }]);
      expect(fold(curriculumDecider, [defined, retired]).status).toBe('retired');
    });

    it('records nothing when already retired', () => {
      given(curriculumDecider, [defined, retired]).when(retire).then([]);
    });

    it('refuses an unknown curriculum', () => {
      given(curriculumDecider).when(retire).thenFails('CURRICULUM.NOT_FOUND');
    });
  });
});
