import type { Connection } from 'mongoose';
import { eachDistinct, type GatewayContext, readerOf } from '@tn/gateway-core';
import { type IndicatorDefinition, programmeIndicatorOf } from '@tn/reporting-contracts';
import { ReportingReads } from '../core/reporting-collections';
import { type IndicatorDefinitionDoc, indicatorDefinitionProjection } from './indicator-definition.read-model';

/** Reads of indicator definitions: the programme's constants, and plan indicators by id or by owner unit. */
export class DefinitionReads {
  private readonly reads: ReportingReads;

  constructor(connection: Connection) {
    this.reads = new ReportingReads(connection);
  }

  /** A programme indicator (K1–K5) or a plan indicator's latest version; undefined when there is none. */
  async latest(indicatorId: string): Promise<IndicatorDefinition | undefined> {
    return programmeIndicatorOf(indicatorId) ?? (await this.plan(indicatorId))?.current;
  }

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
