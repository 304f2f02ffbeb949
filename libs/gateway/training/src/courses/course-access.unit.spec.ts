import type { RequestUser } from '@tn/gateway-core';
import { isTeaching } from './course-access';

const user = (personId: string | undefined, roles: string[]) =>
  ({
    token: 't',
    claims: { sub: 'acc', sid: 's', kind: 'cadre', personId, grants: roles.map((role) => ({ role, unitId: 'commune-a' })), iat: 0, exp: 0 },
  }) as RequestUser;
const course = { trainerIds: ['t1', 't2'] };

describe('who teaches a course', () => {
  it('is a trainer named on the course who holds the trainer role somewhere', () => {
    expect(isTeaching(user('t2', ['trainer']), course)).toBe(true);
    expect(isTeaching(user('t3', ['trainer']), course)).toBe(false);
    // Named on the course, but without training:teach (a volunteer's account): a manager's right is needed.
    expect(isTeaching(user('t1', ['volunteer']), course)).toBe(false);
    expect(isTeaching(user(undefined, ['trainer']), course)).toBe(false);
  });
});
