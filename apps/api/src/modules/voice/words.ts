import { IsString, Matches, MaxLength } from 'class-validator';
import { stacked } from '../../common/validators';

/** Words of up to `maxLength` characters with something in them besides spaces (they are stored trimmed). */
export const Words = (maxLength: number) =>
  stacked(IsString(), Matches(/\S/, { message: ({ property }) => `${property} must not be empty` }), MaxLength(maxLength));
