import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, registerDecorator, ValidateIf, ValidationArguments, ValidationOptions } from 'class-validator';

/** A date-time field that must come after another field of the same body (end after start). */
export function IsAfter(otherField: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAfter',
      target: target.constructor,
      propertyName,
      constraints: [otherField],
      options: { message: `${propertyName} must be after ${otherField}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[otherField];
          if (typeof value !== 'string' || typeof other !== 'string') return true;
          return Date.parse(value) > Date.parse(other);
        },
      },
    });
}

/** A date field that must not come before another (an end date on or after its start). */
export function IsOnOrAfter(otherField: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isOnOrAfter',
      target: target.constructor,
      propertyName,
      constraints: [otherField],
      options: { message: `${propertyName} must not be before ${otherField}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[otherField];
          if (typeof value !== 'string' || typeof other !== 'string') return true;
          return Date.parse(value) >= Date.parse(other);
        },
      },
    });
}

/** Present and not null when sent: for required columns in a partial update. */
export const IsOptionalNotNull = () => ValidateIf((_: object, v: unknown) => v !== undefined);

/** A calendar date, YYYY-MM-DD. */
export const IsCalendarDate = () =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: ({ property }) => `${property} must be a date written YYYY-MM-DD` }),
    IsDateString({ strict: true }, { message: ({ property }) => `${property} must be a real date` }),
  );

/** An instant with its offset, e.g. 2026-10-24T09:00:00Z. */
export const IsInstant = () =>
  applyDecorators(
    IsDateString({ strict: true }, { message: ({ property }) => `${property} must be a date and time in ISO 8601, e.g. 2026-10-24T09:00:00Z` }),
    Matches(/(Z|[+-]\d{2}:?\d{2})$/, { message: ({ property }) => `${property} must include its time zone offset (e.g. Z)` }),
  );

/** The version the caller last saw, for optimistic locking. */
export const IsVersion = () =>
  applyDecorators(
    ApiProperty({ description: 'The version you last read; a stale one answers 409 with the current record', minimum: 1 }),
    IsInt({ message: 'version must be a whole number' }),
    Min(1),
  );

/** Decorators written as they would stand stacked above a property, top first (and applied bottom first, as stacked ones are). */
export const stacked = (...decorators: PropertyDecorator[]) => applyDecorators(...[...decorators].reverse());

/** Text with at least one character that is not a space, up to `maxLength`. */
export const IsFilledText = (maxLength: number) =>
  stacked(IsString(), Matches(/\S/, { message: ({ property }) => `${property} must not be empty` }), MaxLength(maxLength));

/** Free text that may be left out or cleared (null), up to `maxLength` characters. */
export const OptionalText = (maxLength: number, description?: string) =>
  stacked(ApiPropertyOptional({ maxLength, nullable: true, ...(description ? { description } : {}) }), IsOptional(), IsString(), MaxLength(maxLength));

/** One of `values`, documented as their enum (`api` adds to that: a description, a default, `required: false`); the message lists them. */
export const IsOneOf = (values: readonly (string | number)[], api: ApiPropertyOptions = {}) =>
  stacked(ApiProperty({ enum: values, ...api } as ApiPropertyOptions), IsIn([...values], { message: ({ property }) => `${property} must be one of: ${values.join(', ')}` }));
