//! The case suite: one trial per case comparing the VM with the golden files, and one
//! `[cpython]` trial per case checking the golden files against a live reference engine.
//!
//! Environment: `PZ_NO_BUILD` (set) never builds a missing reference engine; `CI` (set) turns
//! a missing reference engine into failures instead of ignored trials.

use std::path::PathBuf;
use std::sync::Arc;

use libtest_mimic::{Arguments, Completion, Failed, Trial};

use pzdiff::cases::{self, Case};
use pzdiff::diff::{self, Verdict};
use pzdiff::engine::{self, VmOptions};
use pzdiff::normalize::Rules;

/// The failure text for a case: what went wrong, then how to reproduce and how to bless it.
fn failure(case: &Case, verdict: &Verdict) -> Failed {
    let mut text = format!("{}: {}\n", case.name, verdict.label());
    text.push_str(&verdict.details());
    text.push_str(&format!(
        "rerun on both engines: {}\nbless from the reference: {}\n",
        case.diff_command(),
        case.bless_command()
    ));
    text.into()
}

/// The outcome of a trial from its verdict.
fn conclude(case: &Case, verdict: Verdict) -> Result<(), Failed> {
    match verdict {
        Verdict::Identical | Verdict::ExpectedDivergent => Ok(()),
        other => Err(failure(case, &other)),
    }
}

/// Decides once which reference engine the `[cpython]` trials use, or why there is none.
fn reference_engine(listing: bool) -> Result<PathBuf, String> {
    if let Some(python) = pzdiff::cpython::installed_python() {
        return Ok(python);
    }
    if listing {
        return Err("not decided when listing".into());
    }
    if std::env::var_os("PZ_NO_BUILD").is_some() {
        return Err("no reference engine installed and PZ_NO_BUILD is set".into());
    }
    engine::reference(true, None).map_err(|e| format!("building the reference engine failed: {e}"))
}

fn main() {
    let args = Arguments::from_args();
    let root = cases::workspace_root();
    let mut trials = Vec::new();

    let found = match Rules::load(&cases::default_rules_path()) {
        Ok(rules) => cases::discover(&[root.join("cases")], &rules, Some(&root)),
        Err(e) => {
            trials.push(Trial::test("cases/normalize.yaml", move || Err(e.into())));
            Default::default()
        }
    };
    if found.cases.is_empty() {
        trials.push(Trial::test("cases (discovery)", || {
            Err("no cases discovered under cases/: a run that tests nothing is a failure".into())
        }));
    }
    for bad in found.invalid {
        let message = format!(
            "{}: {}\ncheck the file against the case format",
            bad.file_arg, bad.message
        );
        trials.push(Trial::test(bad.name, move || Err(message.into())));
    }

    let reference = Arc::new(reference_engine(args.list));
    let in_ci = std::env::var_os("CI").is_some();
    for case in found.cases {
        let case = Arc::new(case);
        let vm_case = Arc::clone(&case);
        trials.push(Trial::test(case.name.clone(), move || {
            conclude(
                &vm_case,
                diff::vm_against_golden(&vm_case, &VmOptions::default()),
            )
        }));
        let reference = Arc::clone(&reference);
        let name = format!("{} [cpython]", case.name);
        trials.push(Trial::ignorable_test(name, move || {
            match reference.as_ref() {
                Ok(python) => {
                    let verdict =
                        diff::reference_against_golden(&case, python, engine::DEFAULT_TIMEOUT);
                    conclude(&case, verdict).map(|()| Completion::Completed)
                }
                Err(why) if in_ci => Err(format!("{why} (CI is set, so this fails)").into()),
                Err(why) => Ok(Completion::ignored_with(why)),
            }
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}
