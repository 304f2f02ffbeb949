/**
 * Vocabulary of volunteer groups (domain.md §6): clubs, teams and groups (câu lạc bộ, đội, nhóm)
 * hosted by a unit of the organisation, founded by it, formed by young people themselves, or in a
 * school.
 */
export const GROUP_KINDS = ['club', 'team', 'group'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const GROUP_ORIGINS = ['union-founded', 'self-formed', 'school'] as const;
export type GroupOrigin = (typeof GROUP_ORIGINS)[number];

/** Registered by a unit's manager (verified at once), or by a leader of the group itself (then verified by the proposed host). */
export const GROUP_REGISTRATION_CHANNELS = ['unit', 'self'] as const;
export type GroupRegistrationChannel = (typeof GROUP_REGISTRATION_CHANNELS)[number];

/** Why a group is affiliated with a unit from a date: registered by it, verified by it, moved to it, or carried to it by a merger of units. */
export const GROUP_AFFILIATION_REASONS = ['registered', 'verified', 'moved', 'unit-merged'] as const;
export type GroupAffiliationReason = (typeof GROUP_AFFILIATION_REASONS)[number];

/** Why an affiliation ended: the group moved, or its host merged into another unit. */
export const GROUP_AFFILIATION_END_REASONS = ['moved', 'unit-merged'] as const;
export type GroupAffiliationEndReason = (typeof GROUP_AFFILIATION_END_REASONS)[number];

/** What a host unit may declare of a verified group; `dissolved` is final. */
export const GROUP_DECLARED_STATUSES = ['active', 'dormant', 'dissolved'] as const;
export type GroupDeclaredStatus = (typeof GROUP_DECLARED_STATUSES)[number];

/** A group's status as of a date (`groupStatusOn`), what lists filter by. */
export const GROUP_STATUSES = ['pending-verification', 'declined', 'active', 'dormant', 'dissolved'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/** A group's stream's lifecycle (`none` before its first event): what deciders and the authoriser read. */
export const GROUP_LIFECYCLE_STATUSES = ['pending-verification', 'declined', 'verified', 'dissolved'] as const;
export type GroupLifecycleStatus = (typeof GROUP_LIFECYCLE_STATUSES)[number];

/** At most this many leaders (people of the registry, by id). */
export const GROUP_LEADERS_MAX = 10;
/** Members: a whole number from 1 to this. */
export const GROUP_SIZE_MAX = 100_000;
/** A verified group with no sign of life for this many months is dormant. */
export const GROUP_ACTIVITY_WINDOW_MONTHS = 12;
