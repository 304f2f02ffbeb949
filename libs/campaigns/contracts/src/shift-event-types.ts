import type { EventTypeDefinition } from '@tn/shared-event-contracts';

const signUp = { shiftId: 'non-empty-string', volunteerId: 'non-empty-string' } as const;

/**
 * Shifts and sign-ups (one stream per shift). Volunteers by id only: their age, skills and
 * guardian consent were checked from the command and are not stored.
 */
export const shiftEventTypes: EventTypeDefinition[] = [
  {
    type: 'ShiftScheduled',
    version: 1,
    schema: {
      shiftId: 'non-empty-string',
      activityId: 'non-empty-string',
      roleId: 'non-empty-string',
      roleName: 'non-empty-string',
      requiredSkills: 'string-array',
      'minimumAge?': 'integer',
      requiresApproval: 'boolean',
      startsAt: 'iso-datetime',
      endsAt: 'iso-datetime',
      capacity: 'integer',
      waitlist: 'boolean',
    },
  },
  { type: 'ShiftCapacityChanged', version: 1, schema: { shiftId: 'non-empty-string', capacity: 'integer', changedAt: 'iso-datetime' } },
  { type: 'SignUpRequested', version: 1, schema: { ...signUp, requestedAt: 'iso-datetime' } },
  { type: 'SignUpApproved', version: 1, schema: { ...signUp, approvedBy: 'non-empty-string', approvedAt: 'iso-datetime' } },
  {
    type: 'SignUpRejected',
    version: 1,
    schema: { ...signUp, rejectedBy: 'non-empty-string', reason: 'non-empty-string', rejectedAt: 'iso-datetime' },
  },
  { type: 'SignUpConfirmed', version: 1, schema: { ...signUp, confirmedAt: 'iso-datetime' } },
  { type: 'SignUpWaitlisted', version: 1, schema: { ...signUp, waitlistedAt: 'iso-datetime' } },
  {
    type: 'SignUpCancelled',
    version: 1,
    schema: { ...signUp, previousStatus: 'non-empty-string', cancelledAt: 'iso-datetime', 'reason?': 'string' },
  },
  { type: 'WaitlistPromoted', version: 1, schema: { ...signUp, promotedAt: 'iso-datetime' } },
];
