// Dates in filters: YYYY, YYYY-MM or YYYY-MM-DD with a real month and day.
import { Matches } from 'class-validator';

export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** class-validator check for a partial date field, with a message naming the field. */
export const IsPartialDate = (field: string) =>
  Matches(PARTIAL_DATE, { message: `${field} must be a date: YYYY, YYYY-MM or YYYY-MM-DD` });
