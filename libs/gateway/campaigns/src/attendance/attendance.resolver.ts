import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { CommandResultView, type GatewayContext } from '@tn/gateway-registry';
import { requireActivityPermission } from '../activities/activities.resolver';
import { CampaignsClient } from '../core/campaigns-client';
import { campaignsOf } from '../core/campaigns-directory';
import { RecordAttendanceInput } from './attendance.models';

/** Attendance of shifts: uploads of check-ins and check-outs. */
@Resolver()
export class AttendanceResolver {
  constructor(private readonly client: CampaignsClient) {}

  @Mutation(() => CommandResultView, { description: 'Upload check-ins and check-outs (often taken offline): records are identified by their client ids, so uploads may repeat and come in any order.' })
  async recordAttendance(@Context() context: GatewayContext, @Args('input') input: RecordAttendanceInput): Promise<CommandResultView> {
    const shift = await campaignsOf(context).shift(input.shiftId);
    if (!shift) throw apiError({ code: 'SHIFT.NOT_FOUND', kind: 'not-found', field: 'shiftId' }, context.language);
    const { user } = await requireActivityPermission(context, 'campaigns:record-attendance', shift.activityId);
    const payload = { shiftId: shift.shiftId, records: input.records.map((record) => ({ ...record })), uploadedAt: input.uploadedAt ?? new Date().toISOString() };
    const outcome = await this.client.command('RecordAttendance', payload, user, context.language);
    return { id: shift.shiftId, ...outcome };
  }
}
