// The core schema as ordered migrations; PRAGMA user_version records how many have run.
// Add a migration by appending to the list — never edit one that has shipped.
// Extractor tables are not listed here after version 1: each descriptor's storage spec creates and
// extends its own table (extractor-tables.ts). Version 1 named the four original extractors' tables
// and is kept as shipped.

import m001 from './001-core.js';
import m002 from './002-links.js';
import m003 from './003-appearances.js';
import m004 from './004-documents-fts.js';
import m005 from './005-derived.js';
import m006 from './006-stats.js';
import m007 from './007-documents-fts-external.js';
import m008 from './008-unused-indexes.js';
import m009 from './009-fts-indexed-by-writer.js';

export const migrations: readonly string[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009];

export const SCHEMA_VERSION = migrations.length;
