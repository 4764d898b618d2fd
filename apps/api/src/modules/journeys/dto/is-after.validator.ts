import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

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
