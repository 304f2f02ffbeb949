import { checkMessage, EventTypeRegistry, type MessageClass } from '@tn/shared-event-contracts';
import { getMetadataStorage } from 'class-validator';
import { CAMPAIGNS_CONTEXT, campaignEventTypes } from './campaign-event-types';

/** Fields that would hold a person's data; none may appear in a campaigns event (domain.md §8). */
const personalFields = ['fullName', 'dateOfBirth', 'phone', 'email', 'nationalId', 'guardian', 'ethnicity', 'ageOnShiftDate', 'hasGuardianConsent', 'skills'];
/** The fields an event's class declares. */
const fieldsOf = (data: MessageClass) => [
  ...new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(data, '', true, false)
      .map((rule) => rule.propertyName),
  ),
];

describe('campaigns event contracts', () => {
  const registry = new EventTypeRegistry(campaignEventTypes);
  const problemsOf = (type: string, data: object) => checkMessage(registry.get(type).data, data);

  it('registers every campaigns event type once, at version 1, under the campaigns context', () => {
    const types = campaignEventTypes.map((definition) => definition.type);
    expect(new Set(types).size).toBe(types.length);
    expect(campaignEventTypes.every((definition) => definition.version === 1)).toBe(true);
    expect(CAMPAIGNS_CONTEXT).toBe('campaigns');
  });

  it('carries no personal data: no personal-data specs, and volunteers referenced by id only', () => {
    expect(campaignEventTypes.filter((definition) => definition.personalData !== undefined)).toEqual([]);
    const leaks = campaignEventTypes.flatMap(({ type, data }) =>
      fieldsOf(data)
        .filter((field) => personalFields.includes(field))
        .map((field) => `${type}.${field}`),
    );
    expect(leaks).toEqual([]);
  });

  it('accepts a sign-up cancellation without a reason, and refuses a fractional capacity', () => {
    const cancelled = { shiftId: 's-1', volunteerId: 'v-1', previousStatus: 'confirmed', cancelledAt: '2026-06-25T10:00:00+07:00' };
    expect(() => registry.assertValid('SignUpCancelled', cancelled)).not.toThrow();
    expect(() => registry.assertValid('ShiftCapacityChanged', { shiftId: 's-1', capacity: 1.5, changedAt: '2026-06-25T10:00:00Z' })).toThrow(
      'capacity must be an integer number',
    );
  });

  it('refuses an adoption that names no local instance, and an attendance record without its zone', () => {
    expect(problemsOf('CampaignTemplateAdopted', { templateCampaignId: 't', adoptingUnitId: 'u', adoptedOn: '2026-05-10' })).toEqual([
      { field: 'localCampaignId', problem: expect.any(String), missing: true },
    ]);
    const record = {
      shiftId: 's-1',
      recordId: 'r1',
      volunteerId: 'v-1',
      kind: 'check-in',
      at: '2026-07-01T07:00:00',
      method: 'qr-code',
      recordedBy: 'v-1',
      uploadedAt: '2026-07-01T20:00:00Z',
    };
    expect(() => registry.assertValid('AttendanceRecorded', record)).toThrow('at must be a date and time with its offset');
  });
});
