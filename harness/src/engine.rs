//! Running one `.pyc` on either engine, each time in a fresh directory, and capturing how it
//! ended and what it printed.

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use crate::cpython;

/// How a run ended, for either engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The program ended with this exit status.
    Exited(i32),
    /// The VM refused or could not go on (bad input, something unimplemented, a panic).
    Fault(String),
    /// A step, time or memory limit ended the run.
    Limit(String),
    /// The process was killed by this signal (only the reference engine runs as a process).
    Crashed(i32),
}

impl Outcome {
    /// A short description for reports and diffs.
    pub fn describe(&self) -> String {
        match self {
            Outcome::Exited(code) => format!("exited with status {code}"),
            Outcome::Fault(msg) => format!("faulted: {msg}"),
            Outcome::Limit(msg) => format!("hit a limit: {msg}"),
            Outcome::Crashed(sig) => format!("was killed by signal {sig}"),
        }
    }

    /// The exit status a command-line tool reports for it (shell convention for signals).
    pub fn exit_status(&self) -> i32 {
        match self {
            Outcome::Exited(code) => *code,
            Outcome::Fault(_) => 70,
            Outcome::Limit(_) => 124,
            Outcome::Crashed(sig) => 128 + sig,
        }
    }
}

/// Everything a run produced.
#[derive(Clone, Debug)]
pub struct Run {
    pub outcome: Outcome,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// The program of a run: `NAME.pyc`, and `NAME.py` when there is a source to show in
/// tracebacks.
#[derive(Clone, Copy, Debug)]
pub struct Program<'a> {
    pub name: &'a str,
    pub pyc: &'a [u8],
    pub source: Option<&'a [u8]>,
}

/// What the program is given.
#[derive(Clone, Copy, Debug, Default)]
pub struct Input<'a> {
    /// `sys.argv[1:]`.
    pub args: &'a [String],
    pub stdin: &'a [u8],
}

impl Program<'_> {
    pub fn pyc_name(&self) -> String {
        format!("{}.pyc", self.name)
    }

    /// A fresh directory holding `NAME.pyc` and `NAME.py` (docs/trace-format.md, section 5).
    fn workdir(&self) -> Result<tempfile::TempDir, String> {
        let dir = tempfile::Builder::new()
            .prefix("pzdiff-run-")
            .tempdir()
            .map_err(|e| format!("cannot create a run directory: {e}"))?;
        std::fs::write(dir.path().join(self.pyc_name()), self.pyc)
            .map_err(|e| format!("cannot write {}: {e}", self.pyc_name()))?;
        if let Some(source) = self.source {
            std::fs::write(dir.path().join(format!("{}.py", self.name)), source)
                .map_err(|e| format!("cannot write {}.py: {e}", self.name))?;
        }
        Ok(dir)
    }
}

/// How long a reference run may take before it is killed (and the VM's time limit in `diff`).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);

/// The reference interpreter: the installed one, else (when `build_if_missing`) a fresh build
/// with progress on standard error.
pub fn reference(
    build_if_missing: bool,
    tarball: Option<std::path::PathBuf>,
) -> Result<std::path::PathBuf, String> {
    if tarball.is_none() {
        if let Some(python) = cpython::installed_python() {
            return Ok(python);
        }
    }
    if !build_if_missing {
        return Err("the reference engine is not installed (run `cargo run --release -p pzdiff -- build-cpython`)".into());
    }
    cpython::build(&cpython::BuildOptions {
        tarball,
        install_dir: None,
        progress: true,
    })
}

/// Compiles `source` as `NAME.py` with the reference engine and returns the `.pyc` bytes.
pub fn compile(python: &Path, name: &str, source: &[u8]) -> Result<Vec<u8>, String> {
    let dir = tempfile::Builder::new()
        .prefix("pzdiff-compile-")
        .tempdir()
        .map_err(|e| format!("cannot create a compile directory: {e}"))?;
    let py = dir.path().join(format!("{name}.py"));
    let pyc = dir.path().join(format!("{name}.pyc"));
    std::fs::write(&py, source).map_err(|e| format!("cannot write {name}.py: {e}"))?;
    cpython::compile(python, &py, &pyc)?;
    std::fs::read(&pyc).map_err(|e| format!("compile wrote no {name}.pyc: {e}"))
}

fn outcome_of(status: std::process::ExitStatus) -> Outcome {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => Outcome::Exited(code),
        (None, Some(sig)) => Outcome::Crashed(sig),
        (None, None) => Outcome::Fault(format!("unknown process status {status:?}")),
    }
}

/// Runs the program on the reference engine, capturing its output; a run longer than
/// `timeout` is killed and reported as a limit.
pub fn run_cpython(
    python: &Path,
    program: Program,
    input: Input,
    timeout: Duration,
) -> Result<Run, String> {
    let dir = program.workdir()?;
    let handle = cpython::run_expression(python, dir.path(), &program.pyc_name(), input.args)
        .stdin_bytes(input.stdin.to_vec())
        .stdout_capture()
        .stderr_capture()
        .unchecked()
        .start()
        .map_err(|e| format!("cannot start {}: {e}", python.display()))?;
    let finished = handle
        .wait_timeout(timeout)
        .map_err(|e| format!("waiting for the reference engine: {e}"))?
        .is_some();
    if !finished {
        let _ = handle.kill();
    }
    let output = handle
        .into_output()
        .map_err(|e| format!("waiting for the reference engine: {e}"))?;
    let outcome = if finished {
        outcome_of(output.status)
    } else {
        Outcome::Limit(format!("killed after {} s", timeout.as_secs_f64()))
    };
    Ok(Run {
        outcome,
        stdout: output.stdout,
        stderr: output.stderr,
    })
}

/// Runs the program on the reference engine with this process's standard output and error,
/// so a long trace streams as it is printed.
pub fn run_cpython_inherit(
    python: &Path,
    program: Program,
    input: Input,
) -> Result<Outcome, String> {
    let dir = program.workdir()?;
    let output = cpython::run_expression(python, dir.path(), &program.pyc_name(), input.args)
        .stdin_bytes(input.stdin.to_vec())
        .unchecked()
        .run()
        .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    Ok(outcome_of(output.status))
}

/// How the VM runs.
#[derive(Clone, Debug)]
pub struct VmOptions {
    pub trace: bool,
    pub limits: pztrace::Limits,
    /// The reference build's standard library, which the VM imports from as CPython does.
    pub stdlib: Option<std::path::PathBuf>,
}

impl Default for VmOptions {
    fn default() -> Self {
        VmOptions {
            trace: true,
            limits: pztrace::Limits::default(),
            stdlib: cpython::installed_python().map(|python| cpython::stdlib_dir(&python)),
        }
    }
}

/// Stack for the thread the VM runs on: deep Python recursion must end as a Python error or a
/// fault, never as a Rust stack overflow of the test process.
const VM_STACK: usize = 256 << 20;

/// Runs the program on the VM in this process, writing to `stdout` and `stderr` as it goes.
/// A panic inside the VM becomes a fault.
pub fn run_vm_into(
    program: Program,
    input: Input,
    options: &VmOptions,
    stdout: &mut (dyn Write + Send),
    stderr: &mut (dyn Write + Send),
) -> Result<Outcome, String> {
    let dir = program.workdir()?;
    let mut argv = vec![program.pyc_name()];
    argv.extend(input.args.iter().cloned());
    let config = pztrace::RunConfig {
        argv,
        stdin: input.stdin.to_vec(),
        trace: options.trace,
        source_dir: dir.path().to_path_buf(),
        stdlib: options.stdlib.clone(),
        limits: options.limits.clone(),
    };
    let pyc = program.pyc;
    let result = std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("pztrace-vm".into())
            .stack_size(VM_STACK)
            .spawn_scoped(scope, || pztrace::run_pyc(pyc, &config, stdout, stderr))
            .map_err(|e| format!("cannot start the VM thread: {e}"))?;
        worker.join().map_err(|panic| {
            let text = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            format!("the VM panicked: {text}")
        })
    });
    Ok(match result {
        Ok(pztrace::Outcome::Exited(code)) => Outcome::Exited(code),
        Ok(pztrace::Outcome::Fault(msg)) => Outcome::Fault(msg),
        Err(panic) => Outcome::Fault(panic),
    })
}

/// Runs the program on the VM and captures its output.
pub fn run_vm(program: Program, input: Input, options: &VmOptions) -> Result<Run, String> {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let outcome = run_vm_into(program, input, options, &mut stdout, &mut stderr)?;
    Ok(Run {
        outcome,
        stdout,
        stderr,
    })
}
