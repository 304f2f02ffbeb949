/** Vocabulary of needs and their matches (domain.md §4, the resource-connection module). */

/** What a need asks for: people (volunteers of a group), items, or money. */
export const NEED_KINDS = ['people', 'items', 'money'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export const NEED_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type NeedPriority = (typeof NEED_PRIORITIES)[number];

/**
 * Where a need comes from: an activity's survey of what it lacks (it names that campaigns
 * activity), or the unit itself.
 */
export const NEED_SOURCES = ['activity-survey', 'unit'] as const;
export type NeedSource = (typeof NEED_SOURCES)[number];

/** Who offers to meet a need: a group (its people) or a partner organisation (under an agreement or not). */
export const NEED_OFFERER_KINDS = ['group', 'partner'] as const;
export type NeedOffererKind = (typeof NEED_OFFERER_KINDS)[number];

/** A need is open until its deliveries reach what it asked for, or it is cancelled. */
export const NEED_STATUSES = ['open', 'fulfilled', 'cancelled'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/**
 * A match is proposed, then accepted or declined; an accepted match is fulfilled (delivered) or
 * released (by the service, when the group it offers turned out to be booked already).
 */
export const NEED_MATCH_STATUSES = ['proposed', 'accepted', 'declined', 'released', 'fulfilled'] as const;
export type NeedMatchStatus = (typeof NEED_MATCH_STATUSES)[number];

/**
 * Why the service released an accepted match: its group was booked by another match meanwhile,
 * or its group could not be booked for any other reason (dissolved, no longer verified).
 */
export const NEED_MATCH_RELEASE_REASONS = ['group-double-booked', 'group-unavailable'] as const;
export type NeedMatchReleaseReason = (typeof NEED_MATCH_RELEASE_REASONS)[number];
