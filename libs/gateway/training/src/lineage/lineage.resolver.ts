import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GatewayContext, pageOf, requireUser } from '@tn/gateway-core';
import { apiError, decodeCursor, encodeCursor, type Language, pageSize } from '@tn/gateway-graphql-kit';
import { CourseView, CoursePage } from '../courses/course.models';
import { coursesOf } from '../courses/course-reads';
import { readableCourses } from '../courses/courses.resolver';
import { courseView } from '../courses/course-views';
import { requirePersonReader } from '../qualifications/qualification-access';
import { qualificationsOf } from '../qualifications/qualification-reads';
import { courseFlagsOf } from './course-flags-of';
import { lineageOf } from './lineage-reads';
import { type DownstreamCursor, lineageDownstreamPage, lineageUpwards } from './lineage-walk';
import { CourseFlagView, TrainedDownstreamPage, TrainerLineageView } from './lineage.models';

/** The platform's page sizes (as pageOf's). */
const DOWNSTREAM_PAGE_LIMITS = { default: 20, max: 100 } as const;

/** A downstream cursor (depth, trainer listed under, person), or CURSOR_INVALID. */
function downstreamCursorOf(after: string, language: Language): DownstreamCursor {
  const [depth, parentId, personId, ...rest] = decodeCursor(after, language);
  if (typeof depth !== 'number' || typeof parentId !== 'string' || typeof personId !== 'string' || rest.length > 0) {
    throw apiError({ code: 'CURSOR_INVALID', kind: 'validation', field: 'after' }, language);
  }
  return { depth, parentId, personId };
}

/** Whose lineage a caller reads: the person's own, or a person they read the qualifications of. */
async function requireLineageReader(context: GatewayContext, personId: string): Promise<void> {
  await requirePersonReader(context, personId, await qualificationsOf(context).trainee(personId));
}

/** Training of trainers: lineage both ways, and the courses a revoked trainer flags. */
@Resolver(() => CourseView)
export class LineageResolver {
  @Query(() => TrainerLineageView, { description: 'Who trained a person, who trained those, and so on up to the first trainers.' })
  async trainerLineage(@Context() context: GatewayContext, @Args('personId', { type: () => ID }) personId: string): Promise<TrainerLineageView> {
    await requireLineageReader(context, personId);
    const reads = lineageOf(context);
    const nodes = await lineageUpwards(personId, (id) => reads.lineage(id));
    return { personId, nodes: nodes.map((node) => ({ ...node, listedUnderId: null })) };
  }

  @Query(() => TrainedDownstreamPage, { description: 'Everyone trained downstream of a trainer (depth 1: their own learners), by depth.' })
  async trainedDownstream(
    @Context() context: GatewayContext,
    @Args('trainerId', { type: () => ID }) trainerId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<TrainedDownstreamPage> {
    await requireLineageReader(context, trainerId);
    const reads = lineageOf(context);
    const size = pageSize(first, DOWNSTREAM_PAGE_LIMITS, context.language);
    const cursor = after ? downstreamCursorOf(after, context.language) : undefined;
    const page = await lineageDownstreamPage(trainerId, (id) => reads.namingTrainer(id), size, cursor);
    const edges = page.items.map(({ parentId, ...node }) => ({
      cursor: encodeCursor([node.depth, parentId, node.personId]),
      node: { ...node, listedUnderId: parentId },
    }));
    const nodes = edges.map((edge) => edge.node);
    return {
      edges,
      nodes,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: page.depths ? page.depths.reduce((sum, level) => sum + level.count, 0) : null,
      trainerId,
      depths: page.depths ?? null,
    };
  }

  @Query(() => CoursePage, {
    description: 'Courses a trainer taught after a trainer qualification of theirs was revoked (theirs, or those the caller reads), by start date.',
  })
  async flaggedCourses(
    @Context() context: GatewayContext,
    @Args('trainerId', { type: () => ID }) trainerId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CoursePage> {
    const user = requireUser(context);
    const taught = await coursesOf(context).coursesTaughtBy(trainerId);
    const readable = user.claims.personId === trainerId ? taught : await readableCourses(context, taught);
    const flagged = [];
    for (const course of readable) {
      if ((await courseFlagsOf(context, course)).some((flag) => flag.trainerId === trainerId)) flagged.push(courseView(course));
    }
    return pageOf(flagged, (view) => [view.startsOn, view.id], { first: first ?? null, after: after ?? null }, context.language);
  }

  @ResolveField(() => [CourseFlagView], {
    description: "Trainers who taught it after a trainer qualification of theirs was revoked (holding no other valid one over the course's dates).",
  })
  flags(@Context() context: GatewayContext, @Parent() course: CourseView): Promise<CourseFlagView[]> {
    return courseFlagsOf(context, course);
  }
}
