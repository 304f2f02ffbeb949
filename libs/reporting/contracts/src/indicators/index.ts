// The indicators area: plan indicators a unit defines, revises (versions) and retires.
export * from './indicator-error-codes';
export * from './indicator.messages';
