import type { CommandEnvelope, DomainEvent } from '@tn/shared-event-contracts';
import type { CommandRoute } from '@tn/shared-event-sourcing-nest';
import { fold } from '@tn/shared-decider';
import type { NetworkLookups } from '../lookups';
import { partnerRoutes } from './partner-routes';

// The routes over look-ups in memory: a registered partner, registry accounts of each kind, one account linked already.
const accounts: Record<string, { kind: string }> = { 'acc-partner': { kind: 'partner' }, 'acc-taken': { kind: 'partner' }, 'acc-cadre': { kind: 'cadre' } };
const lookups = {
  partnerOf: async (id: string) => ({ status: id === 'p-1' ? 'registered' : 'none' }),
  accountOf: async (id: string) => accounts[id],
  partnerOfAccount: async (id: string) => (id === 'acc-taken' ? 'p-other' : undefined),
} as unknown as NetworkLookups;
const routes = partnerRoutes(lookups);

/** 10 April 2026, 09:00 in Vietnam. */
const envelopeOf = (type: string, payload: object, issuedAt = '2026-04-10T02:00:00.000Z'): CommandEnvelope =>
  ({ commandId: 'c-1', type, payload, actor: { kind: 'account', id: 'manager-7' }, correlationId: 'k', issuedAt }) as CommandEnvelope;

const routeOf = (type: string): CommandRoute => {
  const route = routes.find((candidate) => candidate.definition.type === type);
  if (!route) throw new Error(`no route for ${type}`);
  return route;
};
const commandOf = (type: string, payload: object, issuedAt?: string) => routeOf(type).toCommand(payload, envelopeOf(type, payload, issuedAt));

const registered: DomainEvent = {
  type: 'PartnerRegistered',
  data: { partnerId: 'p-1', name: 'VNPT', kind: 'business', countryCode: 'VN', ownerUnitId: 'lao-cai', registeredBy: 'm', registeredOn: '2026-01-01' },
};
/** The decision of the route's command on a partner already registered. */
async function decided(type: string, payload: object): Promise<DomainEvent[]> {
  const route = routeOf(type);
  const decider = route.decider as unknown as { decide(c: unknown, s: unknown): DomainEvent[] };
  return decider.decide(await commandOf(type, payload), fold(route.decider as never, [registered as never]));
}
const failureOf = async (run: () => Promise<unknown>) =>
  run().then(
    () => undefined,
    (error: unknown) => error,
  );
const agreement = (partnerId: string) => ({
  agreementId: 'ag-1',
  partnerId,
  title: 'Hợp tác',
  scope: 'Chuyển đổi số',
  fields: ['digital-transformation'],
  leadUnitId: 'lao-cai',
  partyUnitIds: ['bat-xat'],
  signedOn: '2026-04-01',
  validFrom: '2026-04-01',
  validTo: '2026-12-31',
  commitments: [],
});

describe('partner routes', () => {
  it('routes partner commands to the partner stream and agreement commands to the agreement stream', () => {
    expect(routes.map((route) => [route.definition.type, route.streamType])).toEqual([
      ['RegisterPartner', 'partner'],
      ['RevisePartner', 'partner'],
      ['LinkPartnerAccount', 'partner'],
      ['UnlinkPartnerAccount', 'partner'],
      ['SignAgreement', 'agreement'],
      ['AmendAgreement', 'agreement'],
      ['TerminateAgreement', 'agreement'],
    ]);
  });

  it('dates every command by the server (Vietnam) and signs it with the actor, whatever the payload says', async () => {
    expect(await commandOf('RevisePartner', { partnerId: 'p-1', name: 'x', kind: 'business', today: '2020-01-01', actorId: 'x' })).toMatchObject({
      type: 'RevisePartner',
      today: '2026-04-10',
      actorId: 'manager-7',
    });
    expect(await commandOf('TerminateAgreement', { agreementId: 'ag-1', on: '2026-05-01', reason: 'r' }, '2026-04-10T17:30:00.000Z')).toMatchObject({
      today: '2026-04-11',
    });
  });

  it('links an open partner account that reads as no other partner', async () => {
    expect(await commandOf('LinkPartnerAccount', { partnerId: 'p-1', accountId: 'acc-partner' })).toMatchObject({ account: { kind: 'partner' } });
    expect(await decided('LinkPartnerAccount', { partnerId: 'p-1', accountId: 'acc-partner' })).toEqual([
      { type: 'PartnerAccountLinked', data: { partnerId: 'p-1', accountId: 'acc-partner', linkedBy: 'manager-7', linkedOn: '2026-04-10' } },
    ]);
  });

  it('refuses an account unknown or closed, not a partner’s, or reading as another partner', async () => {
    const codeOf = async (accountId: string) =>
      ((await failureOf(() => decided('LinkPartnerAccount', { partnerId: 'p-1', accountId }))) as { code?: string } | undefined)?.code;
    expect(await codeOf('acc-none')).toBe('PARTNER.ACCOUNT_NOT_FOUND');
    expect(await codeOf('acc-cadre')).toBe('PARTNER.ACCOUNT_NOT_PARTNER');
    expect(await codeOf('acc-taken')).toBe('PARTNER.ACCOUNT_LINKED_ELSEWHERE');
  });

  it('signs an agreement with a registered partner only', async () => {
    expect(await commandOf('SignAgreement', agreement('p-1'))).toMatchObject({ partner: { status: 'registered' } });
    expect(await commandOf('SignAgreement', agreement('p-unknown'))).toMatchObject({ partner: { status: 'none' } });
    const route = routeOf('SignAgreement');
    const decider = route.decider as unknown as { decide(c: unknown, s: unknown): DomainEvent[]; initialState(): unknown };
    const command = await commandOf('SignAgreement', agreement('p-unknown'));
    expect(() => decider.decide(command, decider.initialState())).toThrow(expect.objectContaining({ code: 'PARTNER.NOT_FOUND' }));
  });

  it('declares the rights of each command: signing needs write rights over the lead and every party', () => {
    expect(routeOf('SignAgreement').definition.rights(agreement('p-1') as never)).toEqual({ permission: 'network:write', units: ['lao-cai', 'bat-xat'] });
    expect(routeOf('LinkPartnerAccount').definition.rights({ partnerId: 'p-1', accountId: 'a' } as never)).toEqual({
      permission: 'network:write',
      units: [],
      record: { kind: 'partner', id: 'p-1' },
    });
  });
});
