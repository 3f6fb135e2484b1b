/**
 * The SQLite layout. Version 1. Items are keyed by (run, item key), so a
 * resumed or repeated write of the same item replaces, never duplicates.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
  id TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  tool_version TEXT NOT NULL,
  config_hash TEXT NOT NULL,
  suites_json TEXT NOT NULL,
  models_json TEXT NOT NULL,
  settings_json TEXT NOT NULL,
  spec_json TEXT NOT NULL DEFAULT '{}',
  counts_json TEXT
);
CREATE TABLE IF NOT EXISTS items (
  run_id TEXT NOT NULL REFERENCES runs(id),
  item_key TEXT NOT NULL,
  suite_id TEXT NOT NULL,
  sample_id TEXT NOT NULL,
  model_id TEXT NOT NULL,
  repeat INTEGER NOT NULL,
  category TEXT,
  status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
  prompt_hash TEXT NOT NULL,
  output TEXT,
  reasoning TEXT,
  input_tokens INTEGER,
  output_tokens INTEGER,
  latency_ms REAL,
  finish_reason TEXT,
  attempts INTEGER NOT NULL,
  cached INTEGER NOT NULL DEFAULT 0,
  error_kind TEXT,
  error_status INTEGER,
  error_message TEXT,
  PRIMARY KEY (run_id, item_key)
);
CREATE TABLE IF NOT EXISTS scores (
  run_id TEXT NOT NULL,
  item_key TEXT NOT NULL,
  scorer TEXT NOT NULL,
  value REAL,
  passed INTEGER,
  answer TEXT,
  explanation TEXT,
  PRIMARY KEY (run_id, item_key, scorer),
  FOREIGN KEY (run_id, item_key) REFERENCES items(run_id, item_key) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS items_by_suite_model ON items (run_id, suite_id, model_id);
`;
