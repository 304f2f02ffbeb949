// The plans area: a unit's plan for a phase or a year, published and adopted by the units below it.
export * from './plan-error-codes';
export * from './plan-targets';
export * from './plan.messages';
