/** Vocabulary of the courses messages (domain.md §4; seed 000: courses from province to grassroots, priority areas). */

/** The level a course trains for: who its learners are. */
export const COURSE_LEVELS = ['central', 'province', 'commune', 'grassroots'] as const;

/** In person (sessions have a place), online (sessions have an https link) or mixed (either, or both). */
export const COURSE_MODES = ['in-person', 'online', 'mixed'] as const;
export type CourseMode = (typeof COURSE_MODES)[number];

/** Areas given priority in training (flags on the course, never on a person). */
export const COURSE_PRIORITY_AREAS = ['ethnic-minority', 'mountain', 'border', 'island'] as const;

/** Who a learner is in the registry: a Union/Federation cadre or a volunteer. */
export const LEARNER_KINDS = ['cadre', 'volunteer'] as const;
export type LearnerKind = (typeof LEARNER_KINDS)[number];

/** Where a learner stands on a course; declined and withdrawn learners leave it (and may ask again). */
export type EnrolmentStatus = 'pending' | 'confirmed' | 'waitlisted';
