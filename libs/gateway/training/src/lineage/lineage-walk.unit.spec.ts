import { evolveLineage, type LineageDoc, peopleNamedBy } from './lineage.read-model';
import { type DownstreamCursor, lineageDownstreamPage, lineageUpwards, type PersonLineage } from './lineage-walk';

/** Lineage documents from completions (the projection's own functions), and readers over them that count queries. */
function lineageOf(completions: { courseId: string; trainerIds: string[]; passed: string[] }[]) {
  const docs = new Map<string, LineageDoc>();
  for (const { courseId, trainerIds, passed } of completions) {
    const event = {
      type: 'CourseCompleted',
      data: { courseId, completedOn: '2026-06-30', trainerIds, passed: passed.map((personId) => ({ personId })), notPassed: [] },
    } as never;
    for (const id of peopleNamedBy(event)) docs.set(id, evolveLineage(docs.get(id) ?? null, event));
  }
  const queried: string[] = [];
  const namingTrainer = async (trainerId: string): Promise<PersonLineage[]> => {
    queried.push(trainerId);
    return [...docs.entries()].filter(([, doc]) => doc.trainerIds.includes(trainerId)).map(([_id, doc]) => ({ ...doc, _id }));
  };
  return { read: async (id: string) => docs.get(id), namingTrainer, queried };
}

/** Every page of a downstream walk, following the cursors. */
async function everyPage(trainerId: string, learnersOf: (id: string) => Promise<PersonLineage[]>, size: number) {
  const pages = [];
  let after: DownstreamCursor | undefined;
  for (;;) {
    const page = await lineageDownstreamPage(trainerId, learnersOf, size, after);
    pages.push(page);
    const last = page.items.at(-1);
    if (!page.hasNextPage || !last) return pages;
    after = { depth: last.depth, parentId: last.parentId, personId: last.personId };
  }
}

// A province's training of trainers: one master trains 3 trainers, who each train 10 commune cadres.
const communes = ['t1', 't2', 't3'].map((trainer) => ({
  courseId: `c-${trainer}`,
  trainerIds: [trainer],
  passed: Array.from({ length: 10 }, (_, i) => `${trainer}-p${i}`),
}));
const tot = { courseId: 'tot', trainerIds: ['master'], passed: ['t1', 't2', 't3'] };

describe('lineage walks', () => {
  it('reaches everyone downstream of the province trainer in one page, with the counts by depth, asking only trainers for learners', async () => {
    const { namingTrainer, queried } = lineageOf([tot, ...communes]);
    const page = await lineageDownstreamPage('master', namingTrainer, 100);
    expect([page.items.length, page.hasNextPage, page.depths]).toEqual([
      33,
      false,
      [
        { depth: 1, count: 3 },
        { depth: 2, count: 30 },
      ],
    ]);
    expect(page.items.find((node) => node.personId === 't2-p4')).toEqual({
      personId: 't2-p4',
      depth: 2,
      parentId: 't2',
      trainedBy: [{ trainerId: 't2', courseId: 'c-t2', completedOn: '2026-06-30' }],
      coursesLed: 0,
    });
    expect(queried.sort()).toEqual(['master', 't1', 't2', 't3']);
  });

  it('pages by depth, then trainer, then person, each person once across pages, reading no further than a page needs', async () => {
    const { namingTrainer, queried } = lineageOf([tot, ...communes]);
    const first = await lineageDownstreamPage('master', namingTrainer, 5);
    expect(first.items.map((node) => node.personId)).toEqual(['t1', 't2', 't3', 't1-p0', 't1-p1']);
    expect([first.hasNextPage, first.depths]).toEqual([true, undefined]);
    // The first page read the first trainers of depth 2 only (a batch of them), not past it.
    expect(queried).toEqual(['master', 't1', 't2', 't3']);
    const pages = await everyPage('master', namingTrainer, 7);
    const people = pages.flatMap((page) => page.items.map((node) => node.personId));
    expect([people.length, new Set(people).size, pages.length]).toEqual([33, 33, 5]);
    expect(people.slice(3, 13)).toEqual(Array.from({ length: 10 }, (_, i) => `t1-p${i}`));
  });

  it('lists a person reached twice once, at the shortest depth, under the first of their trainers; a co-trainer is no learner', async () => {
    const { namingTrainer } = lineageOf([
      { courseId: 'tot', trainerIds: ['master', 'co'], passed: ['t1', 't2'] },
      { courseId: 'c1', trainerIds: ['t2'], passed: ['p1'] },
      { courseId: 'c2', trainerIds: ['t1'], passed: ['p1'] },
      { courseId: 'c3', trainerIds: ['p1'], passed: ['p2'] },
      { courseId: 'c4', trainerIds: ['master'], passed: ['p2'] },
      // A cycle: a learner of the master later trains the master in a refresher.
      { courseId: 'c5', trainerIds: ['p2'], passed: ['master'] },
    ]);
    for (const size of [1, 2, 100]) {
      const nodes = (await everyPage('master', namingTrainer, size)).flatMap((page) => page.items);
      expect(nodes.map((node) => [node.personId, node.depth, node.parentId])).toEqual([
        ['p2', 1, 'master'],
        ['t1', 1, 'master'],
        ['t2', 1, 'master'],
        ['p1', 2, 't1'],
      ]);
    }
  });

  it('climbs from a cadre to the first trainer, nearest first, each trainer read once', async () => {
    const { read } = lineageOf([tot, ...communes]);
    const nodes = await lineageUpwards('t3-p0', read);
    expect(nodes.map((node) => [node.personId, node.depth, node.trainedBy.map((link) => link.trainerId)])).toEqual([
      ['t3-p0', 0, ['t3']],
      ['t3', 1, ['master']],
      ['master', 2, []],
    ]);
  });
});
