import type { Connection } from 'mongoose';
import { eachDistinct, type GatewayContext, readerOf } from '@tn/gateway-core';
import { ReportingReads } from '../core/reporting-collections';
import { type PlanDoc, planProjection } from './plan.read-model';

/** Reads of plans, by equality only: by id, by owner unit, by the plan they were adopted from. */
export class PlanReads {
  private readonly reads: ReportingReads;

  constructor(connection: Connection) {
    this.reads = new ReportingReads(connection);
  }

  one(planId: string): Promise<PlanDoc | undefined> {
    return this.reads.one<PlanDoc>(planProjection, planId);
  }

  /** The plans the units own, their own and those they adopted (one equality each). */
  async ownedBy(unitIds: readonly string[]): Promise<PlanDoc[]> {
    return (await eachDistinct([...unitIds], (unitId) => this.reads.where<PlanDoc>(planProjection, { ownerUnitId: unitId }))).flat();
  }

  /** The local plans adopted from a plan. */
  adoptedFrom(planId: string): Promise<PlanDoc[]> {
    return this.reads.where<PlanDoc>(planProjection, { parentPlanId: planId });
  }
}

/** The request's PlanReads. */
export const plansOf = (context: GatewayContext): PlanReads => readerOf(context, 'reporting:plans', (readModels) => new PlanReads(readModels.connection));
