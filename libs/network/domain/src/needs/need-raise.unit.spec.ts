import { given } from '@tn/shared-decider';
import { needDecider } from './need.decide';
import { needStreamId } from './need.events';
import { act, cancelled, raise, raised, raisedData } from './need.test-fixtures';
import type { RaiseNeedCommand } from './need.commands';

const when = (overrides: Partial<RaiseNeedCommand>) => given(needDecider).when({ ...raise, ...overrides });

describe('raising a need', () => {
  it('raises a need of the unit at a place of its subtree, by the actor, today', () => {
    given(needDecider).when(raise).then([raised]);
    expect(needStreamId('need-1')).toBe('need-need-1');
  });

  it('keeps a survey need’s activity', () => {
    when({ source: 'activity-survey', activityId: 'act-9', activity: { found: true, withinUnit: true } }).then([
      { type: 'NeedRaised', data: { ...raisedData, source: 'activity-survey', activityId: 'act-9' } },
    ]);
  });

  it('trims texts and skills, and counts a field named twice once', () => {
    when({
      description: '  Dọn bùn sau lũ ',
      measure: ' người ',
      skills: [' Sơ cứu '],
      fields: ['disaster-prevention-response', 'disaster-prevention-response'],
    }).then([raised]);
  });

  it('refuses a need that exists already', () => {
    given(needDecider, [raised]).when(raise).thenFails('NEED.ALREADY_EXISTS');
    given(needDecider, [raised, cancelled]).when(raise).thenFails('NEED.ALREADY_EXISTS');
  });

  it('refuses words of no vocabulary', () => {
    when({ source: 'rumour' as never }).thenFails('NEED.SOURCE_UNKNOWN');
    when({ kind: 'time' as never }).thenFails('NEED.KIND_UNKNOWN');
    when({ priority: 'asap' as never }).thenFails('NEED.PRIORITY_UNKNOWN');
    expect(when({ fields: ['disaster-prevention-response', 'cooking' as never] }).thenFails('NEED.FIELD_UNKNOWN').field).toBe('fields.1');
  });

  it('refuses a blank description or measure', () => {
    expect(when({ description: '  ' }).thenFails('NEED.TEXT_REQUIRED').field).toBe('description');
    expect(when({ measure: '' }).thenFails('NEED.TEXT_REQUIRED').field).toBe('measure');
  });

  it('refuses a blank skill or a skill named twice, however written', () => {
    when({ skills: ['Sơ cứu', ' '] }).thenFails('NEED.SKILLS_INVALID');
    when({ skills: ['Sơ cứu', 'so cuu'] }).thenFails('NEED.SKILLS_INVALID');
  });

  it('asks for a quantity above 0, and whole people', () => {
    when({ quantity: 0 }).thenFails('NEED.QUANTITY_INVALID');
    when({ quantity: -3 }).thenFails('NEED.QUANTITY_INVALID');
    when({ quantity: 2.5 }).thenFails('NEED.QUANTITY_INVALID');
    when({ kind: 'items', quantity: 2.5, measure: 'tấn' }).then([
      { type: 'NeedRaised', data: { ...raisedData, kind: 'items', quantity: 2.5, measure: 'tấn' } },
    ]);
  });

  it('takes dates in order, a one-day need included', () => {
    expect(when({ from: '2026-08-12', to: '2026-08-10' }).thenFails('NEED.DATES_INVALID').field).toBe('to');
    expect(when({ from: '2026-02-30' }).thenFails('NEED.DATES_INVALID').field).toBe('from');
    when({ from: '2026-08-12', to: '2026-08-12' }).then([{ type: 'NeedRaised', data: { ...raisedData, from: '2026-08-12', to: '2026-08-12' } }]);
  });

  it('refuses a place the hierarchy does not know, or outside the raising unit', () => {
    when({ place: { known: false, withinUnit: false } }).thenFails('NEED.PLACE_UNKNOWN');
    when({ place: { known: true, withinUnit: false } }).thenFails('NEED.PLACE_OUTSIDE_UNIT');
  });

  it('asks a survey need for an activity of the unit’s subtree', () => {
    when({ source: 'activity-survey' }).thenFails('NEED.ACTIVITY_REQUIRED');
    when({ source: 'activity-survey', activityId: 'act-9', activity: { found: false, withinUnit: false } }).thenFails('NEED.ACTIVITY_NOT_FOUND');
    when({ source: 'activity-survey', activityId: 'act-9', activity: { found: true, withinUnit: false } }).thenFails('NEED.ACTIVITY_OUTSIDE_UNIT');
  });

  it('refuses an activity on a need the unit raises itself', () => {
    when({ activityId: 'act-9', activity: { found: true, withinUnit: true } }).thenFails('NEED.ACTIVITY_UNEXPECTED');
  });

  it('dates the act by the server and names the actor', () => {
    when({ today: '2026-13-01' }).thenFails('NEED.DATE_INVALID');
    when({ ...act, actorId: ' ' }).thenFails('NEED.ACTOR_REQUIRED');
  });
});
