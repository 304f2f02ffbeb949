import { COURSE_STREAM_TYPE, type CourseCompleted, courseStreamId } from '@tn/training-contracts';
import { lineageProjection } from '../../../libs/gateway/training/src/lineage/lineage.read-model';
import { dayAfter, mix } from '../national/seed-kit';
import { envelopeOf, ReadModelFold } from './read-model-fold';

/**
 * A training-of-trainers tree under one province trainer, four levels deep: the province trainer
 * trains `fanouts[0]` trainers, each of those `fanouts[1]`, each of those `fanouts[2]`, and the
 * third level trains everyone else (about 49 each for 100,000 people), in courses of at most
 * COURSE_SIZE learners with one trainer each. Ids are padded so that id order is tree order.
 */

export const COURSE_SIZE = 30;
const TRAINER_FANOUTS = [20, 10, 10] as const;
/** When each level's courses were completed (the fourth level's spread over the year after). */
const LEVEL_COMPLETED_ON = ['2024-03-15', '2024-06-14', '2024-09-13', '2025-01-10'] as const;

export interface LineageShape {
  rootId: string;
  /** People at depth 1..4 (the root, at depth 0, is not counted). */
  perDepth: number[];
  trainees: number;
  courses: number;
  /** Trainers the walk asks for their learners: the root and depths 1-3. */
  trainers: number;
  /** The last page's cursor values: the last depth-3 trainer by id, and their learner before their last. */
  lastPage: { depth: number; parentId: string; personId: string };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The learners of each trainer, level by level (ids only). */
function treeOf(trainees: number): { rootId: string; levels: Map<string, string[]>[] } {
  const rootId = 'bt-trainer-province';
  const levels: Map<string, string[]>[] = [];
  let parents = [{ id: rootId, path: '' }];
  for (const [depth, fanout] of TRAINER_FANOUTS.entries()) {
    const level = new Map<string, string[]>();
    const next: { id: string; path: string }[] = [];
    for (const parent of parents) {
      const children = Array.from({ length: fanout }, (_, i) => ({ id: `bt-l${depth + 1}-${parent.path}${pad(i, 2)}`, path: `${parent.path}${pad(i, 2)}-` }));
      level.set(
        parent.id,
        children.map(({ id }) => id),
      );
      next.push(...children);
    }
    levels.push(level);
    parents = next;
  }
  const above = levels.reduce((sum, level) => sum + [...level.values()].flat().length, 0);
  const leaves = Math.max(0, trainees - above);
  const last = new Map<string, string[]>();
  parents.forEach((parent, index) => {
    const count = Math.floor(leaves / parents.length) + (index < leaves % parents.length ? 1 : 0);
    const learners = Array.from({ length: count }, (_, i) => `bt-l4-${parent.path}${pad(i, 3)}`);
    last.set(parent.id, learners);
  });
  levels.push(last);
  return { rootId, levels };
}

/** The tree's CourseCompleted events folded through the lineage projection's evolve. */
export function lineageDataset(trainees: number): { fold: ReadModelFold; shape: LineageShape } {
  const { rootId, levels } = treeOf(trainees);
  const fold = new ReadModelFold(lineageProjection);
  let courses = 0;
  levels.forEach((level, depthIndex) => {
    for (const [trainerId, learners] of level) {
      for (let start = 0, k = 0; start < learners.length; start += COURSE_SIZE, k++) {
        const courseId = `bt-tot-${trainerId}-${k}`;
        const passed = learners.slice(start, start + COURSE_SIZE);
        const completedOn = depthIndex === 3 ? dayAfter(LEVEL_COMPLETED_ON[3], mix(courses, 21) % 300) : LEVEL_COMPLETED_ON[depthIndex]!;
        const data: CourseCompleted = {
          courseId,
          curriculumId: 'bt-curriculum-tot',
          runningUnitId: 'bt-province',
          completedOn,
          trainerIds: [trainerId],
          scheduledHours: 16,
          passed: passed.map((personId) => ({ personId, personKind: 'cadre', unitId: 'bt-province', score: 80, attendedHours: 16 })),
          notPassed: [],
          completedBy: trainerId,
        };
        // Completion follows planning, a session, the trainer and each learner's enrolment, attendance and score.
        const version = 3 + passed.length * 3 + 1;
        fold.apply(envelopeOf('CourseCompleted', data, { streamId: courseStreamId(courseId), streamType: COURSE_STREAM_TYPE, version }, completedOn));
        courses++;
      }
    }
  });
  const perDepth = levels.map((level) => [...level.values()].flat().length);
  // The last page: after the last trainer's learner before their last ('' when they have one).
  const lastTrainer = [...levels[3]!.entries()]
    .filter(([, learners]) => learners.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .at(-1);
  if (!lastTrainer) throw new Error('the tree needs a fourth level');
  const [parentId, learners] = lastTrainer;
  return {
    fold,
    shape: {
      rootId,
      perDepth,
      trainees: perDepth.reduce((sum, n) => sum + n, 0),
      courses,
      trainers: 1 + perDepth.slice(0, 3).reduce((sum, n) => sum + n, 0),
      lastPage: { depth: 4, parentId, personId: [...learners].sort().at(-2) ?? '' },
    },
  };
}
