//! The reference engine: CPython 2.7.18 with `cpython-patches/` applied, built with `LLTRACE`.
//!
//! (API fixed first so the rest of the harness can use it; the bodies are being written.)

use std::path::{Path, PathBuf};

/// How `build-cpython` obtains and installs the reference engine.
#[derive(Clone, Debug, Default)]
pub struct BuildOptions {
    /// A local `Python-2.7.18.tgz` (also read from `PZ_CPYTHON_TARBALL`).
    pub tarball: Option<PathBuf>,
    /// Where to install (also read from `PZ_CPYTHON_DIR`); default: a per-user cache directory
    /// keyed by the hash of the patch set.
    pub install_dir: Option<PathBuf>,
    /// Print progress to standard error.
    pub progress: bool,
}

/// Builds the reference engine unless an up-to-date build is installed; returns the path of
/// its `python2.7`.
pub fn build(opts: &BuildOptions) -> Result<PathBuf, String> {
    let _ = opts;
    Err("build-cpython is not implemented yet".into())
}

/// The installed, up-to-date reference interpreter, if there is one (never builds).
pub fn installed_python() -> Option<PathBuf> {
    None
}

/// Compiles `source` to `out_pyc` with the reference engine: 8-byte header with a zero
/// timestamp, `co_filename` set to the source's file name.
pub fn compile(python: &Path, source: &Path, out_pyc: &Path) -> Result<(), String> {
    let _ = (python, source, out_pyc);
    Err("compile is not implemented yet".into())
}

/// The command that runs `pyc_name` (a bare file name inside `workdir`) on the reference
/// engine as `__main__`, traced, with `args` after it (docs/trace-format.md, section 5).
/// The caller sets stdin and captures stdout/stderr.
pub fn run_expression(python: &Path, workdir: &Path, pyc_name: &str, args: &[String]) -> duct::Expression {
    let _ = (workdir, pyc_name, args);
    duct::cmd!(python, "-c", "raise SystemExit('not implemented')")
}
