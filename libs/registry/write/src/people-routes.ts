import { type Decider, validationError } from '@tn/shared-decider';
import type { CommandEnvelope, DomainEvent } from '@tn/shared-event-contracts';
import { type CommandRoute, commandRoute, objectList, optionalObject, optionalString, optionalStringList, requiredBoolean, requiredString } from '@tn/shared-event-sourcing-nest';
import {
  type AccountCommand,
  accountDecider,
  type AccountKind,
  accountStreamId,
  type CadreCommand,
  cadreDecider,
  cadreStreamId,
  type ConsentInput,
  normaliseUsername,
  type Role,
  type VolunteerCommand,
  volunteerDecider,
  vietnamDateOf,
  volunteerStreamId,
} from '@tn/registry-domain';

type Payload = Record<string, unknown>;

/** Facts and computations the routes need from outside the payload (never trusted from it). */
export interface RegistryLookups {
  /** Whether the unit is active on the date, from the hierarchy read side. */
  isUnitActiveOn(unitId: string, date: string): boolean;
  /** The account id of a username; receives the username already normalised. */
  accountIdOf(username: string): string;
  hashPassword(password: string): string;
}

/** `envelope` gives the time the command was issued, for changes that record when they happened without the payload saying so. */
type Mapper<C> = (payload: Payload, lookups: RegistryLookups, envelope?: Pick<CommandEnvelope, 'issuedAt'>) => C;
const spreadIf = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

export const MIN_PASSWORD_LENGTH = 10;

function hashedPassword(payload: Payload, lookups: RegistryLookups): string {
  const password = requiredString(payload, 'password');
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw validationError('ACCOUNT.PASSWORD_TOO_SHORT', 'password', `a password has at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  return lookups.hashPassword(password);
}

/** Opening an account always derives its id from the username; later commands may name the id directly. */
function accountIdOfPayload(type: string, payload: Payload, lookups: RegistryLookups): string {
  const accountId = type === 'OpenAccount' ? undefined : optionalString(payload, 'accountId');
  return accountId ?? lookups.accountIdOf(normaliseUsername(requiredString(payload, 'username')));
}

function consentOf(consent: Payload, prefix: string): ConsentInput {
  const guardian = optionalObject(consent, 'guardian', prefix);
  return {
    purpose: requiredString(consent, 'purpose', prefix),
    givenAt: requiredString(consent, 'givenAt', prefix),
    ...spreadIf(
      'guardian',
      guardian && {
        fullName: requiredString(guardian, 'fullName', `${prefix}guardian.`),
        relationship: requiredString(guardian, 'relationship', `${prefix}guardian.`),
      },
    ),
  };
}

/** Payload → decider command for each cadre command type. */
export const toCadreCommand: Record<CadreCommand['type'], Mapper<CadreCommand>> = {
  RegisterCadre: (p, lookups) => {
    const registeringUnitId = requiredString(p, 'registeringUnitId');
    const registeredOn = requiredString(p, 'registeredOn');
    return {
      type: 'RegisterCadre',
      cadreId: requiredString(p, 'cadreId'),
      fullName: requiredString(p, 'fullName'),
      ...spreadIf('email', optionalString(p, 'email')),
      ...spreadIf('phone', optionalString(p, 'phone')),
      registeredOn,
      registeringUnitId,
      unitActive: lookups.isUnitActiveOn(registeringUnitId, registeredOn),
    };
  },
  AppointCadre: (p, lookups) => {
    const unitId = requiredString(p, 'unitId');
    const termStart = requiredString(p, 'termStart');
    return {
      type: 'AppointCadre',
      cadreId: requiredString(p, 'cadreId'),
      positionId: requiredString(p, 'positionId'),
      unitId,
      title: requiredString(p, 'title'),
      dedicatedToVolunteerWork: requiredBoolean(p, 'dedicatedToVolunteerWork'),
      termStart,
      ...spreadIf('termEnd', optionalString(p, 'termEnd')),
      unitActive: lookups.isUnitActiveOn(unitId, termStart),
    };
  },
  TransferCadre: (p, lookups) => {
    const toUnitId = requiredString(p, 'toUnitId');
    const effectiveFrom = requiredString(p, 'effectiveFrom');
    const cadreId = requiredString(p, 'cadreId');
    const positionId = requiredString(p, 'positionId');
    return { type: 'TransferCadre', cadreId, positionId, toUnitId, effectiveFrom, unitActive: lookups.isUnitActiveOn(toUnitId, effectiveFrom) };
  },
  EndCadreTerm: (p) => ({
    type: 'EndCadreTerm',
    cadreId: requiredString(p, 'cadreId'),
    positionId: requiredString(p, 'positionId'),
    endedOn: requiredString(p, 'endedOn'),
  }),
};

/** Payload → decider command for each volunteer command type. Unknown payload fields (ethnicity above all) are dropped. */
export const toVolunteerCommand: Record<VolunteerCommand['type'], Mapper<VolunteerCommand>> = {
  RegisterVolunteer: (p, lookups) => {
    const homeUnitId = requiredString(p, 'homeUnitId');
    const registeredOn = requiredString(p, 'registeredOn');
    return {
      type: 'RegisterVolunteer',
      volunteerId: requiredString(p, 'volunteerId'),
      fullName: requiredString(p, 'fullName'),
      dateOfBirth: requiredString(p, 'dateOfBirth'),
      phone: requiredString(p, 'phone'),
      email: requiredString(p, 'email'),
      ...spreadIf('nationalId', optionalString(p, 'nationalId')),
      homeUnitId,
      skills: optionalStringList(p, 'skills'),
      professions: optionalStringList(p, 'professions'),
      consents: objectList(p, 'consents').map((consent, index) => consentOf(consent, `consents.${index}.`)),
      registeredOn,
      homeUnitActive: lookups.isUnitActiveOn(homeUnitId, registeredOn),
    };
  },
  /** Without `onDate`, a minor is judged on the day the consent was given. */
  GiveVolunteerConsent: (p) => {
    const consent = consentOf(p, '');
    return { type: 'GiveVolunteerConsent', volunteerId: requiredString(p, 'volunteerId'), ...consent, onDate: optionalString(p, 'onDate') ?? consent.givenAt.slice(0, 10) };
  },
  WithdrawVolunteerConsent: (p) => ({
    type: 'WithdrawVolunteerConsent',
    volunteerId: requiredString(p, 'volunteerId'),
    purpose: requiredString(p, 'purpose'),
    withdrawnAt: requiredString(p, 'withdrawnAt'),
  }),
  UpdateVolunteerSkills: (p) => ({
    type: 'UpdateVolunteerSkills',
    volunteerId: requiredString(p, 'volunteerId'),
    skills: optionalStringList(p, 'skills'),
    professions: optionalStringList(p, 'professions'),
  }),
  ChangeVolunteerContact: (p) => ({
    type: 'ChangeVolunteerContact',
    volunteerId: requiredString(p, 'volunteerId'),
    ...spreadIf('phone', optionalString(p, 'phone')),
    ...spreadIf('email', optionalString(p, 'email')),
  }),
  ChangeVolunteerHomeUnit: (p, lookups) => {
    const homeUnitId = requiredString(p, 'homeUnitId');
    const effectiveFrom = requiredString(p, 'effectiveFrom');
    const volunteerId = requiredString(p, 'volunteerId');
    return { type: 'ChangeVolunteerHomeUnit', volunteerId, homeUnitId, effectiveFrom, homeUnitActive: lookups.isUnitActiveOn(homeUnitId, effectiveFrom) };
  },
};

/** Account commands sent through the registry's command topic; sessions are driven by the auth adapter instead. */
export type RoutedAccountCommand = Exclude<AccountCommand, { type: 'StartSession' | 'RefreshSession' | 'EndSession' }>;

/** Payload → decider command for each routed account command type; passwords arrive plain and leave hashed. */
export const toAccountCommand: Record<RoutedAccountCommand['type'], Mapper<RoutedAccountCommand>> = {
  OpenAccount: (p, lookups) => ({
    type: 'OpenAccount',
    accountId: accountIdOfPayload('OpenAccount', p, lookups),
    username: requiredString(p, 'username'),
    kind: requiredString(p, 'kind') as AccountKind,
    ...spreadIf('personId', optionalString(p, 'personId')),
    passwordHash: hashedPassword(p, lookups),
    roles: objectList(p, 'roles').map((grant, index) => ({
      role: requiredString(grant, 'role', `roles.${index}.`) as Role,
      unitId: optionalString(grant, 'unitId', `roles.${index}.`) ?? null,
    })),
    openedOn: requiredString(p, 'openedOn'),
  }),
  GrantRole: (p, lookups) => ({ type: 'GrantRole', ...grantOf('GrantRole', p, lookups) }),
  /** The sessions it ends end when the command was issued, unless the payload says when. */
  RevokeRole: (p, lookups, envelope) => ({
    type: 'RevokeRole',
    ...grantOf('RevokeRole', p, lookups),
    revokedAt: optionalString(p, 'revokedAt') ?? envelope?.issuedAt ?? requiredString(p, 'revokedAt'),
  }),
  ChangePassword: (p, lookups) => ({
    type: 'ChangePassword',
    accountId: accountIdOfPayload('ChangePassword', p, lookups),
    passwordHash: hashedPassword(p, lookups),
    changedAt: requiredString(p, 'changedAt'),
  }),
  CloseAccount: (p, lookups) => ({
    type: 'CloseAccount',
    accountId: accountIdOfPayload('CloseAccount', p, lookups),
    closedOn: requiredString(p, 'closedOn'),
    ...spreadIf('closedAt', optionalString(p, 'closedAt')),
  }),
};

function grantOf(type: string, p: Payload, lookups: RegistryLookups) {
  return { accountId: accountIdOfPayload(type, p, lookups), role: requiredString(p, 'role') as Role, unitId: optionalString(p, 'unitId') ?? null };
}

function routesOf<C, E extends DomainEvent, S>(
  mappers: Record<string, Mapper<C>>,
  decider: Decider<C, E, S>,
  stream: { type: string; idOf: (commandType: string, payload: Payload) => string },
  lookups: RegistryLookups,
): CommandRoute[] {
  return Object.entries(mappers).map(([type, map]) =>
    commandRoute({
      type,
      streamType: stream.type,
      decider,
      streamIdOf: (envelope: CommandEnvelope) => stream.idOf(type, envelope.payload),
      // The server's date of the command bounds every date it carries (the deciders keep no clock).
      toCommand: (envelope: CommandEnvelope) => ({ ...map(envelope.payload, lookups, envelope), today: vietnamDateOf(envelope.issuedAt) }),
    }),
  );
}

/** One stream per cadre. */
export const cadreRoutes = (lookups: RegistryLookups): CommandRoute[] =>
  routesOf(toCadreCommand, cadreDecider, { type: 'cadre', idOf: (_, p) => cadreStreamId(requiredString(p, 'cadreId')) }, lookups);

/** One stream per volunteer. */
export const volunteerRoutes = (lookups: RegistryLookups): CommandRoute[] =>
  routesOf(toVolunteerCommand, volunteerDecider, { type: 'volunteer', idOf: (_, p) => volunteerStreamId(requiredString(p, 'volunteerId')) }, lookups);

/** One stream per account, named by the account id derived from the username. */
export const accountRoutes = (lookups: RegistryLookups): CommandRoute[] =>
  routesOf(
    toAccountCommand,
    accountDecider as Decider<RoutedAccountCommand, DomainEvent, unknown>,
    { type: 'account', idOf: (type, p) => accountStreamId(accountIdOfPayload(type, p, lookups)) },
    lookups,
  );

/** Every people command the registry takes on its command topic (not the session commands). */
export const peopleRoutes = (lookups: RegistryLookups): CommandRoute[] => [
  ...cadreRoutes(lookups),
  ...volunteerRoutes(lookups),
  ...accountRoutes(lookups),
];
