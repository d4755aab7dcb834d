//! Cases: discovering `.py`/`.pyc` programs on disk, reading their YAML metadata, and naming
//! their golden files.
//!
//! A case is `DIR/NAME.py` (or a hand-made `DIR/NAME.pyc` with no `.py`), with an optional
//! `DIR/NAME.yaml`. Golden files sit next to it: `NAME.pyc` (the reference-compiled bytecode),
//! `NAME[.VARIANT].stdout` and, when not empty, `NAME[.VARIANT].stderr`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diff::Observed;
use crate::engine::{self, Input, Outcome, Program};
use crate::normalize::{RuleSpec, Rules};

/// The workspace this crate belongs to: where `cases/` and `cases/normalize.yaml` live.
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// The global normalization rules file.
pub fn default_rules_path() -> PathBuf {
    workspace_root().join("cases").join("normalize.yaml")
}

/// What a case's YAML may say. Unknown keys are an error so a typo cannot silently pass.
#[derive(Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CaseYaml {
    /// Standard input (empty when absent).
    pub stdin: Option<String>,
    /// Arguments after the program name: `sys.argv[1:]`.
    pub argv: Option<Vec<String>>,
    /// Expected exit status of the reference engine (default 0).
    pub status: Option<i32>,
    /// Rules applied after the global ones.
    #[serde(default)]
    pub normalize: Vec<RuleSpec>,
    pub expect: Option<Expect>,
    /// Why the engines are expected to differ; required with `expect`.
    pub reason: Option<String>,
    /// Variants: the same program run with other inputs, each one its own case.
    #[serde(default)]
    pub runs: Vec<Variant>,
}

/// A known, recorded difference between the engines.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Expect {
    Divergent,
}

/// One entry of `runs:`; a field it leaves out takes the top-level value.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    pub name: String,
    pub stdin: Option<String>,
    pub argv: Option<Vec<String>>,
    pub status: Option<i32>,
}

impl CaseYaml {
    /// Parses and validates a case's YAML (an empty file means all defaults).
    pub fn parse(text: &str) -> Result<CaseYaml, String> {
        let parsed: Option<CaseYaml> = serde_yaml::from_str(text).map_err(|e| e.to_string())?;
        let yaml = parsed.unwrap_or_default();
        match (&yaml.expect, &yaml.reason) {
            (Some(_), None) => return Err("`expect` needs a `reason`".into()),
            (Some(_), Some(r)) if r.trim().is_empty() => {
                return Err("`reason` must not be empty".into())
            }
            (None, Some(_)) => return Err("`reason` given without `expect`".into()),
            _ => {}
        }
        let mut seen = BTreeSet::new();
        for v in &yaml.runs {
            let ok = !v.name.is_empty()
                && v.name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
            if !ok {
                return Err(format!(
                    "run name `{}` must be letters, digits, `_` or `-` (it names golden files)",
                    v.name
                ));
            }
            if !seen.insert(v.name.as_str()) {
                return Err(format!("run name `{}` appears twice", v.name));
            }
        }
        Ok(yaml)
    }
}

/// One program run with one input: the unit that is diffed, blessed and tested.
#[derive(Clone, Debug)]
pub struct Case {
    /// `DIR/NAME` or `DIR/NAME[VARIANT]`, the path relative to where it was looked up.
    pub name: String,
    /// The `.py` (or `.pyc` for a hand-made case) as it should be typed on a command line.
    pub file_arg: String,
    /// The program file on disk.
    pub file: PathBuf,
    pub dir: PathBuf,
    /// `NAME`: the run uses `NAME.pyc` and `NAME.py`.
    pub stem: String,
    /// The `.py`, when the case has one.
    pub source: Option<PathBuf>,
    pub variant: Option<String>,
    pub stdin: Vec<u8>,
    /// `sys.argv[1:]`.
    pub args: Vec<String>,
    pub status: i32,
    /// Global rules followed by the case's own.
    pub rules: Rules,
    /// `Some(reason)` when the engines are expected to differ.
    pub expect_divergent: Option<String>,
}

impl Case {
    /// The bytecode the VM runs in tests: the reference's compile of the `.py`, or the
    /// hand-made `.pyc` itself.
    pub fn golden_pyc(&self) -> PathBuf {
        self.dir.join(format!("{}.pyc", self.stem))
    }

    fn golden(&self, ext: &str) -> PathBuf {
        match &self.variant {
            Some(v) => self.dir.join(format!("{}.{v}.{ext}", self.stem)),
            None => self.dir.join(format!("{}.{ext}", self.stem)),
        }
    }

    pub fn golden_stdout(&self) -> PathBuf {
        self.golden("stdout")
    }

    pub fn golden_stderr(&self) -> PathBuf {
        self.golden("stderr")
    }

    /// `path` (a file next to the case) as the case's own file was given, for messages.
    pub fn shown(&self, path: &Path) -> String {
        match path.file_name() {
            Some(name) => Path::new(&self.file_arg)
                .with_file_name(name)
                .display()
                .to_string(),
            None => path.display().to_string(),
        }
    }

    /// The argument that selects exactly this case on the command line.
    pub fn selector(&self) -> String {
        match &self.variant {
            Some(v) => shell_quote(&format!("{}[{v}]", self.file_arg)),
            None => shell_quote(&self.file_arg),
        }
    }

    /// The command that diffs this case live on both engines.
    pub fn diff_command(&self) -> String {
        format!("cargo run --release -p pzdiff -- diff {}", self.selector())
    }

    /// The command that rewrites this case's golden files from the reference engine.
    pub fn bless_command(&self) -> String {
        format!("cargo run --release -p pzdiff -- bless {}", self.selector())
    }
}

/// Reading and writing a case's files.
impl Case {
    /// The `.py` source, when the case has one.
    pub fn read_source(&self) -> Result<Option<Vec<u8>>, String> {
        self.source.as_deref().map(read).transpose()
    }

    /// Fresh bytecode: the reference engine's compile of the `.py`, or the hand-made `.pyc`.
    pub fn compile_fresh(&self, python: &Path) -> Result<Vec<u8>, String> {
        match self.read_source()? {
            Some(source) => engine::compile(python, &self.stem, &source),
            None => read(&self.file),
        }
    }

    /// The program to run, given its bytecode.
    pub fn program<'a>(&'a self, pyc: &'a [u8], source: Option<&'a [u8]>) -> Program<'a> {
        Program {
            name: &self.stem,
            pyc,
            source,
        }
    }

    pub fn input(&self) -> Input<'_> {
        Input {
            args: &self.args,
            stdin: &self.stdin,
        }
    }

    /// The golden output, or `None` when the case has not been blessed. The expected outcome
    /// is the YAML's status (bless checked the reference against it).
    pub fn read_golden(&self) -> Result<Option<Observed>, String> {
        let stdout_path = self.golden_stdout();
        if !stdout_path.is_file() || !self.golden_pyc().is_file() {
            return Ok(None);
        }
        let stderr_path = self.golden_stderr();
        let stderr = if stderr_path.is_file() {
            read(&stderr_path)?
        } else {
            Vec::new()
        };
        Ok(Some(Observed {
            stdout: read(&stdout_path)?,
            stderr,
            outcome: Outcome::Exited(self.status),
        }))
    }

    /// Writes the golden files from a normalized reference run: `.stdout` always, `.stderr`
    /// only when not empty (a stale one is removed), and the bytecode for a `.py` case.
    pub fn write_golden(&self, pyc: &[u8], observed: &Observed) -> Result<(), String> {
        if self.source.is_some() {
            write(&self.golden_pyc(), pyc)?;
        }
        write(&self.golden_stdout(), &observed.stdout)?;
        let stderr_path = self.golden_stderr();
        if observed.stderr.is_empty() {
            if stderr_path.exists() {
                std::fs::remove_file(&stderr_path)
                    .map_err(|e| format!("cannot remove {}: {e}", stderr_path.display()))?;
            }
            Ok(())
        } else {
            write(&stderr_path, &observed.stderr)
        }
    }

    /// Runs `pyc` on the reference engine and, when it ends with the YAML's status, rewrites
    /// the golden files from that run. The VM is never consulted.
    pub fn bless(
        &self,
        python: &Path,
        pyc: &[u8],
        timeout: std::time::Duration,
    ) -> Result<(), String> {
        let source = self.read_source()?;
        let run = engine::run_cpython(
            python,
            self.program(pyc, source.as_deref()),
            self.input(),
            timeout,
        )?;
        let observed = Observed::from_run(&run, &self.rules);
        if observed.outcome != Outcome::Exited(self.status) {
            let tail = String::from_utf8_lossy(&observed.stderr);
            let tail: Vec<&str> = tail.lines().rev().take(5).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            return Err(format!(
                "refused: the reference run {}; the expected exit status is {} (set `status:` in {}.yaml if the run is right)\n{}",
                observed.outcome.describe(),
                self.status,
                self.stem,
                tail.join("\n")
            ));
        }
        self.write_golden(pyc, &observed)
    }
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Quotes `s` for a POSIX shell when it holds anything beyond a plain path.
fn shell_quote(s: &str) -> String {
    let plain = s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+:,=@".contains(c));
    if plain && !s.is_empty() {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// A program that could not become a case (bad YAML, a missing path, an unknown variant).
#[derive(Clone, Debug)]
pub struct Invalid {
    pub name: String,
    pub file_arg: String,
    pub message: String,
}

/// Everything found under the given paths.
#[derive(Debug, Default)]
pub struct Discovery {
    pub cases: Vec<Case>,
    pub invalid: Vec<Invalid>,
}

impl Discovery {
    pub fn is_empty(&self) -> bool {
        self.cases.is_empty() && self.invalid.is_empty()
    }
}

/// Finds the cases under `paths` (files or directories, searched recursively). A path may also
/// be `FILE.py[VARIANT]` to select one variant. Names are made relative to `name_base` when
/// the path lies under it.
pub fn discover(paths: &[PathBuf], global: &Rules, name_base: Option<&Path>) -> Discovery {
    let mut programs: Vec<(PathBuf, Option<String>)> = Vec::new();
    let mut found = Discovery::default();
    for path in paths {
        if path.exists() {
            if path.is_dir() {
                let mut files = Vec::new();
                walk(path, &mut files);
                programs.extend(files.into_iter().map(|f| (f, None)));
            } else if let Some(program) = program_for(path) {
                programs.push((program, None));
            } else {
                found
                    .invalid
                    .push(invalid_path(path, "not a .py or .pyc file"));
            }
            continue;
        }
        match split_selector(path) {
            Some((file, variant)) if file.is_file() && program_for(&file).is_some() => {
                programs.push((program_for(&file).unwrap_or(file), Some(variant)))
            }
            _ => found
                .invalid
                .push(invalid_path(path, "no such file or directory")),
        }
    }
    let mut seen = BTreeSet::new();
    for (file, only) in programs {
        if !seen.insert((file.clone(), only.clone())) {
            continue;
        }
        load_program(&file, only.as_deref(), global, name_base, &mut found);
    }
    found
}

fn invalid_path(path: &Path, why: &str) -> Invalid {
    let shown = path.display().to_string();
    Invalid {
        name: shown.clone(),
        file_arg: shown,
        message: why.to_string(),
    }
}

/// `a/b.py[v]` → (`a/b.py`, `v`).
fn split_selector(path: &Path) -> Option<(PathBuf, String)> {
    let s = path.to_str()?;
    let body = s.strip_suffix(']')?;
    let open = body.rfind('[')?;
    let variant = &body[open + 1..];
    if variant.is_empty() {
        return None;
    }
    Some((PathBuf::from(&body[..open]), variant.to_string()))
}

/// The program a file stands for: a `.py` itself, a `.pyc` only when it has no `.py` (else it
/// is that `.py`'s golden bytecode).
fn program_for(file: &Path) -> Option<PathBuf> {
    match file.extension().and_then(|e| e.to_str()) {
        Some("py") => Some(file.to_path_buf()),
        Some("pyc") => {
            let py = file.with_extension("py");
            Some(if py.is_file() { py } else { file.to_path_buf() })
        }
        _ => None,
    }
}

/// Collects programs under `dir` in a stable order, skipping hidden entries and Python 3's
/// `__pycache__` (Python 2 never writes one, so nothing there is a case).
fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_none_or(|n| n.starts_with('.') || n == "__pycache__");
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, out);
        } else if path.is_file() {
            let ext = path.extension().and_then(|e| e.to_str());
            let is_program = match ext {
                Some("py") => true,
                Some("pyc") => !path.with_extension("py").is_file(),
                _ => false,
            };
            if is_program {
                out.push(path);
            }
        }
    }
}

fn display_path(path: &Path, name_base: Option<&Path>) -> String {
    let rel = name_base
        .and_then(|base| path.strip_prefix(base).ok())
        .unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}

fn load_program(
    file: &Path,
    only: Option<&str>,
    global: &Rules,
    name_base: Option<&Path>,
    found: &mut Discovery,
) {
    let file_arg = display_path(file, name_base);
    let base_name = file_arg
        .strip_suffix(".pyc")
        .or_else(|| file_arg.strip_suffix(".py"))
        .unwrap_or(&file_arg)
        .to_string();
    let fail = |found: &mut Discovery, message: String| {
        let name = match only {
            Some(v) => format!("{base_name}[{v}]"),
            None => base_name.clone(),
        };
        found.invalid.push(Invalid {
            name,
            file_arg: file_arg.clone(),
            message,
        });
    };
    let (Some(dir), Some(stem)) = (file.parent(), file.file_stem().and_then(|s| s.to_str())) else {
        return fail(found, "not a usable file name".into());
    };
    let yaml_path = dir.join(format!("{stem}.yaml"));
    let yaml = if yaml_path.is_file() {
        let parsed = std::fs::read_to_string(&yaml_path)
            .map_err(|e| e.to_string())
            .and_then(|t| CaseYaml::parse(&t));
        match parsed {
            Ok(y) => y,
            Err(e) => return fail(found, format!("{}: {e}", yaml_path.display())),
        }
    } else {
        CaseYaml::default()
    };
    let rules = match Rules::compile(&yaml.normalize) {
        Ok(r) => global.then(&r),
        Err(e) => return fail(found, format!("{}: {e}", yaml_path.display())),
    };
    let source = (file.extension().and_then(|e| e.to_str()) == Some("py")).then(|| file.into());
    let make = |variant: Option<&Variant>| {
        let stdin = variant
            .and_then(|v| v.stdin.clone())
            .or_else(|| yaml.stdin.clone())
            .unwrap_or_default();
        let args = variant
            .and_then(|v| v.argv.clone())
            .or_else(|| yaml.argv.clone())
            .unwrap_or_default();
        let status = variant.and_then(|v| v.status).or(yaml.status).unwrap_or(0);
        let name = match variant {
            Some(v) => format!("{base_name}[{}]", v.name),
            None => base_name.clone(),
        };
        Case {
            name,
            file_arg: file_arg.clone(),
            file: file.to_path_buf(),
            dir: dir.to_path_buf(),
            stem: stem.to_string(),
            source: source.clone(),
            variant: variant.map(|v| v.name.clone()),
            stdin: stdin.into_bytes(),
            args,
            status,
            rules: rules.clone(),
            expect_divergent: yaml.reason.clone().filter(|_| yaml.expect.is_some()),
        }
    };
    if yaml.runs.is_empty() {
        match only {
            Some(v) => fail(found, format!("{file_arg} has no run named `{v}`")),
            None => found.cases.push(make(None)),
        }
        return;
    }
    let mut matched = false;
    for v in &yaml.runs {
        if only.is_none_or(|o| o == v.name) {
            matched = true;
            found.cases.push(make(Some(v)));
        }
    }
    if !matched {
        fail(
            found,
            format!("{file_arg} has no run named `{}`", only.unwrap_or("")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_full_yaml() {
        let y = CaseYaml::parse(
            "stdin: \"abc\\n\"\nargv: [x, y]\nstatus: 3\nexpect: divergent\nreason: not yet\n\
             normalize:\n  - {name: n, pattern: a, replace: b}\n\
             runs:\n  - {name: one, stdin: hi}\n  - {name: two, status: 1}\n",
        )
        .unwrap();
        assert_eq!(y.stdin.as_deref(), Some("abc\n"));
        assert_eq!(y.argv, Some(vec!["x".to_string(), "y".to_string()]));
        assert_eq!(y.status, Some(3));
        assert_eq!(y.expect, Some(Expect::Divergent));
        assert_eq!(y.normalize.len(), 1);
        assert_eq!(y.runs[1].status, Some(1));
        assert_eq!(y.runs[1].stdin, None);
    }

    #[test]
    fn empty_yaml_means_defaults() {
        assert_eq!(CaseYaml::parse("").unwrap(), CaseYaml::default());
        assert_eq!(CaseYaml::parse("# nothing\n").unwrap(), CaseYaml::default());
    }

    #[test]
    fn rejects_unknown_keys() {
        let err = CaseYaml::parse("stdn: abc\n").unwrap_err();
        assert!(err.contains("stdn"), "{err}");
        let err = CaseYaml::parse("runs:\n  - {name: a, stdn: x}\n").unwrap_err();
        assert!(err.contains("stdn"), "{err}");
        let err =
            CaseYaml::parse("normalize:\n  - {name: a, pattern: x, replac: y}\n").unwrap_err();
        assert!(err.contains("replac"), "{err}");
        assert!(CaseYaml::parse("expect: identical\nreason: x\n").is_err());
    }

    #[test]
    fn expect_and_reason_go_together() {
        assert!(CaseYaml::parse("expect: divergent\n").is_err());
        assert!(CaseYaml::parse("expect: divergent\nreason: ''\n").is_err());
        assert!(CaseYaml::parse("reason: why\n").is_err());
    }

    #[test]
    fn run_names_are_checked() {
        assert!(CaseYaml::parse("runs:\n  - {name: a}\n  - {name: a}\n").is_err());
        assert!(CaseYaml::parse("runs:\n  - {name: 'a b'}\n").is_err());
        assert!(CaseYaml::parse("runs:\n  - {name: ''}\n").is_err());
    }

    fn write(dir: &Path, rel: &str, text: &str) {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn discovers_variants_pyc_only_cases_and_bad_yaml() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        write(root, "cases/g/v.py", "print 1\n");
        write(
            root,
            "cases/g/v.yaml",
            "argv: [top]\nruns:\n  - {name: a, stdin: x}\n  - {name: b, argv: [own], status: 2}\n",
        );
        write(root, "cases/g/v.pyc", "golden");
        write(root, "cases/g/v.a.stdout", "");
        write(root, "cases/h/raw.pyc", "handmade");
        write(root, "cases/h/bad.py", "");
        write(root, "cases/h/bad.yaml", "stdim: x\n");
        write(root, "cases/.hidden/x.py", "");
        write(root, "cases/h/__pycache__/x.cpython-312.pyc", "");
        let found = discover(&[root.join("cases")], &Rules::default(), Some(root));
        let names: Vec<&str> = found.cases.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["cases/g/v[a]", "cases/g/v[b]", "cases/h/raw"]);
        assert_eq!(found.invalid.len(), 1);
        assert_eq!(found.invalid[0].name, "cases/h/bad");
        let a = &found.cases[0];
        assert_eq!(
            (a.stdin.as_slice(), a.args.as_slice(), a.status),
            (&b"x"[..], &["top".to_string()][..], 0)
        );
        assert_eq!(a.golden_stdout(), root.join("cases/g/v.a.stdout"));
        assert_eq!(a.golden_pyc(), root.join("cases/g/v.pyc"));
        let b = &found.cases[1];
        assert_eq!((b.args.as_slice(), b.status), (&["own".to_string()][..], 2));
        assert_eq!(
            b.diff_command(),
            "cargo run --release -p pzdiff -- diff 'cases/g/v.py[b]'"
        );
        let raw = &found.cases[2];
        assert!(raw.source.is_none());
        assert_eq!(raw.golden_stdout(), root.join("cases/h/raw.stdout"));
        assert_eq!(
            raw.bless_command(),
            "cargo run --release -p pzdiff -- bless cases/h/raw.pyc"
        );

        let one = discover(
            &[root.join("cases/g/v.py[b]")],
            &Rules::default(),
            Some(root),
        );
        assert_eq!(one.cases.len(), 1);
        assert_eq!(one.cases[0].name, "cases/g/v[b]");
        let none = discover(
            &[root.join("cases/g/v.py[zz]")],
            &Rules::default(),
            Some(root),
        );
        assert_eq!((none.cases.len(), none.invalid.len()), (0, 1));
        // The golden .pyc given by name stands for its .py.
        let via_pyc = discover(&[root.join("cases/g/v.pyc")], &Rules::default(), Some(root));
        assert_eq!(via_pyc.cases.len(), 2);
    }
}
