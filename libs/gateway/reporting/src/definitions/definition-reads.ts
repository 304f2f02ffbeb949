import type { Connection } from 'mongoose';
import { eachDistinct, type GatewayContext, readerOf } from '@tn/gateway-core';
import { ReportingReads } from '../core/reporting-collections';
import { type IndicatorDefinitionDoc, indicatorDefinitionProjection } from './indicator-definition.read-model';

/** Reads of plan indicators, by id or by owner unit. */
export class DefinitionReads {
  private readonly reads: ReportingReads;

  constructor(connection: Connection) {
    this.reads = new ReportingReads(connection);
  }

  /** A plan indicator with every version it had (K1–K5 are the contracts' constants); who may see it is `visibleIndicator`'s. */
  plan(indicatorId: string): Promise<IndicatorDefinitionDoc | undefined> {
    return this.reads.one<IndicatorDefinitionDoc>(indicatorDefinitionProjection, indicatorId);
  }

  /** The plan indicators the units own (one equality each). */
  async ownedBy(unitIds: readonly string[]): Promise<IndicatorDefinitionDoc[]> {
    return (
      await eachDistinct([...unitIds], (unitId) => this.reads.where<IndicatorDefinitionDoc>(indicatorDefinitionProjection, { ownerUnitId: unitId }))
    ).flat();
  }
}

/** The request's DefinitionReads. */
export const definitionsOf = (context: GatewayContext): DefinitionReads =>
  readerOf(context, 'reporting:definitions', (readModels) => new DefinitionReads(readModels.connection));
