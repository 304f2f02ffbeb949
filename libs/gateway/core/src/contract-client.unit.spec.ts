import { commandType } from '@tn/shared-event-contracts';
import { ContractClient } from './contract-client';
import type { RequestUser } from './request-user';

class RenameUnit {
  unitId!: string;
  name!: string;
}
const definitions = [commandType('RenameUnit', RenameUnit, { streamId: (p) => `unit-${p.unitId}`, rights: () => undefined })] as const;
const user = { claims: { sub: 'acc-1' } } as RequestUser;

/** A ContractClient of the registry context whose `command` (the ServiceClient's, tested there) only records. */
function recordingClient() {
  const command = jest.fn(async () => ({}));
  const client = Object.assign(Object.create(ContractClient.prototype) as ContractClient, { command, options: { context: 'registry' } });
  return { client, command };
}

describe('ContractClient.send', () => {
  it('sends a command of the given definitions with its payload', async () => {
    const { client, command } = recordingClient();
    await client.send(definitions, 'RenameUnit', { unitId: 'u-1', name: 'Xã Tả Van' }, user, 'vi');
    expect(command).toHaveBeenCalledWith('RenameUnit', { unitId: 'u-1', name: 'Xã Tả Van' }, user, 'vi');
  });

  it('refuses a type the definitions do not name, sending nothing', () => {
    const { client, command } = recordingClient();
    expect(() => client.send(definitions, 'CloseUnit' as 'RenameUnit', { unitId: 'u-1', name: 'x' }, user, 'vi')).toThrow(
      'CloseUnit is not one of the given registry commands',
    );
    expect(command).not.toHaveBeenCalled();
  });
});
