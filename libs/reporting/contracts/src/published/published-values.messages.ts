import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsIsoDateTime, IsNonEmptyText, NestedList, streamIdOf } from '@tn/shared-event-contracts';
import { IsInt, IsOptional, IsString, Min, ValidateBy } from 'class-validator';
import { writingFor } from '../common/command-rights';
import { publishedValuesIdOf } from './published-values-keys';

/**
 * Published indicator values (one stream per unit and period): the figures a unit makes public
 * for a period, computed by the gateway's indicator engine (it alone sees every context's
 * facts) and recorded here, each publication a new revision (1, 2, …) that supersedes the last.
 *
 * This is the public analytics event of the programme's indicators. It carries only unit ids,
 * indicator ids, definition versions, dates and numbers, and who published it as an account id:
 * no name, no personal data (domain.md §8). Its public form (`reporting.IndicatorValuesPublished`
 * on the context's public topic) leaves out even the account. Reports (part 2) will pin these
 * revisions: a report names the revision it was made from, so a later one does not change it.
 * Command fields are checked for shape only; the decider checks meaning with its own codes.
 */

export const PUBLISHED_VALUES_STREAM_TYPE = 'published-values';
export const publishedValuesStreamId = (unitId: string, period: string) => streamIdOf(PUBLISHED_VALUES_STREAM_TYPE, publishedValuesIdOf(unitId, period));

/** A finite number, or null for "none" (a ratio over nothing has no value; K5's counts have no target). Absent is refused. */
function IsFiniteNumberOrNull(): PropertyDecorator {
  return ValidateBy({
    name: 'isFiniteNumberOrNull',
    validator: {
      validate: (value) => value === null || (typeof value === 'number' && Number.isFinite(value)),
      defaultMessage: () => '$property must be a finite number or null',
    },
  });
}

// ---- commands ------------------------------------------------------------------------------

/**
 * One indicator's value as the engine computed it, naming the definition version it came from.
 * A null (or absent) number is "none": the route drops nulls before the decider sees them.
 */
export class PublishedValuePart {
  @IsString() indicatorId!: string;
  @IsFiniteNumber() version!: number;
  @IsOptional() @IsFiniteNumber() value?: number | null;
  @IsOptional() @IsFiniteNumber() numerator?: number | null;
  @IsOptional() @IsFiniteNumber() denominator?: number | null;
  @IsOptional() @IsFiniteNumber() target?: number | null;
}

/**
 * The unit's values for a period (one that has ended or is under way), attributed by the
 * hierarchy of `structureDate`. Publishing again supersedes; the same values again record nothing.
 */
export class PublishIndicatorValues {
  @IsString() unitId!: string;
  @IsString() period!: string;
  @IsString() structureDate!: string;
  /** The day the engine counted stocks on: the period's last day, or the gateway's today for a period under way. */
  @IsOptional() @IsIsoDate() stocksOn?: string;
  @NestedList(() => PublishedValuePart) values!: PublishedValuePart[];
}

export const publishedValuesCommandTypes = [
  commandType('PublishIndicatorValues', PublishIndicatorValues, {
    streamId: (p) => publishedValuesStreamId(p.unitId, p.period),
    rights: (p) => writingFor(p.unitId),
  }),
] as const;

// ---- events --------------------------------------------------------------------------------

/** One indicator's published value: every number present, null when there is none. */
export class PublishedValueData {
  @IsNonEmptyText() indicatorId!: string;
  @IsInt() @Min(1) version!: number;
  @IsFiniteNumberOrNull() value!: number | null;
  @IsFiniteNumberOrNull() numerator!: number | null;
  @IsFiniteNumberOrNull() denominator!: number | null;
  @IsFiniteNumberOrNull() target!: number | null;
}

/** What a publication makes public, whoever published it: the public event's data too. */
export class PublishedValuesContent {
  @IsNonEmptyText() unitId!: string;
  @IsNonEmptyText() period!: string;
  @IsIsoDate() structureDate!: string;
  /**
   * The day stocks (cadres, groups, partners, units) were counted: the period's last day, or the
   * day of publication for a period under way. Absent from revisions published before it was recorded.
   */
  @IsOptional() @IsIsoDate() stocksOn?: string;
  /** 1 for the first publication of the unit and period, one more for each that supersedes it. */
  @IsInt() @Min(1) revision!: number;
  @NestedList(() => PublishedValueData) values!: PublishedValueData[];
  /** The server's time. */
  @IsIsoDateTime() publishedAt!: string;
}

/** The unit's values for the period from now on (revision n supersedes n − 1). `publishedBy`: the acting account's id. */
export class IndicatorValuesPublished extends PublishedValuesContent {
  @IsNonEmptyText() publishedBy!: string;
}

export const publishedValuesEventTypes = [eventType('IndicatorValuesPublished', IndicatorValuesPublished)] as const;
