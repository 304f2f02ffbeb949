import type { Connection } from 'mongoose';
import { eachDistinct, type GatewayContext, readerOf } from '@tn/gateway-core';
import { reportIdOf } from '@tn/reporting-contracts';
import { ReportingReads } from '../core/reporting-collections';
import { type ReportDoc, reportProjection } from './report.read-model';

/**
 * Above this many units (a level across several provinces), one read of the template and period's
 * reports (the whole country's) costs less than one per unit; a province's hundred communes are
 * read one by one, as the indicator facts are (ADR 0021).
 */
const ONE_BY_ONE = 1_000;

/** Reads of reports, by equality only: by id, or every unit's of a template and period. */
export class ReportReads {
  private readonly reads: ReportingReads;

  constructor(connection: Connection) {
    this.reads = new ReportingReads(connection);
  }

  one(reportId: string): Promise<ReportDoc | undefined> {
    return this.reads.one<ReportDoc>(reportProjection, reportId);
  }

  /** The reports of these units for a template and period, by unit (a unit without one is absent). */
  async ofUnits(unitIds: readonly string[], templateId: string, period: string): Promise<Map<string, ReportDoc>> {
    const wanted = new Set(unitIds);
    const docs =
      unitIds.length <= ONE_BY_ONE
        ? await eachDistinct([...wanted], (unitId) => this.one(reportIdOf(unitId, templateId, period)))
        : await this.reads.where<ReportDoc>(reportProjection, { templatePeriod: `${templateId}:${period}` });
    return new Map(docs.filter((doc): doc is ReportDoc => doc !== undefined && wanted.has(doc.unitId)).map((doc) => [doc.unitId, doc]));
  }
}

/** The request's ReportReads. */
export const reportsOf = (context: GatewayContext): ReportReads =>
  readerOf(context, 'reporting:reports', (readModels) => new ReportReads(readModels.connection));
