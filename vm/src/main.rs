//! `pztrace`: run a Python 2.7 `.pyc` on the VM and print its instruction-level trace
//! (docs/trace-format.md) interleaved with the program's own output.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use pztrace::{run_pyc, Limits, Outcome, RunConfig};

#[derive(Parser)]
#[command(
    name = "pztrace",
    version,
    about = "Trace Python 2.7 bytecode, instruction by instruction"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run FILE.pyc as __main__, tracing every instruction of every frame.
    Run {
        /// The .pyc to run (8-byte header, then the marshalled module code).
        file: PathBuf,
        /// Feed this file to the program's standard input (default: empty input).
        #[arg(long)]
        stdin: Option<PathBuf>,
        /// Run without the trace (tracing compiled out of the eval loop).
        #[arg(long)]
        no_trace: bool,
        /// The standard library directory (a CPython 2.7 `lib/python2.7` with compiled
        /// `.pyc` files); defaults to the PZTRACE_STDLIB environment variable.
        #[arg(long, env = "PZTRACE_STDLIB")]
        stdlib: Option<PathBuf>,
        /// Stop after this many executed instructions.
        #[arg(long, default_value_t = Limits::default().max_steps)]
        max_steps: u64,
        /// Stop after this many seconds.
        #[arg(long, default_value_t = Limits::default().max_time.as_secs())]
        max_seconds: u64,
        /// Arguments the program sees after its file name in sys.argv.
        #[arg(last = true)]
        args: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Command::Run {
        file,
        stdin,
        no_trace,
        stdlib,
        max_steps,
        max_seconds,
        args,
    } = cli.command;
    let pyc = match std::fs::read(&file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("pztrace: cannot read {}: {e}", file.display());
            return ExitCode::from(66);
        }
    };
    let stdin = match stdin.map(std::fs::read).transpose() {
        Ok(data) => data.unwrap_or_default(),
        Err(e) => {
            eprintln!("pztrace: cannot read the standard input file: {e}");
            return ExitCode::from(66);
        }
    };
    let mut argv = vec![file.to_string_lossy().into_owned()];
    argv.extend(args);
    let config = RunConfig {
        argv,
        stdin,
        trace: !no_trace,
        source_dir: file.parent().map(PathBuf::from).unwrap_or_default(),
        stdlib,
        limits: Limits {
            max_steps,
            max_time: Duration::from_secs(max_seconds),
            ..Limits::default()
        },
    };
    let outcome = run_pyc(
        &pyc,
        &config,
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    );
    let status = match outcome {
        Outcome::Exited(code) => code,
        Outcome::Fault(_) => outcome.exit_status(),
    };
    ExitCode::from((status & 0xff) as u8)
}
