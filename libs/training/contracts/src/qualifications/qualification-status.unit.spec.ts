import { addMonths, addYears, nextDay } from './calendar';
import { previewExtension } from './extension-preview';
import {
  effectiveValidUntil,
  holderStatusOn,
  holdingOn,
  missingKindsOn,
  type QualificationRecord,
  qualificationStatusOn,
  renewableUntil,
  validUntilOfGrant,
  validUntilOfRenewal,
  type ValidityExtension,
} from './qualification-status';
import { holdsValidTrainerQualification } from './trainer-qualification';

const record = (overrides: Partial<QualificationRecord> = {}): QualificationRecord => ({
  recordId: 'r-1',
  kindId: 'tot',
  grantedOn: '2024-03-10',
  validUntil: '2026-03-10',
  renewalWindowMonths: 6,
  ...overrides,
});
const extension = (overrides: Partial<ValidityExtension> = {}): ValidityExtension => ({
  kindId: 'tot',
  extensionId: 'flood-2026',
  expiringFrom: '2026-03-01',
  expiringTo: '2026-05-31',
  extendByMonths: 6,
  extendedOn: '2026-02-20',
  ...overrides,
});

describe('calendar arithmetic', () => {
  it('adds years, turning Feb 29 into Feb 28 in a common year and keeping it in a leap year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2023-02-28', 1)).toBe('2024-02-28');
    expect(addYears('2025-12-31', 2)).toBe('2027-12-31');
  });

  it('adds months clamped to the target month, without sticking to month ends', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
    expect(addMonths(addMonths('2025-08-31', 1), 1)).toBe('2025-10-30');
    expect(addMonths('2025-02-28', 1)).toBe('2025-03-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
    expect(addMonths('2025-05-31', 0)).toBe('2025-05-31');
  });

  it('steps to the next day across month, year and leap-day ends', () => {
    expect(['2025-01-31', '2025-02-28', '2024-02-28', '2024-02-29', '2025-12-31', '2025-04-30'].map(nextDay)).toEqual([
      '2025-02-01',
      '2025-03-01',
      '2024-02-29',
      '2024-03-01',
      '2026-01-01',
      '2025-05-01',
    ]);
  });
});

describe('validity of a grant', () => {
  it('runs validityYears from the grant day, Feb 29 ending on Feb 28', () => {
    expect(validUntilOfGrant('2025-03-10', 2)).toBe('2027-03-10');
    expect(validUntilOfGrant('2024-02-29', 1)).toBe('2025-02-28');
    expect(validUntilOfGrant('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('qualificationStatusOn', () => {
  it('is not yet valid before the grant day, and valid from it through the expiry day inclusive', () => {
    expect(qualificationStatusOn(record(), '2024-03-09')).toBe('not-yet-valid');
    expect(qualificationStatusOn(record(), '2024-03-10')).toBe('valid');
    expect(qualificationStatusOn(record(), '2026-03-10')).toBe('valid');
  });

  it('is expired but renewable from the day after expiry through the window, then lapsed', () => {
    expect(qualificationStatusOn(record(), '2026-03-11')).toBe('expired-renewable');
    expect(renewableUntil(record())).toBe('2026-09-10');
    expect(qualificationStatusOn(record(), '2026-09-10')).toBe('expired-renewable');
    expect(qualificationStatusOn(record(), '2026-09-11')).toBe('lapsed');
  });

  it('ends the renewal window on the last day of a shorter month', () => {
    const endOfAugust = record({ validUntil: '2026-08-31', renewalWindowMonths: 6 });
    expect(renewableUntil(endOfAugust)).toBe('2027-02-28');
    expect(qualificationStatusOn(endOfAugust, '2027-02-28')).toBe('expired-renewable');
    expect(qualificationStatusOn(endOfAugust, '2027-03-01')).toBe('lapsed');
  });

  it('lapses the day after expiry when the kind has no renewal window', () => {
    expect(qualificationStatusOn(record({ renewalWindowMonths: 0 }), '2026-03-11')).toBe('lapsed');
  });

  it('is revoked from the revocation day, and reads as it was before it', () => {
    const revoked = record({ revokedOn: '2025-06-01' });
    expect(qualificationStatusOn(revoked, '2025-05-31')).toBe('valid');
    expect(qualificationStatusOn(revoked, '2025-06-01')).toBe('revoked');
    expect(qualificationStatusOn(revoked, '2030-01-01')).toBe('revoked');
    expect(qualificationStatusOn(revoked, '2024-03-01')).toBe('not-yet-valid');
  });
});

describe('renewal', () => {
  const holding = (date: string) => holdingOn([record()], 'tot', date)!;

  it('continues from the old expiry when renewed while valid, so renewing early loses nothing', () => {
    expect(validUntilOfRenewal(holding('2025-11-20'), '2025-11-20', 2)).toBe('2028-03-10');
    expect(validUntilOfRenewal(holding('2026-03-10'), '2026-03-10', 2)).toBe('2028-03-10');
  });

  it('runs from the renewal day when renewed while expired but renewable', () => {
    expect(validUntilOfRenewal(holding('2026-03-11'), '2026-03-11', 2)).toBe('2028-03-11');
    expect(validUntilOfRenewal(holding('2026-09-10'), '2026-09-10', 2)).toBe('2028-09-10');
  });

  it('renews nothing after the window or after a revocation (a course then grants anew)', () => {
    expect(validUntilOfRenewal(holding('2026-09-11'), '2026-09-11', 2)).toBeUndefined();
    const revoked = holdingOn([record({ revokedOn: '2025-01-01' })], 'tot', '2025-02-01')!;
    expect(validUntilOfRenewal(revoked, '2025-02-01', 2)).toBeUndefined();
  });

  it('continues from the extended expiry when an extension moved it', () => {
    const extended = holdingOn([record()], 'tot', '2026-06-01', [extension()])!;
    expect(extended).toMatchObject({ status: 'valid', validUntil: '2026-09-10' });
    expect(validUntilOfRenewal(extended, '2026-06-01', 2)).toBe('2028-09-10');
  });
});

describe('blanket extensions', () => {
  it('move a record whose expiry falls in the window, bounds included, and bring it back to valid', () => {
    expect(effectiveValidUntil(record(), [extension()])).toBe('2026-09-10');
    expect(effectiveValidUntil(record({ validUntil: '2026-03-01' }), [extension()])).toBe('2026-09-01');
    expect(effectiveValidUntil(record({ validUntil: '2026-05-31' }), [extension()])).toBe('2026-11-30');
    expect(qualificationStatusOn(record(), '2026-07-01')).toBe('expired-renewable');
    expect(qualificationStatusOn(record(), '2026-07-01', [extension()])).toBe('valid');
    expect(renewableUntil(record(), [extension()])).toBe('2027-03-10');
  });

  it('leave records outside the window, of another kind, granted after the policy or revoked before it', () => {
    const untouched = [
      record({ validUntil: '2026-02-28' }),
      record({ validUntil: '2026-06-01' }),
      record({ kindId: 'basic' }),
      record({ grantedOn: '2026-02-21', validUntil: '2026-03-10' }),
      record({ revokedOn: '2026-02-20' }),
    ];
    expect(untouched.map((r) => effectiveValidUntil(r, [extension()]))).toEqual(untouched.map((r) => r.validUntil));
    expect(effectiveValidUntil(record({ revokedOn: '2026-02-21' }), [extension()])).toBe('2026-09-10');
  });

  it('apply in the order declared, each to the expiry the ones before left', () => {
    const second = extension({ extensionId: 'storm', expiringFrom: '2026-09-01', expiringTo: '2026-09-30', extendByMonths: 3, extendedOn: '2026-08-01' });
    expect(effectiveValidUntil(record(), [extension(), second])).toBe('2026-12-10');
    expect(effectiveValidUntil(record(), [second, extension()])).toBe('2026-09-10');
  });

  it('are previewed exactly as they apply: the rows are the records whose expiry changes, old and new', () => {
    const earlier = extension({ extensionId: 'drought', expiringFrom: '2025-12-01', expiringTo: '2025-12-31', extendByMonths: 3, extendedOn: '2025-11-01' });
    const records = Array.from({ length: 120 }, (_, index) =>
      record({
        recordId: `r-${index}`,
        kindId: index % 7 === 0 ? 'basic' : 'tot',
        grantedOn: addMonths('2023-11-30', index % 30),
        validUntil: addMonths('2025-11-30', index % 9),
        revokedOn: index % 11 === 0 ? '2026-01-15' : undefined,
      }),
    );
    const declared = extension({ expiringFrom: '2026-03-01', expiringTo: '2026-06-30' });
    const preview = previewExtension(records, declared, [earlier]);
    const applied = records.flatMap((r) => {
      const before = effectiveValidUntil(r, [earlier]);
      const after = effectiveValidUntil(r, [earlier, declared]);
      return before === after ? [] : [{ record: r, oldValidUntil: before, newValidUntil: after }];
    });
    expect(preview).toEqual(applied);
    expect(preview.length).toBeGreaterThan(10);
    expect(preview.length).toBeLessThan(records.length);
    // The earlier extension moved December expiries into the new window: they are among the rows.
    expect(preview.some((row) => row.record.validUntil === '2025-12-30' && row.oldValidUntil === '2026-03-30')).toBe(true);
  });
});

describe("a person's standing in a kind", () => {
  const first = record({ recordId: 'r-1' });
  const renewal = record({ recordId: 'r-2', grantedOn: '2026-02-01', validUntil: '2028-03-10' });

  it('is the best of their records, or none without one', () => {
    expect(holderStatusOn([first, renewal], 'tot', '2027-01-01')).toBe('valid');
    expect(holderStatusOn([first], 'tot', '2026-04-01')).toBe('expired-renewable');
    expect(holderStatusOn([first], 'basic', '2026-04-01')).toBe('none');
    expect(holderStatusOn([first], 'tot', '2020-01-01')).toBe('not-yet-valid');
  });

  it('ranks a later grant that lapsed above an earlier revocation', () => {
    const revoked = record({ recordId: 'r-1', revokedOn: '2024-06-01' });
    const regranted = record({ recordId: 'r-2', grantedOn: '2024-09-01', validUntil: '2025-09-01', renewalWindowMonths: 0 });
    expect(holderStatusOn([revoked, regranted], 'tot', '2024-07-01')).toBe('revoked');
    expect(holderStatusOn([revoked, regranted], 'tot', '2026-01-01')).toBe('lapsed');
  });

  it('rests on the record that runs longest among the valid ones', () => {
    expect(holdingOn([renewal, first], 'tot', '2026-02-15')).toEqual({ record: renewal, status: 'valid', validUntil: '2028-03-10' });
    expect(holdingOn([first], 'basic', '2026-02-15')).toBeUndefined();
  });

  it('lists the prerequisite kinds not held valid on a date', () => {
    expect(missingKindsOn([first], ['tot', 'basic'], '2025-01-01')).toEqual(['basic']);
    expect(missingKindsOn([first], ['tot'], '2026-04-01')).toEqual(['tot']);
  });
});

describe('holdsValidTrainerQualification', () => {
  const kinds = [
    { kindId: 'tot', isTrainerQualification: true },
    { kindId: 'basic', isTrainerQualification: false },
  ];

  it('holds when one trainer record is valid on every day of the course, the last day included', () => {
    expect(holdsValidTrainerQualification([record()], kinds, '2026-03-01', '2026-03-10')).toBe(true);
    expect(holdsValidTrainerQualification([record()], kinds, '2024-03-10', '2024-03-10')).toBe(true);
  });

  it('fails when the qualification expires before the course ends or starts after it begins', () => {
    expect(holdsValidTrainerQualification([record()], kinds, '2026-03-01', '2026-03-11')).toBe(false);
    expect(holdsValidTrainerQualification([record()], kinds, '2024-03-09', '2024-03-12')).toBe(false);
  });

  it('lets a renewal granted before the old record expires take over, but not after a gap', () => {
    const renewal = record({ recordId: 'r-2', grantedOn: '2026-03-05', validUntil: '2028-03-10' });
    expect(holdsValidTrainerQualification([renewal, record()], kinds, '2026-03-01', '2026-04-30')).toBe(true);
    const late = record({ recordId: 'r-2', grantedOn: '2026-03-12', validUntil: '2028-03-12' });
    expect(holdsValidTrainerQualification([late, record()], kinds, '2026-03-01', '2026-04-30')).toBe(false);
    const nextDayOn = record({ recordId: 'r-2', grantedOn: '2026-03-11', validUntil: '2028-03-11' });
    expect(holdsValidTrainerQualification([nextDayOn, record()], kinds, '2026-03-01', '2026-04-30')).toBe(true);
  });

  it('fails from the day the qualification is revoked', () => {
    const revoked = record({ revokedOn: '2025-05-03' });
    expect(holdsValidTrainerQualification([revoked], kinds, '2025-05-01', '2025-05-02')).toBe(true);
    expect(holdsValidTrainerQualification([revoked], kinds, '2025-05-01', '2025-05-03')).toBe(false);
  });

  it('ignores qualifications that are not trainer qualifications, and kinds it is not told about', () => {
    expect(holdsValidTrainerQualification([record({ kindId: 'basic' })], kinds, '2025-01-01', '2025-01-02')).toBe(false);
    expect(holdsValidTrainerQualification([record({ kindId: 'other' })], kinds, '2025-01-01', '2025-01-02')).toBe(false);
  });

  it("counts the kind's blanket extensions, and holds nothing over an empty period", () => {
    const extended = [{ kindId: 'tot', isTrainerQualification: true, extensions: [extension()] }];
    expect(holdsValidTrainerQualification([record()], extended, '2026-06-01', '2026-06-05')).toBe(true);
    expect(holdsValidTrainerQualification([record()], kinds, '2026-06-01', '2026-06-05')).toBe(false);
    expect(holdsValidTrainerQualification([record()], kinds, '2025-06-05', '2025-06-01')).toBe(false);
  });
});
