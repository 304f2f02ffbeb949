import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { GatewayContext } from '@tn/gateway-core';
import { EXPORT_CONTENT_TYPES, exportFileName, reportToPdf, reportToXlsx, reviewToPdf, reviewToXlsx } from '../exports';
import { ProgrammeReviewResolver } from '../review/programme-review.resolver';
import { reviewExportViewOf } from '../review/review-export-view';
import { exportLanguageOf, reportExportViewOf } from './report-export-view';
import { ExportFileView, ExportFormat } from './report.models';
import { ReportsResolver } from './reports.resolver';

const fileOf = (buffer: Buffer, filename: string, format: 'xlsx' | 'pdf'): ExportFileView => ({
  filename,
  contentType: EXPORT_CONTENT_TYPES[format],
  contentBase64: buffer.toString('base64'),
});

/** Reports and programme reviews as files (XLSX, PDF), built from the very views the API answers with, with the same rights. */
@Resolver(() => ExportFileView)
export class ReportExportsResolver {
  constructor(
    private readonly reports: ReportsResolver,
    private readonly reviews: ProgrammeReviewResolver,
  ) {}

  @Query(() => ExportFileView, {
    description: "A unit's report as a file: the report query's answer (approved figures once approved), in the caller's language.",
  })
  async reportExport(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('templateId', { type: () => ID }) templateId: string,
    @Args('period') period: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
  ): Promise<ExportFileView> {
    const view = reportExportViewOf(await this.reports.report(context, unitId, templateId, period, false), exportLanguageOf(context.language));
    const kind = format === ExportFormat.PDF ? 'pdf' : 'xlsx';
    const buffer = kind === 'pdf' ? await reportToPdf(view) : await reportToXlsx(view);
    return fileOf(buffer, exportFileName(templateId, unitId, period, kind), kind);
  }

  @Query(() => ExportFileView, { description: "A programme review as a file: the programmeReview query's answer, in the caller's language." })
  async programmeReviewExport(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('level', { nullable: true }) level?: string,
  ): Promise<ExportFileView> {
    const view = reviewExportViewOf(await this.reviews.programmeReview(context, unitId, year, level), exportLanguageOf(context.language));
    const kind = format === ExportFormat.PDF ? 'pdf' : 'xlsx';
    const buffer = kind === 'pdf' ? await reviewToPdf(view) : await reviewToXlsx(view);
    return fileOf(buffer, exportFileName('review', unitId, year, kind), kind);
  }
}
