import { vocabularyChecks } from '@tn/gateway-core';
import type { TrainingErrorCode } from '@tn/training-contracts';

/** The training slice's vocabulary checks, refusing with its deciders' codes (see vocabularyChecks). */
export const { requireVocabularyValue, requireFilterValue } = vocabularyChecks<TrainingErrorCode>();
