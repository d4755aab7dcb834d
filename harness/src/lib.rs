//! pzdiff: the differential tester. It builds the patched reference CPython, compiles each case,
//! runs it on both engines, normalizes, diffs and reports.
//!
//! One module per concern:
//! - [`cpython`]: obtaining, patching, building and caching the reference engine, compiling
//!   `.py` to `.pyc` with it, and running a `.pyc` on it;
//! - [`engine`]: the common way to run a `.pyc` on either engine and capture what it printed;
//! - [`cases`]: discovering cases under `cases/` and reading their YAML metadata;
//! - [`normalize`]: the ordered, named normalization rules;
//! - [`diff`]: comparing two normalized outcomes and describing the first divergence;
//! - [`report`]: the per-run summary (and per-opcode coverage) a person reads;
//! - [`repro`]: reproducer directories for the cases a run finds failing.

pub mod cases;
pub mod cpython;
pub mod diff;
pub mod engine;
pub mod normalize;
pub mod report;
pub mod repro;
