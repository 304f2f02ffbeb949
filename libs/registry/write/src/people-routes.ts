import { accountCommandTypes, accountIdNamedBy, accountIdOf, cadreCommandTypes, volunteerCommandTypes } from '@tn/registry-contracts';
import {
  ACCOUNT_STREAM_TYPE,
  accountDecider,
  CADRE_STREAM_TYPE,
  cadreDecider,
  VOLUNTEER_STREAM_TYPE,
  validationError,
  volunteerDecider,
} from '@tn/registry-domain';
import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { onServerDate } from './server-date';

/** Facts and computations the routes need from outside the payload (never trusted from it). */
export interface RegistryLookups {
  /** Whether the unit is active on the date, from the hierarchy read side. */
  isUnitActiveOn(unitId: string, date: string): boolean;
  hashPassword(password: string): string;
  /** A password sealed by a trusted gateway, opened; `undefined` when it was not sealed with the shared secret. */
  openSealedPassword(sealed: string): string | undefined;
}

const MIN_PASSWORD_LENGTH = 10;

/** The password a command gives (sealed, or plain from trusted tools), checked and hashed. */
function passwordHashOf(payload: { password?: string; sealedPassword?: string }, lookups: RegistryLookups): string {
  const password = payload.sealedPassword === undefined ? payload.password : lookups.openSealedPassword(payload.sealedPassword);
  if (payload.sealedPassword !== undefined && password === undefined) {
    throw validationError('ACCOUNT.PASSWORD_UNREADABLE', 'password', 'the password was not sealed by a trusted gateway');
  }
  if (password === undefined) throw validationError('COMMAND.FIELD_REQUIRED', 'password', 'password must be a string');
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw validationError('ACCOUNT.PASSWORD_TOO_SHORT', 'password', `a password has at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  return lookups.hashPassword(password);
}

/** The password leaves the route as its hash only: the decider's command holds it neither in clear nor sealed. */
const withoutPassword = (route: CommandRoute): CommandRoute => ({
  ...route,
  toCommand: async (payload, envelope) => {
    const { password: _password, sealedPassword: _sealed, ...command } = (await route.toCommand(payload, envelope)) as Record<string, unknown>;
    return command;
  },
});

/** One stream per cadre; whether the unit is active is looked up rather than trusted from the payload. */
const cadreRoutes = (lookups: RegistryLookups): CommandRoute[] =>
  routesOf(
    cadreCommandTypes,
    { streamType: CADRE_STREAM_TYPE, decider: cadreDecider },
    {
      RegisterCadre: (p) => ({ unitActive: lookups.isUnitActiveOn(p.registeringUnitId, p.registeredOn) }),
      AppointCadre: (p) => ({ unitActive: lookups.isUnitActiveOn(p.unitId, p.termStart) }),
      TransferCadre: (p) => ({ unitActive: lookups.isUnitActiveOn(p.toUnitId, p.effectiveFrom) }),
    },
  ).map(onServerDate);

/** One stream per volunteer. Lists left out are empty; a consent is judged on the day it was given unless the payload says. */
const volunteerRoutes = (lookups: RegistryLookups): CommandRoute[] =>
  routesOf(
    volunteerCommandTypes,
    { streamType: VOLUNTEER_STREAM_TYPE, decider: volunteerDecider },
    {
      RegisterVolunteer: (p) => ({
        skills: p.skills ?? [],
        professions: p.professions ?? [],
        consents: p.consents ?? [],
        homeUnitActive: lookups.isUnitActiveOn(p.homeUnitId, p.registeredOn),
      }),
      GiveVolunteerConsent: (p) => ({ onDate: p.onDate ?? p.givenAt.slice(0, 10) }),
      UpdateVolunteerSkills: (p) => ({ skills: p.skills ?? [], professions: p.professions ?? [] }),
      ChangeVolunteerHomeUnit: (p) => ({ homeUnitActive: lookups.isUnitActiveOn(p.homeUnitId, p.effectiveFrom) }),
    },
  ).map(onServerDate);

/**
 * One stream per account, named by the account id derived from the username (opening always
 * derives it; later commands may name the id directly). Passwords arrive sealed and leave hashed;
 * sessions are driven by the sign-in requests instead.
 */
const accountRoutes = (lookups: RegistryLookups): CommandRoute[] =>
  routesOf(
    accountCommandTypes,
    { streamType: ACCOUNT_STREAM_TYPE, decider: accountDecider },
    {
      OpenAccount: (p) => ({
        accountId: accountIdOf(p.username),
        passwordHash: passwordHashOf(p, lookups),
        roles: (p.roles ?? []).map((grant) => ({ role: grant.role, unitId: grant.unitId ?? null })),
      }),
      GrantRole: (p) => ({ accountId: accountIdNamedBy(p), unitId: p.unitId ?? null }),
      // The sessions it ends end when the command was issued, unless the payload says when.
      RevokeRole: (p, envelope) => ({ accountId: accountIdNamedBy(p), unitId: p.unitId ?? null, revokedAt: p.revokedAt ?? envelope.issuedAt }),
      ChangePassword: (p) => ({ accountId: accountIdNamedBy(p), passwordHash: passwordHashOf(p, lookups) }),
      CloseAccount: (p) => ({ accountId: accountIdNamedBy(p) }),
    },
  )
    .map(withoutPassword)
    .map(onServerDate);

/** Every people command the registry takes on its command topic (not the session commands). */
export const peopleRoutes = (lookups: RegistryLookups): CommandRoute[] => [...cadreRoutes(lookups), ...volunteerRoutes(lookups), ...accountRoutes(lookups)];
