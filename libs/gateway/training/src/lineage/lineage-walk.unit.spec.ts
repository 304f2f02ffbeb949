import { evolveLineage, type LineageDoc, peopleNamedBy } from './lineage.read-model';
import { countsByDepth, lineageDownstream, lineageUpwards, type PersonLineage } from './lineage-walk';

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

// A province's training of trainers: one master trains 3 trainers, who each train 10 commune cadres.
const communes = ['t1', 't2', 't3'].map((trainer) => ({
  courseId: `c-${trainer}`,
  trainerIds: [trainer],
  passed: Array.from({ length: 10 }, (_, i) => `${trainer}-p${i}`),
}));
const tot = { courseId: 'tot', trainerIds: ['master'], passed: ['t1', 't2', 't3'] };

describe('lineage walks', () => {
  it('reaches everyone downstream of the province trainer, by depth, asking only those who led a course for their learners', async () => {
    const { namingTrainer, queried } = lineageOf([tot, ...communes]);
    const nodes = await lineageDownstream('master', namingTrainer);
    expect(nodes).toHaveLength(33);
    expect(countsByDepth(nodes)).toEqual([
      { depth: 1, count: 3 },
      { depth: 2, count: 30 },
    ]);
    expect(nodes.find((node) => node.personId === 't2-p4')).toEqual({
      personId: 't2-p4',
      depth: 2,
      trainedBy: [{ trainerId: 't2', courseId: 'c-t2', completedOn: '2026-06-30' }],
      coursesLed: 0,
    });
    expect(queried.sort()).toEqual(['master', 't1', 't2', 't3']);
  });

  it('does not take a co-trainer for a learner, and counts a person reached twice once, at the shortest depth', async () => {
    const { namingTrainer } = lineageOf([
      { courseId: 'tot', trainerIds: ['master', 'co'], passed: ['t1'] },
      { courseId: 'c1', trainerIds: ['t1'], passed: ['p1'] },
      { courseId: 'c2', trainerIds: ['p1'], passed: ['p2'] },
      { courseId: 'c3', trainerIds: ['master'], passed: ['p2'] },
      // A cycle: a learner of the master later trains the master in a refresher.
      { courseId: 'c4', trainerIds: ['p2'], passed: ['master'] },
    ]);
    const nodes = await lineageDownstream('master', namingTrainer);
    expect(nodes.map((node) => [node.personId, node.depth])).toEqual([
      ['t1', 1],
      ['p2', 1],
      ['p1', 2],
    ]);
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
