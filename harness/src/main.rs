//! `pzdiff`: the command line of the differential tester (build the reference engine, compile,
//! trace one program, diff cases on both engines, bless golden files, write the case report).
//!
//! ```text
//! pzdiff build-cpython [--tarball PATH]
//! pzdiff compile FILE.py [-o OUT.pyc]
//! pzdiff trace --engine cpython|vm FILE.py|FILE.pyc [--stdin FILE] [--no-trace] [-- ARGS...]
//! pzdiff diff PATH... [--timeout SECS] [--rules FILE]     (PATH may be FILE.py[RUN])
//! pzdiff bless PATH... [--timeout SECS] [--rules FILE]
//! pzdiff report [-o FILE] [PATH...]
//! ```
//!
//! `diff` exits 1 when a case diverges unexpectedly, matches unexpectedly, faults in the VM or
//! is invalid; 2 when it cannot run at all (no cases, no reference engine).

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};

use pzdiff::cases::{self, Case, Discovery};
use pzdiff::diff::{self, Verdict};
use pzdiff::engine::{self, Input, Program, VmOptions};
use pzdiff::normalize::Rules;
use pzdiff::report::{self, Entry, Tally};
use pzdiff::repro;

#[derive(Parser)]
#[command(
    name = "pzdiff",
    version,
    about = "Differential tester: the pztrace VM against a patched, tracing CPython 2.7"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build (or find up to date) the reference engine; prints its interpreter path last.
    BuildCpython {
        /// A local Python-2.7.18.tgz to build from.
        #[arg(long)]
        tarball: Option<PathBuf>,
    },
    /// Compile a .py with the reference engine (zero-timestamp header).
    Compile {
        file: PathBuf,
        /// Output file (default: FILE with a .pyc extension).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Run one program on one engine and print its output as it is (not normalized).
    Trace {
        #[arg(long, value_enum)]
        engine: EngineName,
        /// A .py (compiled by the reference first) or a .pyc.
        file: PathBuf,
        /// File whose bytes are the program's standard input (default: empty).
        #[arg(long)]
        stdin: Option<PathBuf>,
        /// Run the VM's untraced loop (vm only).
        #[arg(long)]
        no_trace: bool,
        /// Arguments after the program name in sys.argv.
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Run cases live on both engines and compare (files or directories of .py/.pyc,
    /// or FILE.py[RUN] for one run of a case).
    Diff {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Write a reproducer directory (bytecode, both outputs, verdict, rerun commands) for
        /// every failing case under this directory.
        #[arg(long, value_name = "DIR")]
        save: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Rewrite golden files from the reference engine (never from the VM).
    Bless {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Write the case report: per-case status of the VM against the golden files, and which
    /// cases execute each opcode.
    Report {
        /// Where to write it (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Cases to cover (default: the workspace's cases/).
        paths: Vec<PathBuf>,
        /// The global normalization rules.
        #[arg(long)]
        rules: Option<PathBuf>,
    },
}

#[derive(clap::Args)]
struct Common {
    /// The global normalization rules (default: the workspace's cases/normalize.yaml).
    #[arg(long)]
    rules: Option<PathBuf>,
    /// Seconds a reference run may take before it is killed (also the VM's time limit).
    #[arg(long, default_value_t = engine::DEFAULT_TIMEOUT.as_secs())]
    timeout: u64,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum EngineName {
    Cpython,
    Vm,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::BuildCpython { tarball } => build_cpython(tarball),
        Command::Compile { file, output } => compile(&file, output),
        Command::Trace {
            engine,
            file,
            stdin,
            no_trace,
            args,
        } => trace(engine, &file, stdin.as_deref(), no_trace, &args),
        Command::Diff {
            paths,
            save,
            common,
        } => run_diff(&paths, save.as_deref(), &common),
        Command::Bless { paths, common } => bless(&paths, &common),
        Command::Report {
            output,
            paths,
            rules,
        } => write_report(output, paths, rules),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("pzdiff: {msg}");
            ExitCode::from(2)
        }
    }
}

fn build_cpython(tarball: Option<PathBuf>) -> Result<ExitCode, String> {
    let python = engine::reference(true, tarball)?;
    println!("{}", python.display());
    Ok(ExitCode::SUCCESS)
}

fn compile(file: &Path, output: Option<PathBuf>) -> Result<ExitCode, String> {
    let python = engine::reference(true, None)?;
    let out = output.unwrap_or_else(|| file.with_extension("pyc"));
    pzdiff::cpython::compile(&python, file, &out)?;
    println!("{}", out.display());
    Ok(ExitCode::SUCCESS)
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn exit_code(status: i32) -> ExitCode {
    ExitCode::from(u8::try_from(status & 0xff).unwrap_or(1))
}

fn trace(
    which: EngineName,
    file: &Path,
    stdin: Option<&Path>,
    no_trace: bool,
    args: &[String],
) -> Result<ExitCode, String> {
    if no_trace && which == EngineName::Cpython {
        return Err("--no-trace applies to the vm engine only".into());
    }
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| format!("{}: not a usable file name", file.display()))?;
    let is_py = file.extension().and_then(|e| e.to_str()) == Some("py");
    // A .pyc next to its .py still gets the source, so tracebacks show lines.
    let source_path = if is_py {
        file.to_path_buf()
    } else {
        file.with_extension("py")
    };
    let source = source_path
        .is_file()
        .then(|| read(&source_path))
        .transpose()?;
    let needs_reference = is_py || which == EngineName::Cpython;
    let python = needs_reference
        .then(|| engine::reference(true, None))
        .transpose()?;
    let pyc = match (&python, is_py, &source) {
        (Some(python), true, Some(source)) => engine::compile(python, stem, source)?,
        _ => read(file)?,
    };
    let stdin = stdin.map(read).transpose()?.unwrap_or_default();
    let program = Program {
        name: stem,
        pyc: &pyc,
        source: source.as_deref(),
    };
    let input = Input {
        args,
        stdin: &stdin,
    };
    let outcome = match (which, python) {
        (EngineName::Cpython, Some(python)) => {
            engine::run_cpython_inherit(&python, program, input)?
        }
        _ => {
            let options = VmOptions {
                trace: !no_trace,
                ..VmOptions::default()
            };
            let mut out = std::io::BufWriter::new(std::io::stdout());
            let mut err = std::io::stderr();
            let outcome = engine::run_vm_into(program, input, &options, &mut out, &mut err)?;
            out.flush()
                .map_err(|e| format!("writing standard output: {e}"))?;
            outcome
        }
    };
    Ok(exit_code(outcome.exit_status()))
}

/// The global rules, then the cases under `paths` (named as the paths were given).
fn discover(
    paths: &[PathBuf],
    rules: Option<&Path>,
    name_base: Option<&Path>,
) -> Result<Discovery, String> {
    let rules_path = rules
        .map(Path::to_path_buf)
        .unwrap_or_else(cases::default_rules_path);
    let rules = Rules::load(&rules_path)?;
    let found = cases::discover(paths, &rules, name_base);
    if found.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(format!(
            "no cases (.py or .pyc files) under {}",
            shown.join(" ")
        ));
    }
    Ok(found)
}

/// Compiles each program once, however many runs it has.
#[derive(Default)]
struct Compiled(HashMap<PathBuf, Result<Vec<u8>, String>>);

impl Compiled {
    fn get(&mut self, case: &Case, python: &Path) -> Result<Vec<u8>, String> {
        self.0
            .entry(case.file.clone())
            .or_insert_with(|| case.compile_fresh(python))
            .clone()
    }
}

/// Prints one progress line, with indented details under it.
fn progress(name: &str, verdict: &Verdict) {
    let headline = match verdict {
        Verdict::Divergent(m) => format!(" ({})", m.headline()),
        _ => String::new(),
    };
    println!("{name} ... {}{headline}", verdict.label());
    print_indented(&verdict.details());
    let _ = std::io::stdout().flush();
}

/// Prints `text` under a progress line, without trailing blank lines.
fn print_indented(text: &str) {
    for line in text.trim_end().lines() {
        println!("    {}", line.trim_end());
    }
}

fn invalid_verdicts(found: &Discovery, tally: &mut Tally) {
    for bad in &found.invalid {
        let verdict = Verdict::Invalid(bad.message.clone());
        progress(&bad.name, &verdict);
        tally.add(&bad.name, &verdict);
    }
}

fn finish(tally: &Tally) -> ExitCode {
    let buckets = tally.buckets();
    if !buckets.is_empty() {
        println!("divergences by signature:");
        print!("{buckets}");
    }
    println!("{}", tally.line());
    if tally.failed() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run_diff(paths: &[PathBuf], save: Option<&Path>, common: &Common) -> Result<ExitCode, String> {
    let found = discover(paths, common.rules.as_deref(), None)?;
    let python = engine::reference(true, None)?;
    let timeout = Duration::from_secs(common.timeout);
    let mut tally = Tally::default();
    invalid_verdicts(&found, &mut tally);
    let mut compiled = Compiled::default();
    for case in &found.cases {
        let pyc = compiled.get(case, &python);
        let (verdict, saved) = match &pyc {
            Ok(pyc) => match diff::run_both(case, &python, pyc, timeout) {
                Ok(run) => {
                    let verdict = run.verdict(case);
                    let saved = match save {
                        Some(root) if verdict.is_failure() => {
                            Some(repro::save(root, case, pyc, &run, &verdict))
                        }
                        _ => None,
                    };
                    (verdict, saved)
                }
                Err(e) => (Verdict::Invalid(e), None),
            },
            Err(e) => (Verdict::CompileFailed(e.clone()), None),
        };
        progress(&case.name, &verdict);
        match saved {
            Some(Ok(dir)) => println!("    reproducer: {}", dir.display()),
            Some(Err(e)) => println!("    reproducer not written: {e}"),
            None => {}
        }
        tally.add(&case.name, &verdict);
    }
    Ok(finish(&tally))
}

fn bless(paths: &[PathBuf], common: &Common) -> Result<ExitCode, String> {
    let found = discover(paths, common.rules.as_deref(), None)?;
    let python = engine::reference(true, None)?;
    let timeout = Duration::from_secs(common.timeout);
    let mut compiled = Compiled::default();
    let mut failed = !found.invalid.is_empty();
    for bad in &found.invalid {
        println!("{} ... invalid: {}", bad.name, bad.message);
    }
    for case in &found.cases {
        let result = compiled
            .get(case, &python)
            .map_err(|e| format!("compile failed:\n{e}"))
            .and_then(|pyc| case.bless(&python, &pyc, timeout));
        match result {
            Ok(()) => println!("{} ... blessed", case.name),
            Err(e) => {
                failed = true;
                println!("{} ... not blessed", case.name);
                print_indented(&e);
            }
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn write_report(
    output: Option<PathBuf>,
    paths: Vec<PathBuf>,
    rules: Option<PathBuf>,
) -> Result<ExitCode, String> {
    let root = cases::workspace_root();
    let (paths, base) = if paths.is_empty() {
        (vec![root.join("cases")], Some(root.as_path()))
    } else {
        (paths, None)
    };
    let found = discover(&paths, rules.as_deref(), base)?;
    let mut entries: Vec<Entry> = found
        .invalid
        .iter()
        .map(|bad| Entry {
            name: bad.name.clone(),
            verdict: Verdict::Invalid(bad.message.clone()),
            golden_stdout: None,
        })
        .collect();
    for case in &found.cases {
        let verdict = diff::vm_against_golden(case, &VmOptions::default());
        let golden_stdout = std::fs::read(case.golden_stdout())
            .ok()
            .map(|b| String::from_utf8_lossy(&b).into_owned());
        entries.push(Entry {
            name: case.name.clone(),
            verdict,
            golden_stdout,
        });
    }
    let text = report::render(&entries);
    match output {
        Some(path) => {
            std::fs::write(&path, text)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            eprintln!("wrote {}", path.display());
        }
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}
