// The groups area: clubs, teams and groups, their hosts over time, their life and their booked dates.
import { groupAffiliationCommandTypes, groupAffiliationEventTypes } from './group-affiliation.messages';
import { groupBookingCommandTypes, groupBookingEventTypes } from './group-booking.messages';
import { groupLifeCommandTypes, groupLifeEventTypes } from './group-life.messages';
import { groupRegistrationCommandTypes, groupRegistrationEventTypes } from './group-registration.messages';

export * from './group-affiliation.messages';
export * from './group-booking.messages';
export * from './group-error-codes';
export * from './group-life.messages';
export * from './group-registration.messages';
export { GROUP_STREAM_TYPE, groupStreamId } from './group-rights';
export { bookingsOverlap, type GroupAffiliationPeriod, groupStatusOn, type GroupStatusInputs, hostUnitOn } from './group-status';
export * from './group-vocabulary';

export const groupEventTypes = [...groupRegistrationEventTypes, ...groupAffiliationEventTypes, ...groupLifeEventTypes, ...groupBookingEventTypes] as const;
export const groupCommandTypes = [
  ...groupRegistrationCommandTypes,
  ...groupAffiliationCommandTypes,
  ...groupLifeCommandTypes,
  ...groupBookingCommandTypes,
] as const;
