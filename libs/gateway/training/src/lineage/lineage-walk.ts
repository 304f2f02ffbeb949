import { eachDistinct } from './bounded-reads';
import type { LineageDoc } from './lineage.read-model';

/** A lineage document with its person's id (the document's `_id`). */
export type PersonLineage = LineageDoc & { _id: string };

/** Who trained a person, in which completed course. */
export interface LineageLink {
  trainerId: string;
  courseId: string;
  completedOn: string;
}

/** A person in a lineage: how many steps from where the walk started, who trained them, how many courses they led. */
export interface LineageNode {
  personId: string;
  depth: number;
  trainedBy: LineageLink[];
  coursesLed: number;
}

/** The courses the person passed, one link per trainer of each. */
export const trainedByOf = (personId: string, doc: LineageDoc | undefined): LineageLink[] =>
  (doc?.courses ?? [])
    .filter((course) => !course.trainerIds.includes(personId))
    .flatMap(({ courseId, completedOn, trainerIds }) => trainerIds.map((trainerId) => ({ trainerId, courseId, completedOn })));

/** How many completed courses the person led. */
export const coursesLedBy = (personId: string, doc: LineageDoc | undefined): number =>
  (doc?.courses ?? []).filter((course) => course.trainerIds.includes(personId)).length;

const nodeOf = (personId: string, depth: number, doc: LineageDoc | undefined): LineageNode => ({
  personId,
  depth,
  trainedBy: trainedByOf(personId, doc),
  coursesLed: coursesLedBy(personId, doc),
});

/** Upwards to the first trainers of a programme: far more steps than any real chain has. */
export const MAX_LINEAGE_DEPTH = 64;

/**
 * The person (depth 0) and every trainer up the chain, nearest first: who trained them, who
 * trained those, and so on, one lookup by id per person (each once, whatever paths reach them).
 */
export async function lineageUpwards(personId: string, read: (personId: string) => Promise<LineageDoc | undefined>): Promise<LineageNode[]> {
  let level = [nodeOf(personId, 0, await read(personId))];
  const nodes = [...level];
  const seen = new Set([personId]);
  for (let depth = 1; level.length > 0 && depth <= MAX_LINEAGE_DEPTH; depth++) {
    const trainers = [...new Set(level.flatMap((node) => node.trainedBy.map((link) => link.trainerId)))].filter((id) => !seen.has(id));
    for (const id of trainers) seen.add(id);
    const docs = await eachDistinct(trainers, read);
    level = trainers.map((id, index) => nodeOf(id, depth, docs[index]));
    nodes.push(...level);
  }
  return nodes;
}

/**
 * Everyone trained downstream of a trainer: depth 1 passed one of their courses, depth 2 passed a
 * course of one of those, and so on (a person reached by several paths counts once, at the
 * shortest). Each level is one indexed equality per trainer in it; only people who led a course
 * are asked for their learners, so a level of 100,000 learners led by 1,000 trainers is 1,000
 * queries, not 100,000.
 */
export async function lineageDownstream(trainerId: string, learnersOf: (trainerId: string) => Promise<PersonLineage[]>): Promise<LineageNode[]> {
  const nodes: LineageNode[] = [];
  const seen = new Set([trainerId]);
  let trainers = [trainerId];
  for (let depth = 1; trainers.length > 0 && depth <= MAX_LINEAGE_DEPTH; depth++) {
    const lists = await eachDistinct(trainers, async (trainer) =>
      (await learnersOf(trainer)).filter((doc) => trainedByOf(doc._id, doc).some((link) => link.trainerId === trainer)),
    );
    const level: LineageNode[] = [];
    for (const doc of lists.flat()) {
      if (seen.has(doc._id)) continue;
      seen.add(doc._id);
      level.push(nodeOf(doc._id, depth, doc));
    }
    nodes.push(...level);
    trainers = level.filter((node) => node.coursesLed > 0).map((node) => node.personId);
  }
  return nodes;
}

/** How many people stand at each depth. */
export const countsByDepth = (nodes: readonly LineageNode[]): { depth: number; count: number }[] => {
  const counts = new Map<number, number>();
  for (const node of nodes) counts.set(node.depth, (counts.get(node.depth) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([depth, count]) => ({ depth, count }));
};
