// Shared with the services that keep a local copy of the hierarchy (libs/shared/unit-hierarchy, ADR 0008).
export { ancestorsAsOf, changeDatesFrom, childrenAsOf, isActiveOn, lastChangeOf, versionAsOf } from '@tn/shared-unit-hierarchy';
