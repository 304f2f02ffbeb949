// The indicator engine (ADR 0021): pure evaluation of indicator definitions over the gateway's
// fact documents and the unit hierarchy, attributed to a structure date.
export { activeSubtreeOn, unitsAttributedTo } from './attribution';
export { type EvaluationInputs, evaluationContextOf } from './evaluation-context';
export { evaluateIndicators, type IndicatorValue } from './evaluate';
export { resultTotalsOf } from './result-totals';
