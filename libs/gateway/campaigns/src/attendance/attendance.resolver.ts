import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { checkInCodeContentAt, signCheckInCode, verifyCheckInCode } from '@tn/campaigns-contracts';
import { apiError } from '@tn/gateway-graphql-kit';
import { CommandResultView, freshIdOf, type GatewayContext, type RequestUser, requireMayLearnMissing, requireUser } from '@tn/gateway-core';
import { requireActivityPermission } from '../activities/activities.resolver';
import { CampaignsClient } from '../core/campaigns-client';
import { campaignsOf } from '../core/campaigns-directory';
import type { ShiftDoc } from '../shifts/shift.read-model';
import {
  ApproveAttendanceCorrectionInput,
  CheckInWithCodeInput,
  RecordAttendanceInput,
  RejectAttendanceCorrectionInput,
  RequestAttendanceCorrectionInput,
  ShiftAttendanceView,
  ShiftCheckInCodeView,
} from './attendance.models';
import type { ShiftAttendanceDoc } from './shift-attendance.read-model';

/** Nest token of the HMAC key of shift check-in codes (derived from AUTH_TOKEN_SECRET, as the campaigns service does). */
export const CHECK_IN_KEY = Symbol('CHECK_IN_KEY');

export function shiftAttendanceView(shiftId: string, doc: ShiftAttendanceDoc | undefined): ShiftAttendanceView {
  return {
    shiftId,
    recordCount: doc?.recordCount ?? 0,
    qrCodeRecords: doc?.qrCodeRecords ?? 0,
    volunteerCount: doc?.volunteerIds.length ?? 0,
    corrections: (doc?.corrections ?? []).map(({ correctionId, addRecords, decidedBy, decidedAt, rejectionReason, ...rest }) => ({
      id: correctionId,
      addRecords: addRecords.map(({ recordId, kind, at, method }) => ({ recordId, kind, at, method })),
      decidedBy: decidedBy ?? null,
      decidedAt: decidedAt ?? null,
      rejectionReason: rejectionReason ?? null,
      ...rest,
    })),
  };
}

/** Attendance of shifts: uploads, volunteers' QR scans, and corrections with their review. */
@Resolver()
export class AttendanceResolver {
  constructor(
    private readonly client: CampaignsClient,
    @Inject(CHECK_IN_KEY) private readonly checkInKey: Buffer,
  ) {}

  private async shiftFor(context: GatewayContext, shiftId: string, field = 'shiftId'): Promise<ShiftDoc> {
    const shift = await campaignsOf(context).shift(shiftId);
    if (!shift) throw apiError({ code: 'SHIFT.NOT_FOUND', kind: 'not-found', field }, context.language);
    return shift;
  }

  /** A shift for staff with the permission: only someone holding it everywhere learns that a shift does not exist (no existence oracle). */
  private async staffShift(
    context: GatewayContext,
    shiftId: string,
    permission: 'campaigns:read' | 'campaigns:write' | 'campaigns:record-attendance',
  ): Promise<ShiftDoc> {
    requireUser(context);
    if (!(await campaignsOf(context).shift(shiftId))) requireMayLearnMissing(context, permission);
    return this.shiftFor(context, shiftId);
  }

  private async send(context: GatewayContext, user: RequestUser, type: string, shiftId: string, payload: Record<string, unknown>): Promise<CommandResultView> {
    const outcome = await this.client.command(type, { shiftId, ...payload }, user, context.language);
    return { id: shiftId, ...outcome };
  }

  @Query(() => ShiftCheckInCodeView, {
    description:
      'The code to show as a QR code at the shift’s site, for volunteers to check themselves in and out; good for 15 minutes (ask again before validUntil), from an hour before the shift until an hour after it.',
  })
  async shiftCheckInCode(@Context() context: GatewayContext, @Args('shiftId', { type: () => ID }) shiftId: string): Promise<ShiftCheckInCodeView> {
    const shift = await this.staffShift(context, shiftId, 'campaigns:record-attendance');
    await requireActivityPermission(context, 'campaigns:record-attendance', shift.activityId);
    const content = checkInCodeContentAt(shift, new Date());
    if (!content) throw apiError({ code: 'CHECK_IN.NOT_OPEN', kind: 'illegal-state', field: 'shiftId' }, context.language);
    return { ...content, code: signCheckInCode(content, this.checkInKey) };
  }

  @Query(() => ShiftAttendanceView, { description: 'A shift’s attendance: records uploaded and corrections to review.' })
  async shiftAttendance(@Context() context: GatewayContext, @Args('shiftId', { type: () => ID }) shiftId: string): Promise<ShiftAttendanceView> {
    const shift = await this.staffShift(context, shiftId, 'campaigns:read');
    await requireActivityPermission(context, 'campaigns:read', shift.activityId);
    return shiftAttendanceView(shiftId, await campaignsOf(context).shiftAttendance(shiftId));
  }

  @Mutation(() => CommandResultView, {
    description:
      'Upload check-ins and check-outs (often taken offline): records are identified by their client ids, so uploads may repeat and come in any order.',
  })
  async recordAttendance(@Context() context: GatewayContext, @Args('input') input: RecordAttendanceInput): Promise<CommandResultView> {
    const shift = await this.staffShift(context, input.shiftId, 'campaigns:record-attendance');
    const { user } = await requireActivityPermission(context, 'campaigns:record-attendance', shift.activityId);
    return this.send(context, user, 'RecordAttendance', shift.shiftId, {
      records: input.records.map((record) => ({ ...record })),
    });
  }

  @Mutation(() => CommandResultView, { description: 'The signed-in volunteer checks in or out by scanning the shift’s QR code (a confirmed place is needed).' })
  async checkInWithCode(@Context() context: GatewayContext, @Args('input') input: CheckInWithCodeInput): Promise<CommandResultView> {
    const user = requireUser(context);
    const volunteerId = user.claims.kind === 'volunteer' ? user.claims.personId : undefined;
    if (!volunteerId) throw apiError({ code: 'CHECK_IN.VOLUNTEER_ONLY', kind: 'forbidden' }, context.language);
    const check = verifyCheckInCode(input.code, this.checkInKey);
    if (!check.valid) throw apiError({ code: 'CHECK_IN.CODE_INVALID', kind: 'validation', field: 'code' }, context.language);
    const shift = await this.shiftFor(context, check.content.shiftId, 'code');
    const now = new Date().toISOString();
    return this.send(context, user, 'CheckInWithCode', shift.shiftId, {
      code: input.code,
      volunteerId,
      kind: input.kind,
      at: input.at ?? now,
    });
  }

  @Mutation(() => CommandResultView, {
    description: 'Ask to correct attendance (your own, or as a team leader): records to void and records missed, with a reason.',
  })
  async requestAttendanceCorrection(@Context() context: GatewayContext, @Args('input') input: RequestAttendanceCorrectionInput): Promise<CommandResultView> {
    const shift = await this.shiftFor(context, input.shiftId);
    const user = requireUser(context);
    const volunteerId = input.volunteerId ?? user.claims.personId;
    if (!volunteerId) throw apiError({ code: 'BAD_USER_INPUT', field: 'volunteerId' }, context.language);
    // A volunteer asks for themselves; anyone else needs to record attendance over the activity.
    const self = user.claims.kind === 'volunteer' && user.claims.personId === volunteerId;
    if (!self) await requireActivityPermission(context, 'campaigns:record-attendance', shift.activityId);
    const correctionId = input.correctionId ?? freshIdOf(context);
    const result = await this.send(context, user, 'RequestAttendanceCorrection', shift.shiftId, {
      correctionId,
      volunteerId,
      voidRecordIds: input.voidRecordIds ?? [],
      addRecords: (input.addRecords ?? []).map((record) => ({
        recordId: record.recordId ?? freshIdOf(context),
        volunteerId,
        kind: record.kind,
        at: record.at,
        method: 'team-leader',
      })),
      reason: input.reason,
    });
    return { ...result, id: correctionId };
  }

  @Mutation(() => CommandResultView, { description: 'Approve a correction (not your own request): the hours change.' })
  async approveAttendanceCorrection(@Context() context: GatewayContext, @Args('input') input: ApproveAttendanceCorrectionInput): Promise<CommandResultView> {
    const shift = await this.staffShift(context, input.shiftId, 'campaigns:write');
    const { user } = await requireActivityPermission(context, 'campaigns:write', shift.activityId);
    const result = await this.send(context, user, 'ApproveAttendanceCorrection', shift.shiftId, { correctionId: input.correctionId });
    return { ...result, id: input.correctionId };
  }

  @Mutation(() => CommandResultView, { description: 'Reject a correction with a reason (not your own request).' })
  async rejectAttendanceCorrection(@Context() context: GatewayContext, @Args('input') input: RejectAttendanceCorrectionInput): Promise<CommandResultView> {
    const shift = await this.staffShift(context, input.shiftId, 'campaigns:write');
    const { user } = await requireActivityPermission(context, 'campaigns:write', shift.activityId);
    const result = await this.send(context, user, 'RejectAttendanceCorrection', shift.shiftId, {
      correctionId: input.correctionId,
      reason: input.reason,
    });
    return { ...result, id: input.correctionId };
  }
}
