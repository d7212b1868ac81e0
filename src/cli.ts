// The command-line edge: parses arguments, calls the commands, maps outcomes to exit codes
// (0 ok, 1 some documents failed, 2 usage error).
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { ingest, formatIngestSummary, formatTotals } from './commands/ingest.js';
import { extract } from './commands/extract.js';
import { show } from './commands/show.js';
import { evaluate } from './commands/eval.js';
import { UsageError } from './commands/errors.js';
import { DEFAULT_DB, DEFAULT_MAX_BYTES, parseInputFormat, parsePublished, parseSeconds, parseSize, parseWorkers } from './commands/options.js';
import { DEFAULT_DOC_TIMEOUT_MS } from './pool/pool.js';
import { openStore } from './store/open.js';
import { StoreError, type Store } from './store/store.js';
import type { Registry } from './registry.js';
import { defaultRegistry } from '../extractors/index.js';
import { toolVersion } from './version.js';

/** Runs `fn` with a store opened for the command, closing it whatever happens. */
async function withStore<T>(location: string, registry: Registry, mode: 'read' | 'write', fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location, registry, { mode });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function inputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--input-format <format>', 'how to read inputs: auto (by extension, else sniffed), text, html, jsonl').default('auto').argParser(parseInputFormat))
    .addOption(new Option('--published <date>', "override every document's publication date (ISO)").argParser(parsePublished))
    .addOption(new Option('--max-bytes <size>', 'refuse documents larger than this (e.g. 20m)').default(DEFAULT_MAX_BYTES, '20m').argParser(parseSize))
    .addOption(new Option('--workers <n>', `worker threads for extraction, 0 = in the main thread (default: one per core, ${availableParallelism()} here; in the main thread for inputs under 1 MB)`).argParser(parseWorkers))
    .addOption(new Option('--doc-timeout <seconds>', 'fail a document that takes a worker longer than this').default(DEFAULT_DOC_TIMEOUT_MS / 1000).argParser(parseSeconds));
}

/** Worker threads build the default registry themselves; any other registry (tests' toy extractors) runs in-process. */
function poolable<T extends { workers?: number | undefined }>(opts: T, registry: Registry): T {
  return registry === defaultRegistry ? opts : { ...opts, workers: 0 };
}

export function buildProgram(registry: Registry = defaultRegistry): Command {
  const program = new Command();
  program
    .name('communique')
    .description('Turn official statements and wire stories into a queryable claims database: dates, casualty figures, groups and claims, with character offsets.')
    .version(toolVersion)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  communique ingest corpus/ ~/releases/ --db claims.db
  communique ingest archive.jsonl --workers 2 --doc-timeout 30
  communique extract release.txt --format json
  communique extract docs.jsonl --format jsonl > extractions.jsonl
  cat statement.txt | communique extract - --published 2016-09-19
  communique show e54de571 --db claims.db
  communique eval --baseline fixtures/baseline.json

Exit codes: 0 ok, 1 some documents failed (the rest were processed), 2 usage error.`,
    );

  inputOptions(
    program
      .command('ingest')
      .description('read documents, run the extractors and store everything in the SQLite database (each document atomically)')
      .argument('<inputs...>', 'files (.txt, .html, .jsonl), directories (recursive) or - for stdin')
      .option('--db <path>', 'SQLite database file', DEFAULT_DB)
      .option('--reprocess', 're-run extraction on stored documents whose extractor version changed', false)
      .addHelpText('after', '\nExamples:\n  communique ingest corpus/\n  communique ingest releases/ more.jsonl --db claims.db --reprocess'),
  ).action(async (inputs: string[], opts) => {
    const { summary, totals } = await withStore(opts.db, registry, 'write', async (store) => ({
      summary: await ingest(inputs, poolable(opts, registry), store, registry),
      totals: await store.totals(),
    }));
    process.stderr.write(`${formatIngestSummary(summary)}\n`);
    process.stdout.write(`${opts.db}: ${formatTotals(totals)}\n`);
    process.exitCode = summary.failures > 0 ? 1 : 0;
  });

  inputOptions(
    program
      .command('extract')
      .description('run the extractors and print what was found (no database)')
      .argument('<inputs...>', 'files (.txt, .html, .jsonl), directories (recursive) or - for stdin')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'jsonl']).default('table'))
      .option('--with-text', 'add document.text, the stored text the offsets index', false)
      .addHelpText('after', '\nExamples:\n  communique extract release.txt --format json\n  communique extract docs.jsonl --format jsonl --with-text'),
  ).action(async (inputs: string[], opts) => {
    const failures = await extract(inputs, poolable(opts, registry), registry);
    process.exitCode = failures > 0 ? 1 : 0;
  });

  program
    .command('show')
    .description('print a stored document with its extractions')
    .argument('<doc>', 'document id (or a unique prefix), external id or file path')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'jsonl']).default('table'))
    .option('--with-text', 'add document.text to json output', false)
    .action(async (ref: string, opts) => {
      process.stdout.write(`${await withStore(opts.db, registry, 'read', (store) => show(ref, opts, store, registry))}\n`);
    });

  program
    .command('eval')
    .description('score the extractors against hand-written gold; with --baseline, fail on regressions')
    .option('--gold <dir>', 'gold directory (with --corpus: score that one collection instead of corpus/ and fixtures/fakes-dev/)')
    .option('--corpus <dir>', 'directory of the texts the --gold files annotate')
    .option('--baseline <file>', 'compare with this baseline; exit 1 when a metric drops by more than the tolerance')
    .option('--update-baseline', 'rewrite the baseline file with the current scores', false)
    .option('--tolerance <n>', 'allowed drop of any metric', (v) => Number(v), 0.005)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addHelpText('after', '\nExamples:\n  communique eval\n  communique eval --baseline fixtures/baseline.json\n  communique eval --baseline fixtures/baseline.json --update-baseline')
    .action((opts) => {
      const { output, ok } = evaluate(opts, registry);
      process.stdout.write(`${output}\n`);
      process.exitCode = ok ? 0 : 1;
    });

  return program;
}

export async function main(argv: string[], registry: Registry = defaultRegistry): Promise<void> {
  const program = buildProgram(registry);
  program.exitOverride();
  for (const cmd of program.commands) cmd.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof UsageError || err instanceof StoreError) {
      process.stderr.write(`communique: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`communique: ${(err as Error).message}\n`);
    process.exitCode = 2;
  }
}
