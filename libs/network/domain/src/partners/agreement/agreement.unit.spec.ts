import { agreementCoversDates, agreementStatusOn } from '@tn/network-contracts';
import { fold, given } from '@tn/shared-decider';
import type { AmendAgreementCommand, SignAgreementCommand, TerminateAgreementCommand } from './agreement.commands';
import { agreementDecider } from './agreement.decide';
import { type AgreementEvent, agreementStreamId } from './agreement.events';
import type { SignedAgreement } from './agreement.types';

const act = { today: '2026-03-10', actorId: 'acc-manager' };
const people = { commitmentId: 'c-people', kind: 'people' as const, description: 'Kỹ sư hỗ trợ chuyển đổi số', quantity: 20, measure: 'người' };
const money = { commitmentId: 'c-money', kind: 'money' as const, description: 'Kinh phí tập huấn', quantity: 150_000_000, measure: 'VND' };
const sign = (overrides: Partial<SignAgreementCommand> = {}): SignAgreementCommand => ({
  type: 'SignAgreement',
  agreementId: 'ag-1',
  partnerId: 'p-vnpt',
  title: 'Thoả thuận hợp tác chuyển đổi số 2026',
  scope: 'Hỗ trợ các xã biên giới triển khai dịch vụ công trực tuyến.',
  fields: ['digital-transformation'],
  leadUnitId: 'unit-lao-cai',
  partyUnitIds: ['unit-bat-xat', 'unit-muong-khuong'],
  signedOn: '2026-03-05',
  validFrom: '2026-04-01',
  validTo: '2026-12-31',
  commitments: [people, money],
  partner: { status: 'registered' },
  ...act,
  ...overrides,
});
const signed: AgreementEvent = {
  type: 'AgreementSigned',
  data: {
    agreementId: 'ag-1',
    partnerId: 'p-vnpt',
    title: 'Thoả thuận hợp tác chuyển đổi số 2026',
    scope: 'Hỗ trợ các xã biên giới triển khai dịch vụ công trực tuyến.',
    fields: ['digital-transformation'],
    leadUnitId: 'unit-lao-cai',
    partyUnitIds: ['unit-bat-xat', 'unit-muong-khuong'],
    signedOn: '2026-03-05',
    validFrom: '2026-04-01',
    validTo: '2026-12-31',
    commitments: [people, money],
    recordedBy: 'acc-manager',
    recordedOn: '2026-03-10',
  },
};
const amend = (overrides: Partial<AmendAgreementCommand> = {}): AmendAgreementCommand => ({
  type: 'AmendAgreement',
  agreementId: 'ag-1',
  validTo: '2027-06-30',
  scope: 'Mở rộng sang các xã vùng cao.',
  commitments: [{ ...people, quantity: 30 }],
  ...act,
  today: '2026-09-01',
  ...overrides,
});
const amended: AgreementEvent = {
  type: 'AgreementAmended',
  data: {
    agreementId: 'ag-1',
    validTo: '2027-06-30',
    scope: 'Mở rộng sang các xã vùng cao.',
    commitments: [{ ...people, quantity: 30 }],
    amendedBy: 'acc-manager',
    amendedOn: '2026-09-01',
  },
};
const terminate = (overrides: Partial<TerminateAgreementCommand> = {}): TerminateAgreementCommand => ({
  type: 'TerminateAgreement',
  agreementId: 'ag-1',
  on: '2026-10-01',
  reason: 'Đối tác tái cơ cấu',
  ...act,
  today: '2026-09-15',
  ...overrides,
});
const terminated: AgreementEvent = {
  type: 'AgreementTerminated',
  data: { agreementId: 'ag-1', on: '2026-10-01', reason: 'Đối tác tái cơ cấu', terminatedBy: 'acc-manager', terminatedOn: '2026-09-15' },
};

describe('agreement', () => {
  it('lives on its own stream', () => {
    expect(agreementStreamId('ag-1')).toBe('agreement-ag-1');
  });

  describe('signing', () => {
    it('records the agreement with its partner, units, validity and commitments, by the actor, today', () => {
      given(agreementDecider).when(sign()).then([signed]);
    });

    it('is owned by its lead unit, in force over its validity', () => {
      const state = fold(agreementDecider, [signed]) as SignedAgreement;
      expect(state).toMatchObject({ status: 'signed', ownerUnitId: 'unit-lao-cai', partnerId: 'p-vnpt' });
      expect([agreementStatusOn(state, '2026-03-31'), agreementStatusOn(state, '2026-04-01'), agreementStatusOn(state, '2027-01-01')]).toEqual([
        'not-yet-in-force',
        'in-force',
        'expired',
      ]);
      expect(agreementCoversDates(state, '2026-05-01', '2026-05-03')).toBe(true);
    });

    it('takes an agreement with no party unit, no commitment, signed today and valid for one day', () => {
      given(agreementDecider)
        .when(sign({ partyUnitIds: [], commitments: [], signedOn: '2026-03-10', validFrom: '2026-03-10', validTo: '2026-03-10' }))
        .then([
          {
            type: 'AgreementSigned',
            data: { ...signed.data, partyUnitIds: [], commitments: [], signedOn: '2026-03-10', validFrom: '2026-03-10', validTo: '2026-03-10' },
          },
        ]);
    });

    it('trims the texts and counts a field named twice once', () => {
      given(agreementDecider)
        .when(
          sign({
            title: ` ${signed.data.title} `,
            fields: ['digital-transformation', 'digital-transformation'],
            commitments: [{ ...people, description: ` ${people.description}`, measure: 'người ' }, money],
          }),
        )
        .then([signed]);
    });

    it('refuses an agreement id already taken', () => {
      given(agreementDecider, [signed]).when(sign()).thenFails('AGREEMENT.ALREADY_EXISTS');
    });

    it('refuses a partner that is not registered', () => {
      const error = given(agreementDecider)
        .when(sign({ partner: { status: 'none' } }))
        .thenFails('PARTNER.NOT_FOUND');
      expect(error.details).toEqual({ partnerId: 'p-vnpt' });
    });

    it('refuses a blank title or scope', () => {
      expect(
        given(agreementDecider)
          .when(sign({ title: '' }))
          .thenFails('AGREEMENT.TEXT_REQUIRED').field,
      ).toBe('title');
      expect(
        given(agreementDecider)
          .when(sign({ scope: ' ' }))
          .thenFails('AGREEMENT.TEXT_REQUIRED').field,
      ).toBe('scope');
    });

    it('refuses an unknown field of work', () => {
      expect(
        given(agreementDecider)
          .when(sign({ fields: ['environment-climate-change', 'tourism' as never] }))
          .thenFails('AGREEMENT.FIELD_UNKNOWN').field,
      ).toBe('fields.1');
    });

    it('refuses party units named twice, blank, or naming the lead again', () => {
      given(agreementDecider)
        .when(sign({ partyUnitIds: ['unit-bat-xat', 'unit-bat-xat'] }))
        .thenFails('AGREEMENT.PARTY_UNITS_INVALID');
      given(agreementDecider)
        .when(sign({ partyUnitIds: [''] }))
        .thenFails('AGREEMENT.PARTY_UNITS_INVALID');
      expect(
        given(agreementDecider)
          .when(sign({ partyUnitIds: ['unit-bat-xat', 'unit-lao-cai'] }))
          .thenFails('AGREEMENT.PARTY_UNITS_INVALID').details,
      ).toEqual({ leadUnitId: 'unit-lao-cai' });
    });

    it.each(['signedOn', 'validFrom', 'validTo'] as const)('refuses a %s that is not a calendar date', (field) => {
      expect(
        given(agreementDecider)
          .when(sign({ [field]: '2026-02-30' }))
          .thenFails('AGREEMENT.DATE_INVALID').field,
      ).toBe(field);
    });

    it('refuses a signature dated after today', () => {
      const error = given(agreementDecider)
        .when(sign({ signedOn: '2026-03-11' }))
        .thenFails('AGREEMENT.SIGNED_IN_FUTURE');
      expect([error.field, error.details]).toEqual(['signedOn', { date: '2026-03-11', today: '2026-03-10' }]);
    });

    it('takes a validity starting before the signature (a record of an agreement already running)', () => {
      given(agreementDecider)
        .when(sign({ validFrom: '2026-01-01' }))
        .then([{ type: 'AgreementSigned', data: { ...signed.data, validFrom: '2026-01-01' } }]);
    });

    it('refuses a validity ending before it starts', () => {
      const error = given(agreementDecider)
        .when(sign({ validFrom: '2026-04-01', validTo: '2026-03-31' }))
        .thenFails('AGREEMENT.VALIDITY_INVALID');
      expect([error.field, error.details]).toEqual(['validTo', { validFrom: '2026-04-01', validTo: '2026-03-31' }]);
    });

    it('refuses an act with no valid date or no actor', () => {
      given(agreementDecider)
        .when(sign({ today: 'today' }))
        .thenFails('AGREEMENT.DATE_INVALID');
      given(agreementDecider)
        .when(sign({ actorId: ' ' }))
        .thenFails('PARTNER.ACTOR_REQUIRED');
    });
  });

  describe('commitments', () => {
    it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('refuses the quantity %s: above 0 only', (quantity) => {
      expect(
        given(agreementDecider)
          .when(sign({ commitments: [people, { ...money, quantity }] }))
          .thenFails('AGREEMENT.COMMITMENT_QUANTITY_INVALID').field,
      ).toBe('commitments.1.quantity');
    });

    it('counts people in whole persons, items and money in any part of their measure', () => {
      given(agreementDecider)
        .when(sign({ commitments: [{ ...people, quantity: 2.5 }] }))
        .thenFails('AGREEMENT.COMMITMENT_QUANTITY_INVALID');
      const items = { commitmentId: 'c-items', kind: 'items' as const, description: 'Cáp quang', quantity: 2.5, measure: 'km' };
      given(agreementDecider)
        .when(sign({ commitments: [items] }))
        .then([{ type: 'AgreementSigned', data: { ...signed.data, commitments: [items] } }]);
    });

    it('refuses an unknown kind', () => {
      expect(
        given(agreementDecider)
          .when(sign({ commitments: [{ ...people, kind: 'services' as never }] }))
          .thenFails('AGREEMENT.COMMITMENT_KIND_UNKNOWN').field,
      ).toBe('commitments.0.kind');
    });

    it('refuses a commitment id used twice', () => {
      const error = given(agreementDecider)
        .when(sign({ commitments: [people, { ...money, commitmentId: 'c-people' }] }))
        .thenFails('AGREEMENT.COMMITMENT_ID_DUPLICATE');
      expect([error.field, error.details]).toEqual(['commitments.1.commitmentId', { commitmentId: 'c-people' }]);
    });

    it.each(['commitmentId', 'description', 'measure'] as const)('refuses a blank %s', (field) => {
      expect(
        given(agreementDecider)
          .when(sign({ commitments: [{ ...people, [field]: ' ' }] }))
          .thenFails('AGREEMENT.TEXT_REQUIRED').field,
      ).toBe(`commitments.0.${field}`);
    });
  });

  describe('amending', () => {
    it('replaces the end date, the scope and the commitments', () => {
      given(agreementDecider, [signed]).when(amend()).then([amended]);
      expect(fold(agreementDecider, [signed, amended])).toMatchObject({
        validFrom: '2026-04-01',
        validTo: '2027-06-30',
        scope: 'Mở rộng sang các xã vùng cao.',
        commitments: [{ ...people, quantity: 30 }],
        ownerUnitId: 'unit-lao-cai',
      });
    });

    it('may shorten the validity to its first day, not before it', () => {
      // Amended before it takes effect.
      given(agreementDecider, [signed])
        .when(amend({ validTo: '2026-04-01', today: '2026-03-20' }))
        .then([{ type: 'AgreementAmended', data: { ...amended.data, validTo: '2026-04-01', amendedOn: '2026-03-20' } }]);
      const error = given(agreementDecider, [signed])
        .when(amend({ validTo: '2026-03-31', today: '2026-03-20' }))
        .thenFails('AGREEMENT.VALIDITY_INVALID');
      expect(error.details).toEqual({ validFrom: '2026-04-01', validTo: '2026-03-31' });
    });

    it('given an agreement in force, when its end is moved before today, then it is refused; today itself is taken', () => {
      const error = given(agreementDecider, [signed])
        .when(amend({ validTo: '2026-08-31' }))
        .thenFails('AGREEMENT.DATE_IN_PAST');
      expect([error.field, error.details]).toEqual(['validTo', { date: '2026-08-31', today: '2026-09-01' }]);
      given(agreementDecider, [signed])
        .when(amend({ validTo: '2026-09-01' }))
        .then([{ type: 'AgreementAmended', data: { ...amended.data, validTo: '2026-09-01' } }]);
    });

    it('checks the commitments as a signature does', () => {
      given(agreementDecider, [signed])
        .when(amend({ commitments: [{ ...people, quantity: 0 }] }))
        .thenFails('AGREEMENT.COMMITMENT_QUANTITY_INVALID');
      given(agreementDecider, [signed])
        .when(amend({ commitments: [people, people] }))
        .thenFails('AGREEMENT.COMMITMENT_ID_DUPLICATE');
    });

    it('refuses a blank scope or an end date that is not a date', () => {
      given(agreementDecider, [signed])
        .when(amend({ scope: '' }))
        .thenFails('AGREEMENT.TEXT_REQUIRED');
      expect(
        given(agreementDecider, [signed])
          .when(amend({ validTo: '30/06/2027' }))
          .thenFails('AGREEMENT.DATE_INVALID').field,
      ).toBe('validTo');
    });

    it('refuses a terminated agreement', () => {
      given(agreementDecider, [signed, terminated]).when(amend()).thenFails('AGREEMENT.TERMINATED');
    });

    it('refuses an unknown agreement', () => {
      given(agreementDecider).when(amend()).thenFails('AGREEMENT.NOT_FOUND');
    });
  });

  describe('terminating', () => {
    it('ends the agreement from a day within its validity, ahead of today as a notice', () => {
      given(agreementDecider, [signed]).when(terminate()).then([terminated]);
      const state = fold(agreementDecider, [signed, terminated]) as SignedAgreement;
      expect(state).toMatchObject({ status: 'terminated', termination: { on: '2026-10-01', reason: 'Đối tác tái cơ cấu' } });
      expect([agreementStatusOn(state, '2026-09-30'), agreementStatusOn(state, '2026-10-01')]).toEqual(['in-force', 'terminated']);
    });

    it.each(['2026-04-01', '2026-12-31'])('takes %s, an end of the validity (terminated ahead of it)', (on) => {
      given(agreementDecider, [signed])
        .when(terminate({ on, today: '2026-03-20' }))
        .then([{ type: 'AgreementTerminated', data: { ...terminated.data, on, terminatedOn: '2026-03-20' } }]);
    });

    it.each(['2026-03-31', '2027-01-01'])('refuses %s, outside the validity', (on) => {
      const error = given(agreementDecider, [signed])
        .when(terminate({ on, today: '2026-03-20' }))
        .thenFails('AGREEMENT.TERMINATION_OUTSIDE_VALIDITY');
      expect([error.field, error.details]).toEqual(['on', { on, validFrom: '2026-04-01', validTo: '2026-12-31' }]);
    });

    it('given an agreement in force, when terminated from a day before today, then it is refused; from today it is taken', () => {
      const error = given(agreementDecider, [signed])
        .when(terminate({ on: '2026-09-14' }))
        .thenFails('AGREEMENT.DATE_IN_PAST');
      expect([error.field, error.details]).toEqual(['on', { date: '2026-09-14', today: '2026-09-15' }]);
      given(agreementDecider, [signed])
        .when(terminate({ on: '2026-09-15' }))
        .then([{ type: 'AgreementTerminated', data: { ...terminated.data, on: '2026-09-15' } }]);
    });

    it('judges the validity as amended', () => {
      given(agreementDecider, [signed, amended])
        .when(terminate({ on: '2027-03-01' }))
        .then([{ type: 'AgreementTerminated', data: { ...terminated.data, on: '2027-03-01' } }]);
    });

    it('refuses a date that is not one, or a blank reason', () => {
      given(agreementDecider, [signed])
        .when(terminate({ on: 'soon' }))
        .thenFails('AGREEMENT.DATE_INVALID');
      expect(
        given(agreementDecider, [signed])
          .when(terminate({ reason: ' ' }))
          .thenFails('AGREEMENT.TEXT_REQUIRED').field,
      ).toBe('reason');
    });

    it('refuses an agreement already terminated, and an unknown one', () => {
      given(agreementDecider, [signed, terminated]).when(terminate()).thenFails('AGREEMENT.TERMINATED');
      given(agreementDecider).when(terminate()).thenFails('AGREEMENT.NOT_FOUND');
    });
  });
});
