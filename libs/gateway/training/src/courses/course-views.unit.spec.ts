import { courseView } from './course-views';
import type { CourseDoc } from './course.read-model';

describe('course view', () => {
  it('shows the places left (never below none) and leaves absent values null', () => {
    const doc = {
      courseId: 'c1',
      capacity: 2,
      confirmedCount: 3,
      sessions: [{ sessionId: 's1', date: '2026-04-03', hours: 4, cancelled: false, attendanceRecorded: false, presentCount: 0 }],
    } as unknown as CourseDoc;
    const view = courseView(doc);
    expect([view.id, view.freePlaces, view.completedOn, view.cancelReason]).toEqual(['c1', 0, null, null]);
    expect(view.sessions[0]).toMatchObject({ place: null, link: null, cancelReason: null });
    expect(courseView({ ...doc, confirmedCount: 1 }).freePlaces).toBe(1);
  });
});
