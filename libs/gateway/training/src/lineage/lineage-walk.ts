import { eachDistinct, READS_IN_FLIGHT } from '@tn/gateway-core';
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

/** Where a page of a downstream walk ends: the depth, the trainer the person is listed under, the person. */
export interface DownstreamCursor {
  depth: number;
  parentId: string;
  personId: string;
}

/** A page of the people downstream of a trainer, in the order (depth, trainer listed under, person). */
export interface DownstreamPage {
  items: (LineageNode & { parentId: string })[];
  hasNextPage: boolean;
  /** Every person downstream, by depth: only when the walk read the whole tree for this page (else undefined). */
  depths?: { depth: number; count: number }[];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One page of everyone trained downstream of a trainer: depth 1 passed one of their courses,
 * depth 2 passed a course of one of those, and so on. A person reached by several paths counts
 * once, at the shortest depth, under the first (by id) of their trainers at the depth above.
 *
 * The walk reads a level one trainer at a time (one indexed equality each, 16 at once) in id
 * order, and stops as soon as the page is full: a level must be read whole only to go below it,
 * and only people who led a course are asked for their learners. So the first page of a tree of
 * 100,000 reads the first levels, not the tree; the totals by depth come only with a page that
 * had to read everything anyway.
 */
export async function lineageDownstreamPage(
  trainerId: string,
  learnersOf: (trainerId: string) => Promise<PersonLineage[]>,
  size: number,
  after?: DownstreamCursor,
): Promise<DownstreamPage> {
  const items: DownstreamPage['items'] = [];
  const seen = new Set([trainerId]);
  const depths: { depth: number; count: number }[] = [];
  let frontier = [trainerId];
  for (let depth = 1; frontier.length > 0 && depth <= MAX_LINEAGE_DEPTH; depth++) {
    const above = new Set(frontier);
    // The people a trainer of the level above is the first trainer of (by id), not seen higher up.
    const listedUnder = async (parentId: string) =>
      (await learnersOf(parentId))
        .filter((doc) => !seen.has(doc._id))
        .map((doc) => ({ ...nodeOf(doc._id, depth, doc), parentId }))
        .filter((node) => node.trainedBy.some((link) => link.trainerId === parentId))
        .filter(
          (node) =>
            node.trainedBy
              .map((link) => link.trainerId)
              .filter((id) => above.has(id))
              .sort(byId)[0] === parentId,
        )
        .sort((a, b) => byId(a.personId, b.personId));
    const level = new Map<string, (LineageNode & { parentId: string })[]>();
    const read = async (parents: readonly string[]) => {
      const lists = await eachDistinct(parents, listedUnder);
      parents.forEach((parentId, index) => level.set(parentId, lists[index] ?? []));
      return lists;
    };
    // Emit from the cursor on, parent by parent in id order, a batch of parents at a time.
    const firstShown = after === undefined || depth > after.depth ? 0 : depth === after.depth ? frontier.findIndex((id) => id >= after.parentId) : -1;
    if (firstShown >= 0) {
      for (let start = firstShown; start < frontier.length; start += READS_IN_FLIGHT) {
        const lists = await read(frontier.slice(start, start + READS_IN_FLIGHT));
        for (const node of lists.flat()) {
          const shown = !after || depth > after.depth || node.parentId > after.parentId || (node.parentId === after.parentId && node.personId > after.personId);
          if (shown) items.push(node);
        }
        if (items.length > size) return { items: items.slice(0, size), hasNextPage: true };
      }
    }
    // Going below: the level must be whole (the trainers in it, and who was seen).
    await read(frontier.filter((id) => !level.has(id)));
    const nodes = [...level.values()].flat();
    for (const node of nodes) seen.add(node.personId);
    if (nodes.length > 0) depths.push({ depth, count: nodes.length });
    frontier = nodes
      .filter((node) => node.coursesLed > 0)
      .map((node) => node.personId)
      .sort(byId);
  }
  return { items, hasNextPage: false, depths };
}
