import type { Connection } from 'mongoose';
import { type GatewayContext, readerOf } from '@tn/gateway-core';
import { type ReportTemplate, reportScheduleIdOf, type ReportWindow, reportWindowAmong } from '@tn/reporting-contracts';
import { ancestorsAsOf, childrenAsOf, type HierarchyState } from '@tn/shared-unit-hierarchy';
import { today } from '@tn/gateway-registry';
import { ReportingReads } from '../core/reporting-collections';
import { type ReportScheduleDoc, reportScheduleProjection } from './report-schedule.read-model';

/** Reads of reporting schedules, by id only (one per unit of a lineage). */
export class ReportScheduleReads {
  private readonly reads: ReportingReads;
  /** Each schedule read once per request: the units of a rate table share their ancestors' schedules. */
  private readonly read = new Map<string, Promise<ReportScheduleDoc | undefined>>();

  constructor(connection: Connection) {
    this.reads = new ReportingReads(connection);
  }

  one(unitId: string, templateId: string, period: string): Promise<ReportScheduleDoc | undefined> {
    const id = reportScheduleIdOf(unitId, templateId, period);
    let doc = this.read.get(id);
    if (!doc) this.read.set(id, (doc = this.reads.one<ReportScheduleDoc>(reportScheduleProjection, id)));
    return doc;
  }

  /**
   * The window of the report of the unit whose lineage is given (itself first), as the reporting
   * service decides it (`reportWindowAmong`): the nearest schedule, else the template's default.
   */
  async windowFor(lineage: readonly string[], templateId: string, period: string, hasChildren: boolean): Promise<ReportWindow | undefined> {
    const schedules = await Promise.all(lineage.map((unitId) => this.one(unitId, templateId, period)));
    return reportWindowAmong(
      templateId,
      period,
      hasChildren,
      schedules.map((doc) => (doc ? { opensOn: doc.opensOn, dueOn: doc.dueOn, closesOn: doc.closesOn } : undefined)),
    );
  }
}

/** The request's ReportScheduleReads. */
export const reportSchedulesOf = (context: GatewayContext): ReportScheduleReads =>
  readerOf(context, 'reporting:report-schedules', (readModels) => new ReportScheduleReads(readModels.connection));

/**
 * The window of `unitId`'s report today: its lineage's schedules in the reporting hierarchy copy,
 * a unit with child units today being due later. A template and period already checked always
 * have one.
 */
export async function reportWindowIn(
  context: GatewayContext,
  hierarchy: HierarchyState,
  unitId: string,
  template: ReportTemplate,
  period: string,
): Promise<ReportWindow> {
  const day = today();
  const lineage = [unitId, ...ancestorsAsOf(hierarchy, unitId, day)];
  const hasChildren = childrenAsOf(hierarchy, unitId, day).length > 0;
  const window = await reportSchedulesOf(context).windowFor(lineage, template.templateId, period, hasChildren);
  if (!window) throw new Error(`${period} is not a period of the ${template.templateId} report`);
  return window;
}
