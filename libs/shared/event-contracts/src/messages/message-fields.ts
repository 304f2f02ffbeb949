// class-transformer's @Type reads design-time types through the Reflect metadata API.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsArray, IsNumber, IsObject, IsString, Matches, ValidateBy, ValidateNested, type ValidationOptions } from 'class-validator';
import { ISO_DATE, ISO_DATETIME } from './iso-dates';

/**
 * Field rules shared by every context's messages. Event rules are as loose as the data already
 * stored under them (a stricter rule would make history unreadable); commands may be stricter.
 */

/** A string with something other than spaces in it (ids, names, reasons). */
export function IsNonEmptyText(options?: ValidationOptions): PropertyDecorator {
  return (target, key) => {
    IsString(options)(target, key);
    Matches(/\S/, { message: `$property must not be empty`, ...options })(target, key);
  };
}

/** A calendar date, `YYYY-MM-DD`. */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: { validate: (value) => typeof value === 'string' && ISO_DATE.test(value), defaultMessage: () => '$property must be a date (YYYY-MM-DD)' },
    },
    options,
  );
}

/** An instant with its offset, for example `2026-07-01T07:00:00+07:00`. */
export function IsIsoDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDateTime',
      validator: {
        validate: (value) => typeof value === 'string' && ISO_DATETIME.test(value) && !Number.isNaN(Date.parse(value)),
        defaultMessage: () => '$property must be a date and time with its offset',
      },
    },
    options,
  );
}

/** A finite number (ranges are the decider's to check, with their own codes). */
export const IsFiniteNumber = (options?: ValidationOptions): PropertyDecorator => IsNumber({ allowNaN: false, allowInfinity: false }, options);

/** A nested message part, checked by its own class. */
export function Nested(part: () => new () => object): PropertyDecorator {
  return (target, key) => {
    IsObject()(target, key);
    ValidateNested()(target, key);
    Type(part)(target, key);
  };
}

/** A list of nested message parts, each checked by its class. */
export function NestedList(part: () => new () => object): PropertyDecorator {
  return (target, key) => {
    IsArray()(target, key);
    ValidateNested({ each: true })(target, key);
    Type(part)(target, key);
  };
}
