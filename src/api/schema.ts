// Builds the type-graphql schema. `schema.graphql` at the project root is its printed form,
// committed and checked for drift (`npm run schema:check`).
import 'reflect-metadata';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as GraphQL from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage, validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, buildSchema, type AuthChecker } from 'type-graphql';
import { projectRoot } from '../config.ts';
import type { ApiContext } from './context.ts';
import { ForbiddenError } from './errors/index.ts';
import { ArticleResolver } from './resolvers/article.resolver.ts';
import { CurationResolver } from './resolvers/curation.resolver.ts';
import { EntityRelationsResolver } from './resolvers/entity-relations.resolver.ts';
import { EntityResolver } from './resolvers/entity.resolver.ts';
import { EventResolver } from './resolvers/event.resolver.ts';
import { EvidenceResolver } from './resolvers/evidence.resolver.ts';
import { GraphResolver } from './resolvers/graph.resolver.ts';
import { IngestResolver } from './resolvers/ingest.resolver.ts';
import { RoleResolver } from './resolvers/role.resolver.ts';
import { StatementResolver } from './resolvers/statement.resolver.ts';
import { StatsResolver } from './resolvers/stats.resolver.ts';
import { TimelineResolver } from './resolvers/timeline.resolver.ts';
import { Country } from './types/country.type.ts';
import { Court } from './types/court.type.ts';
import { entityTypeName } from './types/entity.type.ts';
import { Group } from './types/group.type.ts';
import { Organisation } from './types/organisation.type.ts';
import { Person } from './types/person.type.ts';
import { Place } from './types/place.type.ts';
import { timelineItemTypeName } from './types/timeline-item.union.ts';

// The graphql that type-graphql builds the schema with (its CommonJS build). Test runners
// that resolve `graphql` to its ESM build would otherwise hand printSchema a schema from
// "another realm" and fail.
const { isInterfaceType, isUnionType, lexicographicSortSchema, printSchema } = createRequire(import.meta.url)(
  'graphql',
) as typeof GraphQL;

export const SCHEMA_FILE = path.join(projectRoot, 'schema.graphql');

/**
 * `@Authorized('writer')` fields need the writer role: loopback clients when the server has
 * no write token, else requests with `Authorization: Bearer <token>` (see roleOf in server.ts).
 */
const authChecker: AuthChecker<ApiContext> = ({ context, info }, roles) => {
  if (roles.every((r) => r === context.role)) return true;
  throw new ForbiddenError(
    `${info.fieldName} needs the ${roles.join(', ')} role: send "Authorization: Bearer <NEWSGRAPH_WRITE_TOKEN>" (or, on a server without a token, call from the same machine).`,
  );
};

export const resolvers = [
  EntityResolver,
  EntityRelationsResolver,
  ArticleResolver,
  StatementResolver,
  EventResolver,
  EvidenceResolver,
  RoleResolver,
  TimelineResolver,
  GraphResolver,
  StatsResolver,
  IngestResolver,
  CurationResolver,
] as const;

/** type-graphql's own settings for class-validator (missing properties skipped, unknown values allowed). */
const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };
/** Per args or input class: whether it declares any validation rule. */
const hasRules = new Map<object['constructor'], boolean>();

/**
 * Argument validation with the class-validator rules on the args and input classes, as
 * type-graphql's built-in validation does, but imported once: the built-in one runs
 * `await import('class-validator')` for every object argument of every field, which under
 * the TypeScript loader is a round trip to the loader's worker thread (about half of the
 * GraphQL execution time of a 50-entity page). Classes without rules are not walked at all.
 */
async function validateArgs(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item === null || typeof item !== 'object') continue;
    const cls = (item as object).constructor;
    let rules = hasRules.get(cls);
    if (rules === undefined) {
      rules = cls === Object || getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false).length > 0;
      hasRules.set(cls, rules);
    }
    if (!rules) continue;
    try {
      await validateOrReject(item, VALIDATOR_OPTIONS);
    } catch (err) {
      throw new ArgumentValidationError(err as ConstructorParameters<typeof ArgumentValidationError>[0]);
    }
  }
}

let cached: GraphQLSchema | undefined;

export async function buildApiSchema(): Promise<GraphQLSchema> {
  if (!cached) {
    cached = await buildSchema({
      resolvers: [...resolvers],
      orphanedTypes: [Person, Organisation, Court, Country, Place, Group],
      authChecker,
      validateFn: validateArgs,
    });
    synchronousResolveType(cached);
  }
  return cached;
}

/**
 * type-graphql wraps every `resolveType` in an async function, so each entity or timeline
 * item in an answer became a promise and its parents were completed asynchronously (in a
 * profile of `EventsOf`, 50 events with their participants, promise handling was about 12%
 * of all samples; the bench's GraphQL/Cypher ratio went 1.40× → 1.13×). Ours are plain
 * field reads, so the schema gets them back unwrapped.
 */
function synchronousResolveType(schema: GraphQLSchema): void {
  const entity = schema.getType('Entity');
  const timelineItem = schema.getType('TimelineItem');
  if (!isInterfaceType(entity) || !isUnionType(timelineItem))
    throw new Error('schema: Entity must be an interface and TimelineItem a union');
  entity.resolveType = entityTypeName;
  timelineItem.resolveType = timelineItemTypeName;
}

export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}

/** Writes schema.graphql, or with `check` fails when it differs from the code. */
export async function emitSchema(check: boolean): Promise<{ ok: boolean; file: string }> {
  const printed = await printApiSchema();
  if (check) {
    const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    return { ok: current === printed, file: SCHEMA_FILE };
  }
  fs.writeFileSync(SCHEMA_FILE, printed);
  return { ok: true, file: SCHEMA_FILE };
}
