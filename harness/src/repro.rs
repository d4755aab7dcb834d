//! Reproducers: for every case a `diff` run finds failing, a directory holding the exact
//! bytecode both engines ran, each engine's normalized output, the verdict with its diff, and
//! the commands that rerun the case on one engine or on both. A divergence found in a large
//! run of unseen programs can then be studied, shared and bisected without the run.

use std::path::{Path, PathBuf};

use crate::cases::Case;
use crate::diff::{LiveRun, Observed, Verdict};

/// The directory name for a case: its name with path separators and brackets made safe.
pub fn dir_name(case_name: &str) -> String {
    case_name
        .chars()
        .map(|c| match c {
            '/' | '\\' => '.',
            '[' | ']' | ' ' => '_',
            c => c,
        })
        .collect::<String>()
        .trim_matches('.')
        .to_string()
}

/// Writes the reproducer of one failing case under `root`, and returns its directory.
pub fn save(
    root: &Path,
    case: &Case,
    pyc: &[u8],
    run: &LiveRun,
    verdict: &Verdict,
) -> Result<PathBuf, String> {
    let dir = root.join(dir_name(&case.name));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let program = format!("{}.pyc", case.stem);
    let mut files: Vec<(String, Vec<u8>)> = vec![(program.clone(), pyc.to_vec())];
    for (engine, observed) in [("cpython", &run.reference), ("vm", &run.vm)] {
        files.extend(outputs(engine, observed));
    }
    if !case.stdin.is_empty() {
        files.push(("stdin".into(), case.stdin.clone()));
    }
    let stdin = if case.stdin.is_empty() {
        String::new()
    } else {
        " --stdin stdin".into()
    };
    let args = if case.args.is_empty() {
        String::new()
    } else {
        format!(" -- {}", case.args.join(" "))
    };
    let readme = format!(
        "case: {}\nverdict: {}\n\nrerun on both engines:  {}\ntrace on the VM:        pztrace run {program}{stdin}{args}\ntrace on the reference: pzdiff trace --engine cpython {program}{stdin}{args}\n\n{}",
        case.name,
        verdict.label(),
        case.diff_command(),
        verdict.details()
    );
    files.push(("verdict.txt".into(), readme.into_bytes()));
    for (name, bytes) in files {
        let path = dir.join(&name);
        std::fs::write(&path, bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(dir)
}

/// An engine's normalized stdout and stderr, and its outcome, as files.
fn outputs(engine: &str, observed: &Observed) -> Vec<(String, Vec<u8>)> {
    vec![
        (format!("{engine}.stdout"), observed.stdout.clone()),
        (format!("{engine}.stderr"), observed.stderr.clone()),
        (
            format!("{engine}.outcome"),
            format!("{}\n", observed.outcome.describe()).into_bytes(),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_names_become_flat_directory_names() {
        assert_eq!(dir_name("seeds/validate[long]"), "seeds.validate_long_");
        assert_eq!(dir_name("/tmp/x/prog"), "tmp.x.prog");
    }
}
