// The command-line edge: parses arguments, calls the commands, maps outcomes to exit codes
// (0 ok, 1 some documents failed, 2 usage error).
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { ingest, formatIngestSummary, formatTotals } from './commands/ingest.js';
import { extract } from './commands/extract.js';
import { show } from './commands/show.js';
import { evaluate } from './commands/eval.js';
import { UsageError } from './commands/errors.js';
import { DEFAULT_DB, DEFAULT_MAX_BYTES, parseInputFormat, parsePublished, parseSeconds, parseSize, parseWorkers, parseCommitEvery } from './commands/options.js';
import { MAX_DOCS } from './commands/write-buffer.js';
import { DEFAULT_DOC_TIMEOUT_MS } from './pool/pool.js';
import { withStore } from './store/open.js';
import { StoreError } from './store/store.js';
import type { Registry } from './registry.js';
import { defaultRegistry } from '../extractors/index.js';
import { toolVersion } from './version.js';
import { missingInputs } from './document/read.js';
import { loadGazetteer } from '../extractors/groups/gazetteer.js';
import type { AliasEntry } from './query/types.js';
import { documentOption, parseCount, queryOptions, withQueryStore } from './commands/query-options.js';
import { claimsCommand } from './commands/claims.js';
import { casualtiesCommand } from './commands/casualties.js';
import { conflictsCommand } from './commands/conflicts.js';
import { documentsCommand, groupsCommand, speakersCommand } from './commands/entities.js';
import { exportCommand } from './commands/export.js';
import { serveCommand } from './commands/serve.js';

/** A nonexistent input is a usage error, found before any database is created. */
function checkInputs(inputs: readonly string[]): void {
  const missing = missingInputs(inputs);
  if (missing.length) throw new UsageError(`no such file or directory: ${missing.join(', ')}`);
}

/** The groups gazetteer as the alias table `--group` and `--speaker` accept any name of. */
function gazetteerAliases(): AliasEntry[] {
  return loadGazetteer().entries.map((e) => ({ id: e.id, name: e.name, aliases: [...e.aliases, ...(e.acronyms ?? []).map((a) => (typeof a === 'string' ? a : a.form))] }));
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
      .addOption(new Option('--commit-every <n>', 'documents per transaction at most (also one a second); a kill loses only the open one').default(MAX_DOCS).argParser(parseCommitEvery))
      .option('--verbose', 'list the files skipped in input directories, with the reason', false)
      .addHelpText('after', '\nExamples:\n  communique ingest corpus/\n  communique ingest releases/ more.jsonl --db claims.db --reprocess'),
  ).action(async (inputs: string[], opts) => {
    checkInputs(inputs);
    // Ctrl-C: finish the current document, mark the run interrupted, say how to resume; a second one kills.
    const controller = new AbortController();
    const onInt = () => {
      if (controller.signal.aborted) process.exit(130);
      controller.abort();
      process.stderr.write('\ncommunique: interrupt: stopping after the current document (Ctrl-C again to stop at once)\n');
    };
    process.on('SIGINT', onInt);
    try {
      const { summary, totals } = await withStore(opts.db, registry, { mode: 'write' }, async (store) => ({
        summary: await ingest(inputs, { ...poolable(opts, registry), signal: controller.signal }, store, registry),
        totals: await store.totals(),
      }));
      process.stderr.write(`${formatIngestSummary(summary, opts.verbose)}\n`);
      process.stdout.write(`${opts.db}: ${formatTotals(totals)}\n`);
      process.exitCode = summary.interrupted ? 130 : summary.failures > 0 ? 1 : 0;
    } finally {
      process.off('SIGINT', onInt);
    }
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
    checkInputs(inputs);
    const failures = await extract(inputs, poolable(opts, registry), registry);
    process.exitCode = failures > 0 ? 1 : 0;
  });

  program
    .command('show')
    .description('print stored documents with their extractions (the text with every extraction marked)')
    .argument('<docs...>', 'document ids (or unique prefixes), external ids or file paths')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'jsonl']).default('table'))
    .option('--with-text', 'add document.text to json output', false)
    .action(async (refs: string[], opts) => {
      const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      process.stdout.write(`${await withStore(opts.db, registry, { mode: 'read' }, (store) => show(refs, { ...opts, color }, store, registry))}\n`);
    });


  queryOptions(
    documentOption(
      program
        .command('claims')
        .description('claims with their speaker, document and sentence; the filters combine')
        .option('--speaker <name>', 'canonical speaker id, any alias seen, or a near spelling (Sergei/Sergey Lavrov, "Russian Defence Ministry")')
        .option('--group <name>', 'claims whose content names this group (gazetteer id or any alias)')
        .option('--from <date>', 'claims published on or after this date (2016, 2016-02, 2016-02-27)')
        .option('--to <date>', 'claims published on or before this date')
        .option('--source <name>', 'source kind (wire, ministry, transcript, other) or agency (tass, reuters…)')
        .option('--agency <name>', 'same as --source')
        .option('--kind <kind>', 'direct, indirect, mixed or author')
        .option('--with-figures', 'only claims that contain a casualty figure')
        .option('--search <query>', 'full text (FTS5) over claim content and document text, ranked, matches marked')
        .addOption(new Option('--sort <order>', 'row order (default: rank with --search, else -date)').choices(['date', '-date', 'rank', 'speaker', 'document'])),
    ),
    ['table', 'json', 'jsonl', 'csv', 'claimreview'],
  )
    .addHelpText('after', '\nExamples:\n  communique claims --speaker "Russian Defence Ministry" --from 2016-02 --search civilians\n  communique claims --group "Nusra Front" --format csv > nusra.csv\n  communique claims --speaker Lavrov --format claimreview')
    .action(async (opts) => withQueryStore(opts.db, registry, gazetteerAliases(), (store) => claimsCommand(opts, store)));

  queryOptions(
    documentOption(
      program
        .command('casualties')
        .description('casualty figures with their date, place, speaker and sentence')
        .option('--category <c>', 'civilians, children, women, military, militants, people')
        .option('--outcome <o>', 'killed, wounded, missing, captured')
        .option('--from <date>', "on the figure's date (stated in its sentence, else the publication date)")
        .option('--to <date>', "on the figure's date")
        .option('--place <name>', 'place of the figure (figures without a place: their sentence names it)')
        .addOption(new Option('--min <n>', 'figures of at least n').argParser(parseCount))
        .addOption(new Option('--max <n>', 'figures of at most n').argParser(parseCount))
        .option('--speaker <name>', 'figures inside claims of this speaker')
        .option('--source <name>', 'source kind or agency')
        .addOption(new Option('--sort <order>', 'row order').choices(['date', '-date', 'count', '-count']).default('date')),
    ),
  )
    .addHelpText('after', '\nExamples:\n  communique casualties --outcome killed --place Aleppo\n  communique casualties --category civilians --from 2016-02 --format csv')
    .action(async (opts) => withQueryStore(opts.db, registry, gazetteerAliases(), (store) => casualtiesCommand(opts, store)));

  queryOptions(
    program
      .command('conflicts')
      .description('figures of the same outcome, category and place over the same period that disagree, side by side (never merged)')
      .option('--category <c>', 'civilians, children, women, military, militants, people')
      .option('--outcome <o>', 'killed, wounded, missing, captured')
      .option('--from <date>', 'periods ending on or after this date')
      .option('--to <date>', 'periods starting on or before this date')
      .option('--place <name>', 'only this place')
      .option('--unplaced', 'also compare figures whose place is unknown (by period only)'),
  )
    .addHelpText('after', '\nExamples:\n  communique conflicts --category civilians --outcome killed\n  communique conflicts --unplaced --format json')
    .action(async (opts) => withQueryStore(opts.db, registry, gazetteerAliases(), (store) => conflictsCommand(opts, store)));

  queryOptions(
    documentOption(
      program
        .command('groups')
        .description('groups and organisations named in the texts: mentions, documents, claims, first/last seen, spellings seen')
        .option('--group <name>', 'only this group (id or any alias)')
        .option('--from <date>', 'documents published on or after this date')
        .option('--to <date>', 'documents published on or before this date')
        .option('--all', 'also unnamed matches (discovered names, descriptors)')
        .option('--unknown', 'only organisation-like names missing from the gazetteer, with counts and an example sentence (for curation)'),
    ),
  )
    .addHelpText('after', '\nExamples:\n  communique groups\n  communique groups --group "al-Nusra Front" --format json')
    .action(async (opts) => withQueryStore(opts.db, registry, gazetteerAliases(), (store) => groupsCommand(opts, store)));

  queryOptions(
    program
      .command('speakers')
      .description('speakers (canonical entities) with their claim counts and the aliases seen')
      .option('--speaker <name>', 'only speakers matching this name (alias, fuzzy)')
      .option('--type <type>', 'person, organization or unknown')
      .option('--from <date>', 'claims published on or after this date')
      .option('--to <date>', 'claims published on or before this date'),
  )
    .addHelpText('after', '\nExamples:\n  communique speakers\n  communique speakers --speaker lavrov --format csv')
    .action(async (opts) => withQueryStore(opts.db, registry, gazetteerAliases(), (store) => speakersCommand(opts, store)));

  queryOptions(
    program
      .command('documents')
      .description('stored documents with their metadata and item counts')
      .option('--from <date>', 'published on or after this date')
      .option('--to <date>', 'published on or before this date')
      .option('--source <name>', 'source kind or agency')
      .option('--search <query>', 'full text (FTS5) over title and text, ranked, matches marked')
      .option('--speaker <name>', 'documents with claims of this speaker')
      .option('--group <name>', 'documents naming this group')
      .addOption(new Option('--sort <order>', 'row order').choices(['date', '-date', 'rank', 'title'])),
  )
    .addHelpText('after', '\nExamples:\n  communique documents\n  communique documents --search ceasefire --from 2016')
    .action(async (opts) => withQueryStore(opts.db, registry, gazetteerAliases(), (store) => documentsCommand(opts, store)));

  documentOption(
    program
      .command('export')
      .description('write the database (or chosen documents) as the JSON contract, TimeML or brat standoff')
      .option('--db <path>', 'SQLite database file', DEFAULT_DB)
      .addOption(new Option('--format <format>', 'jsonl (documents.jsonl), timeml (<id>.tml), brat (<id>.txt + <id>.ann + annotation.conf)').choices(['jsonl', 'timeml', 'brat']).default('jsonl'))
      .requiredOption('--out <dir>', 'directory to write into (created if missing)'),
  )
    .addHelpText('after', '\nExamples:\n  communique export --format brat --out review/\n  communique export --document e54de571 --format timeml --out tml/')
    .action(async (opts) => {
      const done = await withQueryStore(opts.db, registry, [], (store) => exportCommand(opts, store, registry));
      process.stderr.write(`exported ${done.documents} documents to ${opts.out} (${done.files} files)\n`);
    });

  program
    .command('serve')
    .description('serve the web view of the database (read-only) on localhost until Ctrl-C')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .addOption(new Option('--port <n>', 'port (0: any free one)').default(8080).argParser(parseCount))
    .option('--host <address>', 'address to bind (127.0.0.1: this machine only)', '127.0.0.1')
    .addHelpText('after', '\nExamples:\n  communique serve --db claims.db\n  communique serve --port 3000')
    .action(async (opts) => serveCommand(opts, registry, gazetteerAliases()));

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
