import { assertNever } from '@tn/shared-decider';
import type { IndicatorEvent } from './indicator.events';
import type { IndicatorContent, IndicatorState } from './indicator.types';

export const initialIndicator = (): IndicatorState => ({ status: 'none', indicatorId: '', ownerUnitId: '', version: 0 });

const contentOf = ({ code, nameVi, nameEn, formula, unit, targets }: IndicatorContent): IndicatorContent => ({ code, nameVi, nameEn, formula, unit, targets });

/** Each event carries the whole definition at its version: the state is the last one's. */
export function evolveIndicator(_state: IndicatorState, event: IndicatorEvent): IndicatorState {
  const { indicatorId, ownerUnitId, version } = event.data;
  switch (event.type) {
    case 'IndicatorDefined':
    case 'IndicatorRevised':
      return { status: 'active', indicatorId, ownerUnitId, version, content: contentOf(event.data) };
    case 'IndicatorRetired':
      return { status: 'retired', indicatorId, ownerUnitId, version, content: contentOf(event.data) };
    default:
      return assertNever(event);
  }
}
