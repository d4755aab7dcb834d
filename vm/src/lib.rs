//! pztrace: a Python 2.7 bytecode virtual machine that loads `.pyc` files and prints the
//! instruction-level trace defined in `docs/trace-format.md`.
//!
//! The public surface is small: [`RunConfig`] describes one run, [`run_pyc`] performs it and
//! returns its [`Outcome`]. Everything the program prints (trace and output, interleaved) goes
//! to the `stdout` writer, tracebacks and VM error messages to `stderr`.

pub mod builtins;
pub mod codecs;
pub mod error;
pub mod eval;
pub mod import;
pub mod marshal;
pub mod modules;
pub mod objects;
pub mod opcode;
pub mod protocols;
pub mod runtime;
pub mod trace;
pub mod unicode_db;

mod session;

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

/// Hard limits that turn a runaway or hostile program into a reported fault.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Executed instructions, over all frames.
    pub max_steps: u64,
    /// Wall-clock time for the whole run.
    pub max_time: Duration,
    /// Bytes a single object may take (checked before a large allocation).
    pub max_memory: usize,
    /// Bytes written to standard output, trace included.
    pub max_output: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_steps: 2_000_000_000,
            max_time: Duration::from_secs(60),
            max_memory: 4 << 30,
            max_output: 64 << 30,
        }
    }
}

/// One run of a `.pyc` as `__main__` (see `docs/trace-format.md`, section 5).
#[derive(Clone, Debug, Default)]
pub struct RunConfig {
    /// `sys.argv`; `argv[0]` is the `.pyc` file name as given.
    pub argv: Vec<String>,
    /// Everything the program may read from standard input.
    pub stdin: Vec<u8>,
    /// Print the trace (`false` runs the untraced eval loop).
    pub trace: bool,
    /// Directory searched for source files when a traceback shows source lines.
    pub source_dir: PathBuf,
    /// The standard library directory (CPython's `lib/python2.7`): `sys.path` is built from it
    /// as the reference interpreter builds its own. None leaves only `''` on the path, so a
    /// standard-library import fails as it would for any missing module.
    pub stdlib: Option<PathBuf>,
    pub limits: Limits,
}

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The program ended with this exit status (0, 1 after an uncaught exception, or
    /// whatever `sys.exit` asked for).
    Exited(i32),
    /// The VM stopped the program: bad input, a limit, or something it does not implement.
    /// The message was also written to `stderr`.
    Fault(String),
}

impl Outcome {
    /// The process exit status the `pztrace` binary uses for this outcome.
    pub fn exit_status(&self) -> i32 {
        match self {
            Outcome::Exited(code) => *code,
            Outcome::Fault(_) => 70,
        }
    }
}

/// Runs the marshalled module in `pyc` (header included) and reports how it ended. The VM
/// runs on its own thread with a large stack; output is streamed to `stdout`/`stderr` as it
/// comes. No panic escapes: one is reported as an internal fault.
pub fn run_pyc(
    pyc: &[u8],
    config: &RunConfig,
    stdout: &mut (dyn Write + Send),
    stderr: &mut (dyn Write + Send),
) -> Outcome {
    session::run(pyc, config, stdout, stderr)
}
