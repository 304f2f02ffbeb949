import { eachDistinct, type GatewayContext } from '@tn/gateway-core';
import { qualificationsOf } from '../qualifications/qualification-reads';
import { type CourseFlag, courseFlags, type FlaggableCourse } from './course-flags';

/** The flags of a course from per-id lookups: its trainers' records, then the kinds those name (both cached per request). */
export async function courseFlagsOf(context: GatewayContext, course: FlaggableCourse): Promise<CourseFlag[]> {
  const reads = qualificationsOf(context);
  const trainerIds = [...new Set(course.trainerIds)];
  const docs = await eachDistinct(trainerIds, (trainerId) => reads.trainee(trainerId));
  const trainers = new Map(trainerIds.map((trainerId, index) => [trainerId, docs[index]]));
  const kinds = await reads.kindsById(docs.flatMap((doc) => doc?.kindIds ?? []));
  return courseFlags(course, trainers, kinds);
}
