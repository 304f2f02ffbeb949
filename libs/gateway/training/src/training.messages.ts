import type { TrainingErrorCode } from '@tn/training-contracts';
import type { ContextMessages } from '@tn/gateway-graphql-kit';
import { ASSESSMENT_MESSAGES } from './messages/assessments.messages';
import { CATALOGUE_MESSAGES } from './messages/catalogue.messages';
import { COURSE_MESSAGES } from './messages/courses.messages';
import { QUALIFICATION_MESSAGES } from './messages/qualifications.messages';

/**
 * What the training context's codes say, in every language, area by area; the platform-wide
 * ones are the gateway's. Typed by TRAINING_ERROR_CODES: a code an area adds without a message
 * fails to compile here (and in its area's file).
 */
export const TRAINING_MESSAGES: ContextMessages<TrainingErrorCode> = {
  ...CATALOGUE_MESSAGES,
  ...COURSE_MESSAGES,
  ...QUALIFICATION_MESSAGES,
  ...ASSESSMENT_MESSAGES,
};
