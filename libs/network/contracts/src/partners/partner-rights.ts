import type { NetworkCommandScope, NetworkRecordKind } from '../common/command-rights';

/** A new partner or agreement: write rights over every unit it will belong to (its owner, an agreement's lead and parties). */
export const writingFor = (...units: string[]): NetworkCommandScope => ({ permission: 'network:write', units });

/** An existing partner or agreement: write rights over the unit that owns it (the authoriser looks it up). */
export const writingOn = (kind: Extract<NetworkRecordKind, 'partner' | 'agreement'>, id: string): NetworkCommandScope => ({
  permission: 'network:write',
  units: [],
  record: { kind, id },
});
