import type { CommandEnvelope } from '@tn/shared-event-contracts';
import type { Permission } from '@tn/shared-auth';

/** What a command needs: a permission, over which units (the actor needs it over every one). */
export interface CommandScope {
  permission: Permission;
  /** Unit ids named by the payload; `null` in the list means "the whole country" (a new root unit). */
  units: (string | null)[];
  /** Streams whose current unit also counts (a volunteer's home unit, a cadre's positions). */
  ownerStream?: { kind: 'volunteer' | 'cadre' | 'account'; id: string };
  /** The actor may act on their own account without the permission (change their own password). */
  selfAccountId?: string;
}

type Payload = Record<string, unknown>;
const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const strs = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const obj = (value: unknown): Payload => (typeof value === 'object' && value !== null ? (value as Payload) : {});

/**
 * The unit scope of every registry command, read from its payload. Malformed payloads give
 * no units and are refused by the command's own validation after this check passes.
 */
export function scopeOfCommand(envelope: CommandEnvelope): CommandScope | undefined {
  const p = envelope.payload;
  switch (envelope.type) {
    case 'CreateUnit':
      return { permission: 'units:write', units: [str(p['parentId'])] };
    case 'RenameUnit':
    case 'DissolveUnit':
    case 'SplitUnit':
      return { permission: 'units:write', units: [str(p['unitId'])] };
    case 'MoveUnit':
      return { permission: 'units:write', units: [str(p['unitId']), str(p['newParentId'])] };
    case 'MergeUnits': {
      const successor = obj(p['successor']);
      const target = str(successor['existingUnitId']) ?? str(successor['parentId']);
      return { permission: 'units:write', units: [...strs(p['sourceUnitIds']), target] };
    }
    case 'RegisterCadre':
      return { permission: 'cadres:write', units: [] };
    case 'AppointCadre':
      return { permission: 'cadres:write', units: [str(p['unitId'])] };
    case 'TransferCadre':
      return { permission: 'cadres:write', units: [str(p['toUnitId'])], ownerStream: { kind: 'cadre', id: String(p['cadreId']) } };
    case 'EndCadreTerm':
      return { permission: 'cadres:write', units: [], ownerStream: { kind: 'cadre', id: String(p['cadreId']) } };
    case 'RegisterVolunteer':
      return { permission: 'volunteers:write', units: [str(p['homeUnitId'])] };
    case 'ChangeVolunteerHomeUnit':
      return { permission: 'volunteers:write', units: [str(p['homeUnitId'])], ownerStream: { kind: 'volunteer', id: String(p['volunteerId']) } };
    case 'GiveVolunteerConsent':
    case 'WithdrawVolunteerConsent':
    case 'UpdateVolunteerSkills':
    case 'ChangeVolunteerContact':
      return { permission: 'volunteers:write', units: [], ownerStream: { kind: 'volunteer', id: String(p['volunteerId']) } };
    case 'OpenAccount':
      return { permission: 'accounts:write', units: Array.isArray(p['roles']) ? p['roles'].map((role) => str(obj(role)['unitId'])) : [] };
    case 'GrantRole':
    case 'RevokeRole':
      return { permission: 'accounts:write', units: [str(p['unitId'])] };
    case 'ChangePassword':
      return { permission: 'accounts:write', units: [], ownerStream: { kind: 'account', id: String(p['accountId']) }, selfAccountId: String(p['accountId']) };
    case 'CloseAccount':
      return { permission: 'accounts:write', units: [], ownerStream: { kind: 'account', id: String(p['accountId']) } };
    default:
      return undefined;
  }
}
