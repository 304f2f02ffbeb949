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
  /**
   * The person a new account is linked to: the account's kind says which stream (a volunteer's or
   * a cadre's) and the person's current units count like the other units. Linking an account to
   * someone gives it their "self" access to their personal data, so it needs rights over them.
   */
  person?: { accountKind: string; id: string };
  /**
   * A cadre being appointed: the actor needs the permission over the units where the cadre holds
   * (or last held) a position too, so no one claims another province's cadre (and reads their
   * name); an unknown cadre is refused alike. A cadre never appointed yet belongs to the unit
   * that registered them (to no one but a system administrator if registered before that was recorded).
   */
  appointee?: string;
  /** The date the change takes effect, when the payload has one: the units are checked as of then too. */
  effectiveDate?: string;
}

type Payload = Record<string, unknown>;
const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const strs = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const obj = (value: unknown): Payload => (typeof value === 'object' && value !== null ? (value as Payload) : {});

/** The payload fields that say when a change takes effect (a command has at most one of them). */
const EFFECTIVE_DATE_FIELDS = ['effectiveFrom', 'termStart', 'registeredOn', 'openedOn'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The command's effective date, if its payload has a well-formed one (a malformed one is the decider's to refuse). */
export function effectiveDateOf(payload: Payload): string | undefined {
  for (const field of EFFECTIVE_DATE_FIELDS) {
    const value = payload[field];
    if (typeof value === 'string' && ISO_DATE.test(value)) return value;
  }
  return undefined;
}

/**
 * The unit scope of every registry command, read from its payload. Malformed payloads give
 * no units and are refused by the command's own validation after this check passes.
 */
export function scopeOfCommand(envelope: CommandEnvelope): CommandScope | undefined {
  const scope = unitScopeOf(envelope);
  if (!scope) return undefined;
  const effectiveDate = effectiveDateOf(envelope.payload ?? {});
  return effectiveDate ? { ...scope, effectiveDate } : scope;
}

function unitScopeOf(envelope: CommandEnvelope): CommandScope | undefined {
  const p = envelope.payload ?? {};
  switch (envelope.type) {
    case 'CreateUnit':
      return { permission: 'units:write', units: [str(p['parentId'])] };
    case 'RenameUnit':
    case 'DissolveUnit':
      return { permission: 'units:write', units: [str(p['unitId'])] };
    // The children a part takes over are named by the client: each must be the actor's too.
    case 'SplitUnit':
      return { permission: 'units:write', units: [str(p['unitId']), ...Object.keys(obj(p['childAssignments'])).map(str)] };
    case 'MoveUnit':
      return { permission: 'units:write', units: [str(p['unitId']), str(p['newParentId'])] };
    case 'MergeUnits': {
      const successor = obj(p['successor']);
      const target = str(successor['existingUnitId']) ?? str(successor['parentId']);
      return { permission: 'units:write', units: [...strs(p['sourceUnitIds']), target] };
    }
    case 'RegisterCadre':
      return { permission: 'cadres:write', units: [str(p['registeringUnitId'])] };
    case 'AppointCadre':
      return { permission: 'cadres:write', units: [str(p['unitId'])], appointee: String(p['cadreId']) };
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
    case 'OpenAccount': {
      // An account with no roles and no person needs a system administrator.
      const units = Array.isArray(p['roles']) ? p['roles'].map((role) => str(obj(role)['unitId'])) : [];
      const personId = str(p['personId']);
      return { permission: 'accounts:write', units, ...(personId ? { person: { accountKind: String(p['kind']), id: personId } } : {}) };
    }
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
