// Effective dates are Vietnam's dates in every context (libs/shared/unit-hierarchy, ADR 0008).
export { vietnamDateOf } from '@tn/shared-unit-hierarchy';
