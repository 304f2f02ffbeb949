import { IsOptional, IsString } from 'class-validator';
import { ERASED } from '../personal-data';
import { IsFiniteNumber, IsIsoDate, IsNonEmptyText, Nested, NestedList } from './message-fields';
import { checkMessage, UNKNOWN_FIELD, withoutFields, withoutNulls } from './message-schema';

class Guardian {
  @IsNonEmptyText() fullName!: string;
  @IsString() relationship!: string;
}
class Consent {
  @IsString() purpose!: string;
  @IsOptional() @Nested(() => Guardian) guardian?: Guardian;
}
class Registered {
  @IsNonEmptyText() volunteerId!: string;
  @IsNonEmptyText() fullName!: string;
  @IsIsoDate() registeredOn!: string;
  @IsOptional() @IsFiniteNumber() hours?: number;
  @NestedList(() => Consent) consents!: Consent[];
}

const valid = {
  volunteerId: 'v-1',
  fullName: 'Hoa',
  registeredOn: '2025-07-01',
  consents: [{ purpose: 'registry', guardian: { fullName: 'Sáng', relationship: 'mẹ' } }],
};

describe('checkMessage', () => {
  it('finds nothing wrong with a message its class describes', () => {
    expect(checkMessage(Registered, valid)).toEqual([]);
  });

  it('names a nested field by its path', () => {
    const consents = [{ purpose: 'registry' }, { purpose: 'photos', guardian: { fullName: ' ', relationship: 'mẹ' } }];
    expect(checkMessage(Registered, { ...valid, consents })).toEqual([{ field: 'consents.1.guardian.fullName', problem: 'must not be empty', missing: false }]);
  });

  it('tells a missing field from one of the wrong type', () => {
    const { fullName: _name, ...withoutName } = valid;
    expect(checkMessage(Registered, { ...withoutName, registeredOn: '01/07/2025' })).toEqual([
      expect.objectContaining({ field: 'fullName', missing: true }),
      { field: 'registeredOn', problem: 'must be a date (YYYY-MM-DD)', missing: false },
    ]);
    expect(checkMessage(Registered, { ...valid, hours: '3' })).toEqual([expect.objectContaining({ field: 'hours', missing: false })]);
    expect(checkMessage(Registered, undefined)).toEqual([{ field: '(data)', problem: 'must be an object', missing: true }]);
    expect(checkMessage(Registered, [])).toEqual([{ field: '(data)', problem: 'must be an object', missing: false }]);
  });

  it('lists fields the message does not know last, nested ones too', () => {
    const problems = checkMessage(Registered, { extra: 1, ...valid, registeredOn: 'soon', consents: [{ purpose: 'registry', ethnicity: 'x' }] });
    expect(problems[0]).toMatchObject({ field: 'registeredOn', missing: false });
    expect(problems.slice(1)).toEqual(
      expect.arrayContaining([
        { field: 'consents.0.ethnicity', problem: UNKNOWN_FIELD, missing: false },
        { field: 'extra', problem: UNKNOWN_FIELD, missing: false },
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('lets values erased with their subject key pass in stored events, a whole erased part included', () => {
    expect(checkMessage(Registered, { ...valid, fullName: ERASED }, { erasedPasses: true })).toEqual([]);
    expect(checkMessage(Registered, { ...valid, consents: [{ purpose: 'registry', guardian: ERASED }] }, { erasedPasses: true })).toEqual([]);
  });

  it('refuses the erased marker anywhere else (a command cannot send it in place of a value)', () => {
    expect(checkMessage(Registered, { ...valid, fullName: ERASED }).map((problem) => problem.field)).toEqual(['fullName']);
  });

  it('takes null as absent once nulls are dropped', () => {
    expect(checkMessage(Registered, withoutNulls({ ...valid, hours: null }))).toEqual([]);
    expect(checkMessage(Registered, withoutNulls({ ...valid, fullName: null }))).toEqual([expect.objectContaining({ field: 'fullName', missing: true })]);
    expect(withoutNulls({ a: null, b: [{ c: null, d: 1 }], e: ERASED })).toEqual({ b: [{ d: 1 }], e: ERASED });
  });
});

describe('withoutFields', () => {
  it('drops the fields at the paths given, leaving the data it was given untouched', () => {
    const data = { a: 1, b: { c: 2, d: 3 } };
    expect(withoutFields(data, ['b.c', 'x.y'])).toEqual({ a: 1, b: { d: 3 } });
    expect(data).toEqual({ a: 1, b: { c: 2, d: 3 } });
  });
});
