import { IsOptional, IsString } from 'class-validator';
import { EventTypeRegistry, InvalidEventError, UnknownEventTypeError } from './event-registry';
import { IsIsoDate, IsNonEmptyText } from './messages/message-fields';
import { ERASED } from './personal-data';

class UnitRenamedV2 {
  @IsNonEmptyText() unitId!: string;
  @IsNonEmptyText() nameVi!: string;
  @IsOptional() @IsString() nameEn?: string;
  @IsIsoDate() effectiveFrom!: string;
}
class VolunteerRegistered {
  @IsNonEmptyText() volunteerId!: string;
  @IsNonEmptyText() fullName!: string;
  @IsString() phone!: string;
}
class Empty {}

// UnitRenamed v1 had one `name`; v2 splits it into Vietnamese and English names.
const registry = new EventTypeRegistry([
  {
    type: 'UnitRenamed',
    version: 2,
    data: UnitRenamedV2,
    upcasters: { 1: ({ name, ...rest }) => ({ ...rest, nameVi: name }) },
  },
  {
    type: 'VolunteerRegistered',
    version: 1,
    data: VolunteerRegistered,
    personalData: { subjectField: 'volunteerId', fields: ['fullName', 'phone'] },
  },
]);

describe('EventTypeRegistry', () => {
  it('reads a version-1 event back as version 2 through its upcaster', () => {
    expect(registry.upcast('UnitRenamed', 1, { unitId: 'u1', name: 'Xã Tả Van', effectiveFrom: '2025-07-01' })).toEqual({
      version: 2,
      data: { unitId: 'u1', nameVi: 'Xã Tả Van', effectiveFrom: '2025-07-01' },
    });
  });

  it('leaves current-version data as it is', () => {
    const data = { unitId: 'u1', nameVi: 'Xã Tả Van', nameEn: 'Ta Van Commune', effectiveFrom: '2025-07-01' };
    expect(registry.upcast('UnitRenamed', 2, data)).toEqual({ version: 2, data });
  });

  it('names each field that breaks the schema', () => {
    expect(() => registry.assertValid('UnitRenamed', { unitId: '', nameVi: 'X', effectiveFrom: '01/07/2025', extra: 1 })).toThrow(InvalidEventError);
    try {
      registry.assertValid('UnitRenamed', { unitId: '', nameVi: 'X', effectiveFrom: '01/07/2025', extra: 1 });
    } catch (error) {
      expect((error as InvalidEventError).problems).toEqual([
        { field: 'unitId', problem: 'must not be empty', missing: false },
        { field: 'effectiveFrom', problem: 'must be a date (YYYY-MM-DD)', missing: false },
        { field: 'extra', problem: 'is not part of this message', missing: false },
      ]);
    }
  });

  it('accepts the erased marker in place of a personal value', () => {
    expect(() => registry.assertValid('VolunteerRegistered', { volunteerId: 'v1', fullName: ERASED, phone: ERASED })).not.toThrow();
  });

  it('refuses unknown types and versions newer than the code', () => {
    expect(() => registry.get('Nope')).toThrow(UnknownEventTypeError);
    expect(() => registry.upcast('UnitRenamed', 3, {})).toThrow(/newer than this code knows/);
  });

  it('refuses a definition whose upcaster chain has a hole', () => {
    expect(() => new EventTypeRegistry([{ type: 'X', version: 3, data: Empty, upcasters: { 1: (d) => d } }])).toThrow('no upcaster from version 2');
  });
});
