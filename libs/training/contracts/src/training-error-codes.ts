import { ASSESSMENT_ERROR_CODES } from './assessments';
import { CATALOGUE_ERROR_CODES } from './catalogue';
import { COURSE_ERROR_CODES } from './courses';
import { QUALIFICATION_ERROR_CODES } from './qualifications';

/**
 * Every error code the training context answers with (its deciders, its routes and its
 * authoriser), so a code the clients are not told about fails to compile. The gateway gives each
 * one its message in every language. Malformed command payloads answer with the platform's
 * COMMAND.FIELD_REQUIRED and COMMAND.FIELD_TYPE, checked before any of these.
 */
export const TRAINING_ERROR_CODES = [...CATALOGUE_ERROR_CODES, ...COURSE_ERROR_CODES, ...QUALIFICATION_ERROR_CODES, ...ASSESSMENT_ERROR_CODES] as const;
export type TrainingErrorCode = (typeof TRAINING_ERROR_CODES)[number];
