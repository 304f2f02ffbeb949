import type { Reaction } from '@tn/shared-event-sourcing-nest';
import type { NetworkLookups } from '../lookups';
import { BOOKING_COMMAND_TYPES, BOOKING_EVENT_TYPES, bookingCommandsFor, commandsOnRefusedBooking } from './booking-process';

/** Readiness name of the booking reactor, and the system actor its commands are recorded as. */
export const BOOKING_REACTION_NAME = 'network-bookings';

/** Its consumer group: the offsets say which need events have booked or freed their groups. */
export const bookingGroupIdOf = (topicPrefix: string) => `${topicPrefix}network-bookings-v1`;

/**
 * The booking reactor (booking-process.ts): a consumer of the network service's own event topic
 * that books and frees groups' dates for the needs' matches, through the service's routes, and
 * releases a match whose booking the group's stream refused. Run by the service's reactors (reactorsProvider).
 */
export function needBookingReaction(options: { topic: string; topicPrefix: string; lookups: Pick<NetworkLookups, 'needOf'> }): Reaction {
  return {
    name: BOOKING_REACTION_NAME,
    topic: options.topic,
    groupId: bookingGroupIdOf(options.topicPrefix),
    eventTypes: BOOKING_EVENT_TYPES,
    commandTypes: BOOKING_COMMAND_TYPES,
    react: (event) => bookingCommandsFor(event, options.lookups),
    onRefused: async (command, refusal) => commandsOnRefusedBooking(command, refusal),
  };
}
