// The `newsgraph` command line.
import 'reflect-metadata';
import { Command } from 'commander';
import { loadSettings } from '../config.ts';
import { ServiceManager } from '../services/manager.ts';
import { ServiceError } from '../services/process.ts';
import { InputError } from '../extract/types.ts';
import { mergeCommand, reviewCommand, splitCommand } from './commands/entities.command.ts';
import { exportCommand } from './commands/export.command.ts';
import { extractCommand } from './commands/extract.command.ts';
import { ingestCommand } from './commands/ingest.command.ts';
import { startCommand } from './commands/start.command.ts';
import { log } from './runtime.ts';

const program = new Command('newsgraph').description('News articles in, a knowledge graph out.').showHelpAfterError();

const exit = (code: number) => {
  process.exitCode = code;
};

program
  .command('start')
  .description('start the services, apply the schema, ingest seeds/ and serve GraphQL')
  .option('--no-seeds', 'do not ingest seeds/')
  .action(async (opts: { seeds: boolean }) => startCommand(opts));

const services = program.command('services').description('the embedded Neo4j and CoreNLP services');
services
  .command('start')
  .description('start both services in the background (or reuse running ones)')
  .action(async () => {
    const m = new ServiceManager(loadSettings());
    await m.start(['neo4j', 'corenlp'], log);
    log('services: running; stop them with `npx newsgraph services stop`');
  });
services
  .command('stop')
  .description('stop the services newsgraph started')
  .action(async () => {
    const stopped = await new ServiceManager(loadSettings()).stopAll();
    log(stopped.length ? `services: stopped ${stopped.join(', ')}` : 'services: nothing newsgraph started is running');
  });
services
  .command('status')
  .description('show each service and whether it answers')
  .action(async () => {
    for (const s of await new ServiceManager(loadSettings()).status()) {
      process.stdout.write(`${s.name.padEnd(8)} ${s.state.padEnd(9)} ${s.url}${s.pid ? ` (pid ${s.pid})` : ''}\n`);
    }
  });

program
  .command('ingest')
  .description('read, extract and store articles (files, folders, feeds)')
  .argument('<inputs...>', 'files or folders')
  .option('--force', 're-extract articles even when unchanged')
  .option('--concurrency <n>', 'articles in flight (default: CoreNLP threads × servers)')
  .action(async (inputs: string[], opts: { force?: boolean; concurrency?: string }) =>
    exit(await ingestCommand(inputs, opts)),
  );

program
  .command('extract')
  .description('run the extraction pipeline without a database; one JSON line per article')
  .argument('<inputs...>', 'files or folders')
  .option('--format <format>', 'output format', 'jsonl')
  .action(async (inputs: string[], opts: { format: string }) => exit(await extractCommand(inputs, opts)));

program
  .command('export')
  .description('write the graph (or a neighbourhood) as GraphML, GEXF or Cytoscape.js JSON')
  .requiredOption('--format <format>', 'graphml, gexf or cytoscape')
  .option('--around <id>', 'only the neighbourhood of this entity')
  .option('--depth <n>', 'neighbourhood depth, 1 to 3 (default 1)')
  .option('--out <file>', 'write to a file instead of stdout')
  .action(async (opts: { format: string; around?: string; depth?: string; out?: string }) =>
    exit(await exportCommand(opts)),
  );

const entities = program
  .command('entities')
  .description('curate entities: merge two that are one, split an alias off, review possible duplicates');
entities
  .command('merge')
  .description('merge <mergeId> into <keepId>: every mention, statement, event and role moves over')
  .argument('<keepId>', 'the entity that stays')
  .argument('<mergeId>', 'the entity merged into it (deleted afterwards)')
  .action(async (keepId: string, mergeId: string) => exit(await mergeCommand(keepId, mergeId)));
entities
  .command('split')
  .description('split <alias> off <entityId> into a new entity, with the mentions and statements written that way')
  .argument('<entityId>', 'the entity that has the alias')
  .argument('<alias>', 'the alias, exactly as listed in its aliases')
  .action(async (id: string, alias: string) => exit(await splitCommand(id, alias)));
entities
  .command('review')
  .description('list pairs linked POSSIBLY_SAME_AS, most likely first')
  .option('--first <n>', 'how many pairs (1 to 1000)', '50')
  .option('--json', 'one JSON object per line')
  .action(async (opts: { first?: string; json?: boolean }) => exit(await reviewCommand(opts)));

program
  .command('schema')
  .description('write schema.graphql (--write) or check it matches the code (--check)')
  .option('--write', 'write schema.graphql')
  .option('--check', 'fail when schema.graphql is out of date')
  .action(async (opts: { write?: boolean; check?: boolean }) => {
    const { emitSchema } = await import('../api/schema.ts');
    const r = await emitSchema(!opts.write);
    if (!r.ok) {
      log(`${r.file} is out of date with the code: run \`npm run schema:emit\` and commit it.`);
      exit(1);
    } else log(opts.write ? `wrote ${r.file}` : `${r.file} is up to date`);
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ServiceError || err instanceof InputError) {
    log(`newsgraph: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
