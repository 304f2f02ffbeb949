import { checkMessage } from '@tn/shared-event-contracts';
import { getMetadataStorage } from 'class-validator';
import { COURSE_ERROR_CODES, courseCommandTypes, courseEventTypes, meetsAttendanceShare, passesCourse } from './index';

function definitionOf(type: string) {
  const definition = courseCommandTypes.find((candidate) => candidate.type === type);
  if (!definition) throw new Error(`no contract for ${type}`);
  return definition;
}
const rightsOf = (type: string, payload: object) => definitionOf(type).rights(payload as never);
const fieldsOf = (data: new () => object) => [
  ...new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(data, '', true, false)
      .map((rule) => rule.propertyName),
  ),
];

describe('the course pass rule', () => {
  const rule = { passMark: 70, minimumAttendanceShare: 0.8, scheduledHours: 10 };

  it('passes a score equal to the pass mark with exactly the share of the hours', () => {
    expect(passesCourse({ score: 70, attendedHours: 8 }, rule)).toBe(true);
  });

  it('fails a score just under the pass mark, or a quarter hour under the share', () => {
    expect(passesCourse({ score: 69.99, attendedHours: 10 }, rule)).toBe(false);
    expect(passesCourse({ score: 100, attendedHours: 7.75 }, rule)).toBe(false);
  });

  it('fails a learner never assessed, whatever they attended', () => {
    expect(passesCourse({ attendedHours: 10 }, rule)).toBe(false);
  });

  it('is not fooled by a share whose product rounds up (0.55 × 25 h is 13.750000000000002 in floating point)', () => {
    expect(0.55 * 25).toBeGreaterThan(13.75);
    expect(meetsAttendanceShare(13.75, { minimumAttendanceShare: 0.55, scheduledHours: 25 })).toBe(true);
    expect(meetsAttendanceShare(13.5, { minimumAttendanceShare: 0.55, scheduledHours: 25 })).toBe(false);
  });
});

describe('course command rights', () => {
  it('asks the running unit for a new course, and the registry for its trainers', () => {
    expect(rightsOf('PlanCourse', { courseId: 'c-1', runningUnitId: 'u-1', trainerIds: ['t-1', 't-2'] })).toEqual({
      permission: 'training:write',
      units: ['u-1'],
      people: ['t-1', 't-2'],
    });
  });

  it("lets the learner's unit nominate, or the learner ask for themselves", () => {
    expect(rightsOf('RequestEnrolment', { courseId: 'c-1', personId: 'p-1', unitId: 'u-2' })).toEqual({
      permission: 'training:write',
      units: ['u-2'],
      people: ['p-1'],
      selfPersonId: 'p-1',
    });
  });

  it("lets the course's trainers record attendance and scores with training:teach", () => {
    for (const type of ['RecordSessionAttendance', 'RecordAssessment']) {
      expect(rightsOf(type, { courseId: 'c-1' })).toEqual({ permission: 'training:write', units: [], courseId: 'c-1', teachingCourseId: 'c-1' });
    }
  });

  it('keeps approval and completion with the running unit', () => {
    for (const type of ['ApproveEnrolment', 'CompleteCourse', 'CancelCourse']) {
      expect(rightsOf(type, { courseId: 'c-1' })).toEqual({ permission: 'training:write', units: [], courseId: 'c-1' });
    }
  });

  it('refuses a payload with a field the command does not know (a fact only the route may add)', () => {
    expect(
      checkMessage(definitionOf('ApproveEnrolment').payload, { courseId: 'c-1', personId: 'p-1', actorId: 'someone-else' }).map((problem) => problem.field),
    ).toEqual(['actorId']);
  });
});

describe('course event contracts and codes', () => {
  it('names each event type once, at version 1, with no personal data', () => {
    const types = courseEventTypes.map((definition) => definition.type);
    expect(new Set(types).size).toBe(types.length);
    expect(courseEventTypes.every((definition) => definition.version === 1 && definition.personalData === undefined)).toBe(true);
    const personal = ['fullName', 'dateOfBirth', 'phone', 'email', 'nationalId', 'ethnicity'];
    expect(
      courseEventTypes.flatMap(({ type, data }) =>
        fieldsOf(data)
          .filter((field) => personal.includes(field))
          .map((field) => `${type}.${field}`),
      ),
    ).toEqual([]);
  });

  it('spells every error code COURSE.WHAT, once', () => {
    expect(COURSE_ERROR_CODES.filter((code) => !/^COURSE\.[A-Z]+(_[A-Z]+)*$/.test(code))).toEqual([]);
    expect(new Set(COURSE_ERROR_CODES).size).toBe(COURSE_ERROR_CODES.length);
  });
});
