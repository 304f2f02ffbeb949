import { lastVersionIn, nextStoredDocument, projectionViewOf } from './read-model-document';

describe('read-model documents with per-stream versions', () => {
  const stored = { _id: 'unit-1', name: 'Bát Xát', members: 3, _versions: { 'volunteer-a': 4, 'unit-1': 2 }, _rev: 6 };

  it('knows the last version taken from each stream, 0 for a stream never seen', () => {
    expect(lastVersionIn(stored, 'volunteer-a')).toBe(4);
    expect(lastVersionIn(stored, 'volunteer-b')).toBe(0);
    expect(lastVersionIn(null, 'volunteer-a')).toBe(0);
  });

  it('shows the projection its own fields only', () => {
    expect(projectionViewOf(stored)).toEqual({ name: 'Bát Xát', members: 3 });
  });

  it('records the applied version and a new revision, keeping the other streams', () => {
    expect(nextStoredDocument('unit-1', { name: 'Bát Xát', members: 4 }, stored, 'volunteer-b', 1)).toEqual({
      _id: 'unit-1',
      name: 'Bát Xát',
      members: 4,
      _versions: { 'volunteer-a': 4, 'unit-1': 2, 'volunteer-b': 1 },
      _rev: 7,
    });
  });

  it('does not let evolve overwrite the id or the bookkeeping', () => {
    const next = nextStoredDocument('doc-1', { _id: 'other', _rev: 99, _versions: {}, total: 1 }, null, 'counter.1', 1);
    expect(next).toEqual({ _id: 'doc-1', total: 1, _versions: { 'counter%2E1': 1 }, _rev: 1 });
  });
});
