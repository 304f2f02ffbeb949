import type { Language } from '@tn/gateway-graphql-kit';
import { NETWORK_FIELDS, type NetworkField } from '@tn/network-contracts';
import { requireVocabularyValue } from '../core/inputs';

/** Fields of work, each of the vocabulary (GROUP.FIELDS_INVALID naming the one at fault). */
export const requireGroupFields = (fields: readonly string[], language: Language): NetworkField[] =>
  fields.map((field, index) => requireVocabularyValue(field, NETWORK_FIELDS, `fields.${index}`, language, 'GROUP.FIELDS_INVALID'));
