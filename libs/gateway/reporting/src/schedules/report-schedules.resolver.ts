import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandResultView, type GatewayContext } from '@tn/gateway-core';
import { reportScheduleCommandTypes, reportScheduleIdOf } from '@tn/reporting-contracts';
import { ReportingClient } from '../core/reporting-client';
import { requireReportingPermission } from '../core/reporting-permissions';
import { ScheduleReportsInput } from './report-schedule.models';

/**
 * Reporting schedules (ADR 0022): a unit sets the entry window of its subtree's reports of a
 * template and period, the way a provincial Union's guidance names the day reports are due. The
 * report queries show the window that applies (`reportWindow`, a report's `window`).
 */
@Resolver()
export class ReportSchedulesResolver {
  constructor(private readonly client: ReportingClient) {}

  @Mutation(() => CommandResultView, {
    description:
      "Set the entry window of a template's reports for a period in the unit's subtree (opens, due, closes: YYYY-MM-DD, in that order). A later schedule of the unit replaces it; the nearest unit's schedule applies.",
  })
  async scheduleReports(@Context() context: GatewayContext, @Args('input') input: ScheduleReportsInput): Promise<CommandResultView> {
    const user = await requireReportingPermission(context, 'reporting:write', input.unitId);
    const { unitId, templateId, period, opensOn, dueOn, closesOn } = input;
    const outcome = await this.client.send(
      reportScheduleCommandTypes,
      'ScheduleReports',
      { unitId, templateId, period, opensOn, dueOn, closesOn },
      user,
      context.language,
    );
    return { id: reportScheduleIdOf(unitId, templateId, period), ...outcome };
  }
}
