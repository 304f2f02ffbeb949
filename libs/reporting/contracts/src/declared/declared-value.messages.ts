import { commandType, eventType, IsFiniteNumber, IsIsoDateTime, IsNonEmptyText, streamIdOf } from '@tn/shared-event-contracts';
import { IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { writingFor } from '../common/command-rights';
import { DECLARED_VALUE_KEYS, type DeclaredValueKey, declaredValueIdOf } from './declared-value-keys';

/**
 * Declared values (one stream per unit, period and key): figures a unit states for a period,
 * such as the activities it held (K2's denominator). A later declaration supersedes the earlier
 * one; the stream keeps them all, each with who declared it and when (the server's time).
 * Command fields are checked for shape only; the decider checks meaning with its own codes.
 */

export const DECLARED_VALUE_STREAM_TYPE = 'declared-value';
export const declaredValueStreamId = (unitId: string, period: string, key: string) =>
  streamIdOf(DECLARED_VALUE_STREAM_TYPE, declaredValueIdOf(unitId, period, key));

// ---- commands ------------------------------------------------------------------------------

/** `period`: a period key (`parsePeriod`); `key`: one of DECLARED_VALUE_KEYS; `value`: a whole number from 0. */
export class DeclareValue {
  @IsString() unitId!: string;
  @IsString() period!: string;
  @IsString() key!: string;
  @IsFiniteNumber() value!: number;
  @IsOptional() @IsString() note?: string;
}

export const declaredValueCommandTypes = [
  commandType('DeclareValue', DeclareValue, {
    streamId: (p) => declaredValueStreamId(p.unitId, p.period, p.key),
    rights: (p) => writingFor(p.unitId),
  }),
] as const;

// ---- events --------------------------------------------------------------------------------

/** The unit's figure for the period from now on (it supersedes any earlier one). `declaredBy`: the acting account; `declaredAt`: the server's time. */
export class ValueDeclared {
  @IsNonEmptyText() unitId!: string;
  @IsNonEmptyText() period!: string;
  @IsIn(DECLARED_VALUE_KEYS) key!: DeclaredValueKey;
  @IsInt() @Min(0) value!: number;
  @IsOptional() @IsNonEmptyText() note?: string;
  @IsNonEmptyText() declaredBy!: string;
  @IsIsoDateTime() declaredAt!: string;
}

export const declaredValueEventTypes = [eventType('ValueDeclared', ValueDeclared)] as const;
