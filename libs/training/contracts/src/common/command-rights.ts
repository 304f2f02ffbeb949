import type { Permission } from '@tn/shared-auth';

/** A permission of this context, from the platform's one role table (libs/shared/auth). */
export type TrainingPermission = Extract<Permission, `training:${string}`>;

/**
 * What a training command needs: a permission over the unit that owns what it touches. Each
 * command type states it beside its payload; the service's authoriser checks it.
 */
export interface TrainingCommandScope {
  permission: TrainingPermission;
  /** Units named by the payload (the actor needs the permission over every one). */
  units: string[];
  /** An existing course whose running unit counts too (commands that name only the course). */
  courseId?: string;
  /** An existing curriculum, material, model, kind or rubric whose owner unit counts too. */
  catalogueItem?: { kind: 'curriculum' | 'material' | 'coordination-model' | 'qualification-kind' | 'capacity-rubric'; id: string };
  /** People (cadres or volunteers) the command names: each must exist in the registry. */
  people?: string[];
  /** A trainer acting on a course they teach needs only `training:teach`. */
  teachingCourseId?: string;
  /** An existing capacity assessment whose subject's unit counts too (commands that name only the assessment). */
  capacityAssessmentId?: string;
  /** A person acting on their own enrolment (asking for a place, or giving it up) needs no permission. */
  selfPersonId?: string;
  /**
   * Decided only inside the service (the completion reactor), never from the command topic: the
   * authoriser refuses it to everyone, so no qualification is recorded without a completed course.
   */
  systemOnly?: true;
  /**
   * Only a grant with no unit (a system administrator) may: a trainer qualification lets its
   * holder teach in every unit of the country, so no unit may make one of its own.
   */
  nationalOnly?: boolean;
  /** A qualification kind that, when it is a trainer qualification, makes the command `nationalOnly`. */
  nationalIfTrainerKind?: string;
}
