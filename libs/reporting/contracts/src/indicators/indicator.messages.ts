import { commandType, eventType, IsFiniteNumber, IsIsoDateTime, IsNonEmptyText, NestedList, streamIdOf } from '@tn/shared-event-contracts';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Min, ValidateBy } from 'class-validator';
import { writingFor, writingOn } from '../common/command-rights';
import type { Formula, IndicatorDefinition, Target } from '../engine/definition.types';
import { checkFormula } from '../engine/formula-check';
import { TARGET_DIRECTIONS } from '../engine/formula-vocabulary';

/**
 * Plan indicators (one stream each): a unit defines an indicator for its plans, then revises it
 * (each revision is a new version: a value names the version it came from) or retires it. The
 * owner unit never changes. Every event carries the whole definition at its version, so a copy
 * needs no earlier event. Programme indicators (K1–K5) are constants, not events.
 * Command fields are checked for shape only; the decider checks meaning with its own codes.
 */

export const INDICATOR_STREAM_TYPE = 'indicator';
export const indicatorStreamId = (indicatorId: string) => streamIdOf(INDICATOR_STREAM_TYPE, indicatorId);

/** A formula checkFormula passes: the one check of the nested data, naming its fault. */
function IsFormula(): PropertyDecorator {
  return ValidateBy({
    name: 'isFormula',
    validator: {
      validate: (value) => checkFormula(value) === undefined,
      defaultMessage: (args) => {
        const problem = checkFormula(args?.value);
        return `$property is not a formula (${problem?.field ?? 'formula'} ${problem?.message ?? ''})`;
      },
    },
  });
}

// ---- commands ------------------------------------------------------------------------------

/** A target for a milestone year; `direction` is `at-least` when absent. */
export class TargetPart implements Target {
  @IsFiniteNumber() year!: number;
  @IsFiniteNumber() value!: number;
  @IsOptional() @IsString() direction?: Target['direction'];
}

/** What a definition says, at one version: everything but its id and owner. */
class IndicatorContent {
  @IsString() code!: string;
  @IsString() nameVi!: string;
  @IsString() nameEn!: string;
  /** Checked by the decider (checkFormula), which names the fault. */
  @IsObject() formula!: Formula;
  /** `%` for a percentage, else a unit word (`hoạt động`, `người`). */
  @IsString() unit!: string;
  @NestedList(() => TargetPart) targets!: TargetPart[];
}

/** A plan indicator, version 1, owned by `ownerUnitId`. Its id may not be a programme indicator's. */
export class DefineIndicator extends IndicatorContent {
  @IsString() indicatorId!: string;
  @IsString() ownerUnitId!: string;
}

/** The whole definition again (the owner unit stays): a new version when anything changed. */
export class ReviseIndicator extends IndicatorContent {
  @IsString() indicatorId!: string;
}

/** Final: a retired indicator is no longer offered for plans; its values stay computable at its last version. */
export class RetireIndicator {
  @IsString() indicatorId!: string;
  @IsString() reason!: string;
}

const onItsIndicator = {
  streamId: (p: { indicatorId: string }) => indicatorStreamId(p.indicatorId),
  rights: (p: { indicatorId: string }) => writingOn('indicator', p.indicatorId),
};

export const indicatorCommandTypes = [
  commandType('DefineIndicator', DefineIndicator, { streamId: (p) => indicatorStreamId(p.indicatorId), rights: (p) => writingFor(p.ownerUnitId) }),
  commandType('ReviseIndicator', ReviseIndicator, onItsIndicator),
  commandType('RetireIndicator', RetireIndicator, onItsIndicator),
] as const;

// ---- events --------------------------------------------------------------------------------

export class TargetData implements Target {
  @IsInt() year!: number;
  @IsFiniteNumber() value!: number;
  @IsOptional() @IsIn(TARGET_DIRECTIONS) direction?: Target['direction'];
}

/** The whole definition at one version (a plan indicator's IndicatorDefinition, `origin` aside). */
export class IndicatorVersionData {
  @IsNonEmptyText() indicatorId!: string;
  @IsInt() @Min(1) version!: number;
  @IsNonEmptyText() code!: string;
  @IsNonEmptyText() nameVi!: string;
  @IsNonEmptyText() nameEn!: string;
  @IsFormula() formula!: Formula;
  @IsNonEmptyText() unit!: string;
  @NestedList(() => TargetData) targets!: TargetData[];
  @IsNonEmptyText() ownerUnitId!: string;
}

/** Version 1. `definedBy`: the acting account; `definedAt`: the server's time. */
export class IndicatorDefined extends IndicatorVersionData {
  @IsNonEmptyText() definedBy!: string;
  @IsIsoDateTime() definedAt!: string;
}

/** Version n (one more than the last): the definition from now on. */
export class IndicatorRevised extends IndicatorVersionData {
  @IsNonEmptyText() revisedBy!: string;
  @IsIsoDateTime() revisedAt!: string;
}

/** The last version, retired (its definition repeated so a copy needs nothing else). */
export class IndicatorRetired extends IndicatorVersionData {
  @IsNonEmptyText() reason!: string;
  @IsNonEmptyText() retiredBy!: string;
  @IsIsoDateTime() retiredAt!: string;
}

export const indicatorEventTypes = [
  eventType('IndicatorDefined', IndicatorDefined),
  eventType('IndicatorRevised', IndicatorRevised),
  eventType('IndicatorRetired', IndicatorRetired),
] as const;

/** The definition an indicator event carries, as the engine evaluates it. */
export function definitionOfEvent(data: IndicatorVersionData): IndicatorDefinition {
  const { indicatorId, version, code, nameVi, nameEn, formula, unit, targets, ownerUnitId } = data;
  return { indicatorId, version, code, nameVi, nameEn, formula, unit, targets, origin: 'plan', ownerUnitId };
}
