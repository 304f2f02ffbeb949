import { qualificationKindCommandTypes, qualificationKindEventTypes } from './qualification-kind.messages';
import { traineeCommandTypes, traineeEventTypes } from './trainee.messages';

/**
 * The qualifications area: kinds, trainee records, their status arithmetic and the trainer check.
 * (The calendar arithmetic stays inside: its names are too general for the context's index.)
 */
export * from './extension-preview';
export * from './qualification-error-codes';
export * from './qualification-kind.messages';
export * from './qualification-status';
export * from './trainee.messages';
export * from './trainer-qualification';

export const qualificationEventTypes = [...qualificationKindEventTypes, ...traineeEventTypes] as const;
export const qualificationCommandTypes = [...qualificationKindCommandTypes, ...traineeCommandTypes] as const;
