import type { NetworkCommandScope } from '../common/command-rights';

/** A new network: write rights over the unit that will own it. */
export const formedBy = (ownerUnitId: string): NetworkCommandScope => ({ permission: 'network:write', units: [ownerUnitId] });

/**
 * An existing network: write rights over its owner unit (the authoriser looks it up). Its
 * members' units count for nothing: a member in another province is admitted by the owner alone.
 */
export const onNetwork = (networkId: string): NetworkCommandScope => ({ permission: 'network:write', units: [], record: { kind: 'network', id: networkId } });
