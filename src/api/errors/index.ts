export { BadUserInputError } from './bad-user-input.error.ts';
export { ForbiddenError } from './forbidden.error.ts';
export { NotFoundError } from './not-found.error.ts';
export { QueryTooComplexError } from './query-too-complex.error.ts';
export { ServiceUnavailableError } from './service-unavailable.error.ts';
