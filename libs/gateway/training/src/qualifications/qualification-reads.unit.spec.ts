import { fakeConnection, isPlainEquality } from '../core/fake-connection.test-fixtures';
import { QualificationReads } from './qualification-reads';
import { TRAINEES_COLLECTION } from './trainee.read-model';

describe('qualification reads', () => {
  it("reads a unit's holders with one indexed equality per unit, each unit once, never a list operator", async () => {
    const person = (id: string, unitIds: string[], kindIds: string[]) => ({
      _id: id,
      personId: id,
      unitKinds: unitIds.flatMap((unitId) => kindIds.map((kindId) => `${unitId}/${kindId}`)),
      records: [],
    });
    const { connection, filters } = fakeConnection({
      [TRAINEES_COLLECTION]: [person('p1', ['a'], ['k']), person('p2', ['b'], ['k']), person('p3', ['a'], ['other']), person('p4', ['c'], ['k'])],
    });
    const holders = await new QualificationReads(connection).holdersIn(['a', 'b', 'a'], 'k');
    expect(holders.map((doc) => doc.personId)).toEqual(['p1', 'p2']);
    expect(filters.map((each) => each.filter)).toEqual([{ unitKinds: 'a/k' }, { unitKinds: 'b/k' }]);
    expect(filters.every((each) => isPlainEquality(each.filter))).toBe(true);
  });

  it('reads a kind once per request, however often a view names it', async () => {
    const { connection, filters } = fakeConnection({ gw_training_qualification_kinds: [{ _id: 'k', kindId: 'k', extensions: [] }] });
    const reads = new QualificationReads(connection);
    const kinds = await reads.kindsById(['k', 'k', 'missing', 'k']);
    await reads.kind('k');
    expect([...kinds.keys()]).toEqual(['k']);
    expect(filters.map((each) => each.filter)).toEqual([{ _id: 'k' }, { _id: 'missing' }]);
  });
});
