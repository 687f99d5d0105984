// Builds the type-graphql schema. `schema.graphql` at the project root is its printed form,
// committed and checked for drift (`npm run schema:check`).
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker } from 'type-graphql';
import { projectRoot } from '../config.ts';
import type { ApiContext } from './context.ts';
import { ArticleResolver } from './resolvers/article.resolver.ts';
import { EntityResolver } from './resolvers/entity.resolver.ts';
import { Country } from './types/country.type.ts';
import { Court } from './types/court.type.ts';
import { Group } from './types/group.type.ts';
import { Organisation } from './types/organisation.type.ts';
import { Person } from './types/person.type.ts';
import { Place } from './types/place.type.ts';

export const SCHEMA_FILE = path.join(projectRoot, 'schema.graphql');

/** `@Authorized('writer')` fields need the writer role (see plugins/auth.ts). */
const authChecker: AuthChecker<ApiContext> = ({ context }, roles) => roles.every((r) => r === context.role);

export const resolvers = [EntityResolver, ArticleResolver] as const;

let cached: GraphQLSchema | undefined;

export async function buildApiSchema(): Promise<GraphQLSchema> {
  cached ??= await buildSchema({
    resolvers: [...resolvers],
    orphanedTypes: [Person, Organisation, Court, Country, Place, Group],
    authChecker,
    validate: { forbidUnknownValues: false },
  });
  return cached;
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
