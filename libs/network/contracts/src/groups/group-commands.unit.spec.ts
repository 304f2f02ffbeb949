import { GROUP_ERROR_CODES, groupCommandTypes, groupEventTypes, groupStreamId } from './index';

const definition = (type: string) => {
  const found = groupCommandTypes.find((candidate) => candidate.type === type);
  if (!found) throw new Error(`no command type ${type}`);
  return found as { streamId(payload: object): string; rights(payload: object): unknown };
};

const onGroup = { permission: 'network:write', units: [], record: { kind: 'group', id: 'g-1' } };

describe('group command types', () => {
  it('acts on the group’s own stream', () => {
    expect(groupStreamId('g-1')).toBe('group-g-1');
    for (const { type } of groupCommandTypes) expect(definition(type).streamId({ groupId: 'g-1' })).toBe('group-g-1');
  });

  it('registering needs write rights over the host, and names the leaders', () => {
    expect(definition('RegisterGroup').rights({ groupId: 'g-1', hostUnitId: 'xa-1', leaderPersonIds: ['p-1'], areaUnitIds: ['xa-2'] })).toEqual({
      permission: 'network:write',
      units: ['xa-1'],
      people: ['p-1'],
    });
  });

  it('a leader registers their own group as themselves (the proposed host need only exist for them)', () => {
    expect(
      definition('SelfRegisterGroup').rights({ groupId: 'g-1', proposedHostUnitId: 'xa-1', leaderPersonIds: ['p-1', 'p-2'], leaderPersonId: 'p-1' }),
    ).toEqual({
      permission: 'network:write',
      units: ['xa-1'],
      people: ['p-1', 'p-2'],
      selfPersonId: 'p-1',
    });
  });

  it.each(['VerifyGroup', 'DeclineGroupVerification', 'DeclareGroupStatus'])('%s needs write rights over the group’s owner unit', (type) => {
    expect(definition(type).rights({ groupId: 'g-1' })).toEqual(onGroup);
  });

  it('revising names the leaders; moving needs the new host too', () => {
    expect(definition('ReviseGroupProfile').rights({ groupId: 'g-1', leaderPersonIds: ['p-9'] })).toEqual({ ...onGroup, people: ['p-9'] });
    expect(definition('MoveGroupHost').rights({ groupId: 'g-1', newHostUnitId: 'xa-9' })).toEqual({ ...onGroup, units: ['xa-9'] });
  });

  it.each(['CarryGroupAffiliation', 'RecordGroupActivity', 'BookGroupDates', 'ReleaseGroupDates'])('%s is decided only inside the service', (type) => {
    expect(definition(type).rights({ groupId: 'g-1' })).toEqual({ ...onGroup, systemOnly: true });
  });

  it('lists each command type, event type and error code once', () => {
    const types = [...groupCommandTypes, ...groupEventTypes].map((found) => found.type);
    expect(new Set(types).size).toBe(types.length);
    expect(new Set(GROUP_ERROR_CODES).size).toBe(GROUP_ERROR_CODES.length);
    expect(GROUP_ERROR_CODES.filter((code) => !/^GROUP\.[A-Z_]+$/.test(code))).toEqual([]);
  });
});
