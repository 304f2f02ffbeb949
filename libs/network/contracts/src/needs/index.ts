// The needs area: one stream per need (`need-<needId>`) with its matches, their quantity arithmetic and the matching score.
export * from './need-error-codes';
export * from './need-matching';
export * from './need-quantities';
export * from './need-vocabulary';
export * from './need.messages';
