//! Comparing two normalized runs: which parts differ, where the first divergent line is (with
//! the instruction and frame it falls under), a unified diff, and the verdict for a case.

use std::fmt::Write as _;
use std::sync::OnceLock;
use std::time::Duration;

use regex::Regex;

use std::path::Path;

use crate::cases::Case;
use crate::engine::{self, Outcome, Run, VmOptions};
use crate::normalize::Rules;

/// One side of a comparison, already normalized.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observed {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub outcome: Outcome,
}

impl Observed {
    /// Normalizes a run's output with `rules`.
    pub fn from_run(run: &Run, rules: &Rules) -> Observed {
        Observed {
            stdout: rules.apply(&run.stdout),
            stderr: rules.apply(&run.stderr),
            outcome: run.outcome.clone(),
        }
    }
}

/// The opcode name of a trace instruction line (`  12 LOAD_FAST    0 (x)`), if it is one, and
/// where on the line it starts: an instruction line may follow program output left on the
/// same line (`print 'ok',` then `ok  22 PRINT_NEWLINE`), so it is found by its `%4d NAME`
/// shape rather than at the start of the line. Stack events are never instruction lines.
pub fn instruction(line: &str) -> Option<(usize, &str)> {
    static RE: OnceLock<(Regex, Regex)> = OnceLock::new();
    let (event, instr) = RE.get_or_init(|| {
        (
            Regex::new(r"^ {5}(?:push|pop|ext_pop|stackadj) ").expect("valid pattern"),
            Regex::new(r"(?: {3}\d| {2}\d{2}| \d{3}|\d{4,}) ([A-Z][A-Z_]*(?:\+\d)?|<\d+>)(?: |$)")
                .expect("valid pattern"),
        )
    });
    if event.is_match(line) {
        return None;
    }
    let caps = instr.captures(line)?;
    Some((caps.get(0)?.start(), caps.get(1)?.as_str()))
}

/// The opcode name of an instruction line (see [`instruction`]).
pub fn instruction_opname(line: &str) -> Option<&str> {
    instruction(line).map(|(_, name)| name)
}

/// A frame marker in a trace line: whether it opens (`enter`, `resume`) or closes (`leave`)
/// a frame. A marker may follow program output left on the same line.
fn frame_marker(line: &str) -> Option<(bool, &str)> {
    let line = line.trim_end_matches(['\n', '\r']);
    if !line.ends_with(" ===") {
        return None;
    }
    for (word, opens) in [
        ("=== enter ", true),
        ("=== resume ", true),
        ("=== leave ", false),
    ] {
        if let Some(at) = line.find(word) {
            return Some((opens, &line[at..]));
        }
    }
    None
}

/// Where two outputs first differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// 1-based line number.
    pub line: usize,
    /// That line on each side; `None` past the end of the output.
    pub expected: Option<String>,
    pub actual: Option<String>,
    /// The last instruction line of the current frame before it, with its line number.
    pub instruction: Option<(usize, String)>,
    /// The marker of the frame it falls under, with its line number.
    pub frame: Option<(usize, String)>,
}

/// Finds the first line where `expected` and `actual` differ (a missing final newline counts),
/// and its context in the shared part before it.
pub fn first_divergence(expected: &str, actual: &str) -> Option<Location> {
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let index = (0..exp.len().max(act.len())).find(|&i| exp.get(i) != act.get(i))?;
    // Frames open at this point: (marker, last instruction line seen in that frame).
    type Open = (Option<(usize, String)>, Option<(usize, String)>);
    let mut stack: Vec<Open> = vec![(None, None)];
    for (i, line) in exp[..index].iter().enumerate() {
        let text = line.trim_end_matches(['\n', '\r']);
        if let Some((opens, marker)) = frame_marker(text) {
            if opens {
                stack.push((Some((i + 1, marker.to_string())), None));
            } else if stack.len() > 1 {
                stack.pop();
            }
        } else if let Some((at, _)) = instruction(text) {
            if let Some(top) = stack.last_mut() {
                top.1 = Some((i + 1, text[at..].to_string()));
            }
        }
    }
    let (frame, instruction) = stack.pop().unwrap_or((None, None));
    let show = |l: Option<&&str>| l.map(|s| s.trim_end_matches(['\n', '\r']).to_string());
    Some(Location {
        line: index + 1,
        expected: show(exp.get(index)),
        actual: show(act.get(index)),
        instruction,
        frame,
    })
}

/// Diff lines shown at most, so a runaway trace cannot flood a report.
const MAX_DIFF_LINES: usize = 200;

/// A unified diff with 3 lines of context, headed by the two labels.
pub fn unified_diff(expected: &str, actual: &str, labels: (&str, &str)) -> String {
    let diff = similar::TextDiff::configure()
        .timeout(Duration::from_secs(5))
        .diff_lines(expected, actual);
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(labels.0, labels.1)
        .to_string();
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= MAX_DIFF_LINES {
        return text;
    }
    let mut out = lines[..MAX_DIFF_LINES].join("\n");
    let _ = write!(
        out,
        "\n… {} more diff lines\n",
        lines.len() - MAX_DIFF_LINES
    );
    out
}

/// How one output stream differs.
#[derive(Clone, Debug)]
pub struct StreamDiff {
    pub stream: &'static str,
    pub location: Location,
    pub diff: String,
}

impl StreamDiff {
    fn new(
        stream: &'static str,
        expected: &[u8],
        actual: &[u8],
        labels: (&str, &str),
    ) -> Option<Self> {
        if expected == actual {
            return None;
        }
        let exp = String::from_utf8_lossy(expected);
        let act = String::from_utf8_lossy(actual);
        // Bytes that differ only in invalid UTF-8 still count: fall back to line 1.
        let location = first_divergence(&exp, &act).unwrap_or(Location {
            line: 1,
            expected: None,
            actual: None,
            instruction: None,
            frame: None,
        });
        Some(StreamDiff {
            stream,
            location,
            diff: unified_diff(&exp, &act, labels),
        })
    }

    /// `stdout line 12: expected … / got …`, in one line.
    pub fn headline(&self) -> String {
        let side = |s: &Option<String>| match s {
            Some(text) => format!("{text:?}"),
            None => "<end of output>".into(),
        };
        format!(
            "{} line {}: {} vs {}",
            self.stream,
            self.location.line,
            side(&self.location.expected),
            side(&self.location.actual)
        )
    }
}

/// Everything that differs between two runs.
#[derive(Clone, Debug)]
pub struct Mismatch {
    pub labels: (String, String),
    pub streams: Vec<StreamDiff>,
    /// The two outcomes when they differ.
    pub outcomes: Option<(Outcome, Outcome)>,
}

impl Mismatch {
    /// One line for a progress report: the first thing that differs.
    pub fn headline(&self) -> String {
        if let Some(first) = self.streams.first() {
            return first.headline();
        }
        match &self.outcomes {
            Some((e, a)) => format!(
                "status: {} {} vs {} {}",
                self.labels.0,
                e.describe(),
                self.labels.1,
                a.describe()
            ),
            None => "no difference".into(),
        }
    }

    /// The full description: per stream the first divergent line with its instruction and
    /// frame, then the unified diff; then the outcomes.
    pub fn render(&self) -> String {
        let (el, al) = (&self.labels.0, &self.labels.1);
        let width = el.len().max(al.len());
        let mut out = String::new();
        for s in &self.streams {
            let loc = &s.location;
            let side = |t: &Option<String>| t.clone().unwrap_or_else(|| "<end of output>".into());
            let _ = writeln!(out, "{} differs from line {}:", s.stream, loc.line);
            let _ = writeln!(out, "  {el:width$}: {}", side(&loc.expected));
            let _ = writeln!(out, "  {al:width$}: {}", side(&loc.actual));
            if let Some((n, text)) = &loc.instruction {
                let _ = writeln!(out, "  after instruction (line {n}): {}", text.trim_start());
            }
            if let Some((n, text)) = &loc.frame {
                let _ = writeln!(out, "  in frame (line {n}): {text}");
            }
            out.push_str(&s.diff);
            if !out.ends_with('\n') {
                out.push('\n');
            }
        }
        if let Some((e, a)) = &self.outcomes {
            let _ = writeln!(out, "status differs:");
            let _ = writeln!(out, "  {el:width$}: {}", e.describe());
            let _ = writeln!(out, "  {al:width$}: {}", a.describe());
        }
        out
    }
}

/// Compares `actual` with `expected`; `None` when they agree on every part.
pub fn compare(expected: &Observed, actual: &Observed, labels: (&str, &str)) -> Option<Mismatch> {
    let streams: Vec<StreamDiff> = [
        StreamDiff::new("stdout", &expected.stdout, &actual.stdout, labels),
        StreamDiff::new("stderr", &expected.stderr, &actual.stderr, labels),
    ]
    .into_iter()
    .flatten()
    .collect();
    let outcomes = (expected.outcome != actual.outcome)
        .then(|| (expected.outcome.clone(), actual.outcome.clone()));
    if streams.is_empty() && outcomes.is_none() {
        return None;
    }
    Some(Mismatch {
        labels: (labels.0.to_string(), labels.1.to_string()),
        streams,
        outcomes,
    })
}

/// What became of one case.
#[derive(Clone, Debug)]
pub enum Verdict {
    Identical,
    Divergent(Box<Mismatch>),
    /// Diverged, as its YAML says it should.
    ExpectedDivergent,
    /// Marked `expect: divergent` but matched: the mark is stale.
    UnexpectedlyIdentical,
    /// The reference crashed or hit a limit: there is no oracle, so this is no mismatch.
    ReferenceCrashed(String),
    /// The VM stopped with a fault where the reference did not.
    VmFault(String, Box<Mismatch>),
    /// The reference engine could not compile the program.
    CompileFailed(String),
    /// The case could not be run at all (bad YAML, unreadable file, a run that did not start).
    Invalid(String),
    /// The case has no golden files yet.
    Unblessed,
}

impl Verdict {
    /// Decides a case from the expected side (reference run or golden files) and the side
    /// under test, honouring `expect: divergent`.
    pub fn judge(
        expected: &Observed,
        actual: &Observed,
        labels: (&str, &str),
        expect_divergent: bool,
    ) -> Verdict {
        if let Outcome::Crashed(_) | Outcome::Limit(_) = &expected.outcome {
            return Verdict::ReferenceCrashed(expected.outcome.describe());
        }
        match compare(expected, actual, labels) {
            None if expect_divergent => Verdict::UnexpectedlyIdentical,
            None => Verdict::Identical,
            Some(_) if expect_divergent => Verdict::ExpectedDivergent,
            Some(m) => match &actual.outcome {
                Outcome::Fault(msg) | Outcome::Limit(msg) => {
                    Verdict::VmFault(msg.clone(), Box::new(m))
                }
                _ => Verdict::Divergent(Box::new(m)),
            },
        }
    }

    /// The label used in progress lines and summaries.
    pub fn label(&self) -> &'static str {
        match self {
            Verdict::Identical => "identical",
            Verdict::Divergent(_) => "divergent",
            Verdict::ExpectedDivergent => "expected divergent",
            Verdict::UnexpectedlyIdentical => "unexpectedly identical",
            Verdict::ReferenceCrashed(_) => "reference crashed",
            Verdict::VmFault(..) => "VM fault",
            Verdict::CompileFailed(_) => "compile failed",
            Verdict::Invalid(_) => "invalid",
            Verdict::Unblessed => "not blessed",
        }
    }

    /// Whether this verdict makes a run fail. A reference crash has no oracle and a compile
    /// failure is a property of the program, so neither is a mismatch.
    pub fn is_failure(&self) -> bool {
        matches!(
            self,
            Verdict::Divergent(_)
                | Verdict::UnexpectedlyIdentical
                | Verdict::VmFault(..)
                | Verdict::Invalid(_)
                | Verdict::Unblessed
        )
    }

    /// What kind of divergence this is, so a run over many programs can group its failures
    /// (the bucketing of differential fuzzers): a VM fault by its message with numbers
    /// masked, a mismatch by the stream and the instruction it follows. `None` for verdicts
    /// that are not divergences.
    pub fn signature(&self) -> Option<String> {
        match self {
            Verdict::VmFault(msg, _) => Some(format!("VM fault: {}", mask_numbers(msg))),
            Verdict::Divergent(m) => Some(match m.streams.first() {
                Some(s) => {
                    let after = s
                        .location
                        .instruction
                        .as_ref()
                        .and_then(|(_, text)| instruction_opname(text))
                        .unwrap_or("the start");
                    format!("{} differs after {after}", s.stream)
                }
                None => "exit status differs".into(),
            }),
            _ => None,
        }
    }

    /// The details worth printing under the progress line.
    pub fn details(&self) -> String {
        match self {
            Verdict::Identical | Verdict::ExpectedDivergent => String::new(),
            Verdict::Divergent(m) => m.render(),
            Verdict::UnexpectedlyIdentical => {
                "marked `expect: divergent` but the engines agree: remove `expect` and `reason` from its YAML\n".into()
            }
            Verdict::VmFault(msg, m) => format!("VM fault: {msg}\n{}", m.render()),
            Verdict::ReferenceCrashed(msg) | Verdict::CompileFailed(msg) | Verdict::Invalid(msg) => {
                format!("{msg}\n")
            }
            Verdict::Unblessed => "no golden files yet\n".into(),
        }
    }
}

/// `text` with every run of digits replaced by `N`, so faults that differ only in an offset
/// or a count share a bucket.
fn mask_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_number = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                out.push('N');
            }
            in_number = true;
        } else {
            out.push(c);
            in_number = false;
        }
    }
    out
}

/// Both engines' normalized runs of one program.
pub struct LiveRun {
    pub reference: Observed,
    pub vm: Observed,
}

impl LiveRun {
    /// The verdict of the VM's run against the reference's, honouring `expect: divergent`.
    pub fn verdict(&self, case: &Case) -> Verdict {
        Verdict::judge(
            &self.reference,
            &self.vm,
            ("cpython", "vm"),
            case.expect_divergent.is_some(),
        )
    }
}

/// Runs `pyc` on both engines, the VM with the same time limit as the reference.
pub fn run_both(
    case: &Case,
    python: &Path,
    pyc: &[u8],
    timeout: Duration,
) -> Result<LiveRun, String> {
    let source = case.read_source()?;
    let program = case.program(pyc, source.as_deref());
    let reference = engine::run_cpython(python, program, case.input(), timeout)?;
    let options = VmOptions {
        limits: pztrace::Limits {
            max_time: timeout,
            ..pztrace::Limits::default()
        },
        ..VmOptions::default()
    };
    let vm = engine::run_vm(program, case.input(), &options)?;
    Ok(LiveRun {
        reference: Observed::from_run(&reference, &case.rules),
        vm: Observed::from_run(&vm, &case.rules),
    })
}

/// Runs `pyc` live on both engines and compares them (the `diff` command).
pub fn live(case: &Case, python: &Path, pyc: &[u8], timeout: Duration) -> Verdict {
    match run_both(case, python, pyc, timeout) {
        Ok(run) => run.verdict(case),
        Err(e) => Verdict::Invalid(e),
    }
}

/// Runs the golden bytecode on the VM and compares it with the golden output (no reference
/// engine needed).
pub fn vm_against_golden(case: &Case, options: &VmOptions) -> Verdict {
    let golden = match case.read_golden() {
        Ok(Some(g)) => g,
        Ok(None) => return Verdict::Unblessed,
        Err(e) => return Verdict::Invalid(e),
    };
    let loaded = std::fs::read(case.golden_pyc())
        .map_err(|e| format!("cannot read {}: {e}", case.golden_pyc().display()))
        .and_then(|pyc| Ok((pyc, case.read_source()?)));
    let (pyc, source) = match loaded {
        Ok(l) => l,
        Err(e) => return Verdict::Invalid(e),
    };
    match engine::run_vm(case.program(&pyc, source.as_deref()), case.input(), options) {
        Ok(run) => Verdict::judge(
            &golden,
            &Observed::from_run(&run, &case.rules),
            ("golden", "vm"),
            case.expect_divergent.is_some(),
        ),
        Err(e) => Verdict::Invalid(e),
    }
}

/// Checks the golden files against the reference engine: the stored bytecode must equal a
/// fresh compile, and a live run must reproduce the golden output exactly.
pub fn reference_against_golden(case: &Case, python: &Path, timeout: Duration) -> Verdict {
    let golden = match case.read_golden() {
        Ok(Some(g)) => g,
        Ok(None) => return Verdict::Unblessed,
        Err(e) => return Verdict::Invalid(e),
    };
    let stored = match std::fs::read(case.golden_pyc()) {
        Ok(b) => b,
        Err(e) => {
            return Verdict::Invalid(format!("cannot read {}: {e}", case.golden_pyc().display()))
        }
    };
    let fresh = match case.compile_fresh(python) {
        Ok(b) => b,
        Err(e) => return Verdict::CompileFailed(e),
    };
    if fresh != stored {
        return Verdict::Invalid(format!(
            "{} differs from a fresh compile by the reference engine ({} vs {} bytes): bless again",
            case.shown(&case.golden_pyc()),
            stored.len(),
            fresh.len()
        ));
    }
    let source = match case.read_source() {
        Ok(s) => s,
        Err(e) => return Verdict::Invalid(e),
    };
    match engine::run_cpython(
        python,
        case.program(&stored, source.as_deref()),
        case.input(),
        timeout,
    ) {
        Ok(run) => {
            let observed = Observed::from_run(&run, &case.rules);
            match compare(&golden, &observed, ("golden", "cpython")) {
                None => Verdict::Identical,
                Some(m) => Verdict::Divergent(Box::new(m)),
            }
        }
        Err(e) => Verdict::Invalid(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognizes_instruction_lines() {
        assert_eq!(
            instruction_opname("   0 LOAD_CONST               0 (1)"),
            Some("LOAD_CONST")
        );
        assert_eq!(
            instruction_opname("  12 RETURN_VALUE"),
            Some("RETURN_VALUE")
        );
        assert_eq!(instruction_opname("10000 SLICE+2"), Some("SLICE+2"));
        assert_eq!(instruction_opname("   7 <255>"), Some("<255>"));
        assert_eq!(instruction_opname("     push 3"), None);
        assert_eq!(instruction_opname("=== enter f (a.py:1) ==="), None);
        assert_eq!(instruction_opname("12 apples"), None);
        assert_eq!(instruction_opname("12 LOAD_CONST"), None);
        assert_eq!(
            instruction("start  22 PRINT_NEWLINE"),
            Some((5, "PRINT_NEWLINE"))
        );
        assert_eq!(instruction("x 12 NOP"), None);
        assert_eq!(instruction("123 NOP"), None);
        assert_eq!(instruction("1   4 <255>"), Some((1, "<255>")));
        assert_eq!(instruction("ok1234 NOP"), Some((2, "NOP")));
        assert_eq!(instruction_opname("     push '   5 NOP'"), None);
        assert_eq!(
            instruction_opname("   5 STORE_SLICE+3"),
            Some("STORE_SLICE+3")
        );
    }

    const TRACE: &str = "\
=== enter <module> (a.py:1) ===
   0 LOAD_CONST               0 (<code object f>)
     push <code object f>
   3 CALL_FUNCTION            0
=== enter f (a.py:1) ===
   0 LOAD_CONST               1 (1)
     push 1
   3 RETURN_VALUE
     pop 1
=== leave f (return) ===
     ext_pop <function f>
     push 1
   6 PRINT_ITEM
     pop 1
1
";

    #[test]
    fn equal_texts_have_no_divergence() {
        assert_eq!(first_divergence(TRACE, TRACE), None);
    }

    #[test]
    fn locates_divergence_inside_a_nested_frame() {
        let bad = TRACE.replace("     push 1\n   3 RETURN", "     push 2\n   3 RETURN");
        let loc = first_divergence(TRACE, &bad).unwrap();
        assert_eq!(loc.line, 7);
        assert_eq!(loc.expected.as_deref(), Some("     push 1"));
        assert_eq!(loc.actual.as_deref(), Some("     push 2"));
        assert_eq!(
            loc.instruction,
            Some((6, "   0 LOAD_CONST               1 (1)".into()))
        );
        assert_eq!(loc.frame, Some((5, "=== enter f (a.py:1) ===".into())));
    }

    #[test]
    fn after_a_leave_the_outer_frame_and_its_instruction_are_restored() {
        let bad = TRACE.replace("     ext_pop <function f>", "     ext_pop <function g>");
        let loc = first_divergence(TRACE, &bad).unwrap();
        assert_eq!(loc.line, 11);
        assert_eq!(
            loc.instruction,
            Some((4, "   3 CALL_FUNCTION            0".into()))
        );
        assert_eq!(
            loc.frame,
            Some((1, "=== enter <module> (a.py:1) ===".into()))
        );
    }

    #[test]
    fn a_shorter_side_and_a_missing_newline_diverge() {
        let cut = &TRACE[..TRACE.len() - 2];
        let loc = first_divergence(TRACE, cut).unwrap();
        assert_eq!(loc.line, 15);
        let loc = first_divergence("a\nb\n", "a\n").unwrap();
        assert_eq!((loc.line, loc.actual), (2, None));
        let loc = first_divergence("a\n", "a").unwrap();
        assert_eq!(loc.line, 1);
    }

    #[test]
    fn instruction_after_unterminated_output_is_found() {
        let exp = "=== enter <module> (a.py:1) ===\n   0 LOAD_CONST 0 ('ok')\n     pop 'ok'\nok   3 PRINT_NEWLINE\nx\n";
        let act = "=== enter <module> (a.py:1) ===\n   0 LOAD_CONST 0 ('ok')\n     pop 'ok'\nok   3 PRINT_NEWLINE\ny\n";
        let loc = first_divergence(exp, act).unwrap();
        assert_eq!(loc.instruction, Some((4, "   3 PRINT_NEWLINE".into())));
    }

    #[test]
    fn marker_after_unterminated_output_still_opens_a_frame() {
        let exp = "ok=== enter f (a.py:2) ===\n   0 LOAD_FAST 0 (x)\n     push 1\n";
        let act = "ok=== enter f (a.py:2) ===\n   0 LOAD_FAST 0 (x)\n     push 2\n";
        let loc = first_divergence(exp, act).unwrap();
        assert_eq!(loc.frame.unwrap().1, "=== enter f (a.py:2) ===");
    }

    fn observed(stdout: &str, status: i32) -> Observed {
        Observed {
            stdout: stdout.as_bytes().to_vec(),
            stderr: Vec::new(),
            outcome: Outcome::Exited(status),
        }
    }

    #[test]
    fn verdicts() {
        let labels = ("cpython", "vm");
        let a = observed("x\n", 0);
        assert!(matches!(
            Verdict::judge(&a, &a, labels, false),
            Verdict::Identical
        ));
        assert!(matches!(
            Verdict::judge(&a, &a, labels, true),
            Verdict::UnexpectedlyIdentical
        ));
        let b = observed("y\n", 0);
        let v = Verdict::judge(&a, &b, labels, false);
        assert!(v.is_failure());
        let Verdict::Divergent(m) = v else {
            panic!("{v:?}")
        };
        let text = m.render();
        assert!(text.contains("--- cpython\n+++ vm\n"), "{text}");
        assert!(text.contains("-x\n+y\n"), "{text}");
        assert!(matches!(
            Verdict::judge(&a, &b, labels, true),
            Verdict::ExpectedDivergent
        ));
        let status_only = Verdict::judge(&a, &observed("x\n", 1), labels, false);
        let Verdict::Divergent(m) = status_only else {
            panic!()
        };
        assert!(m.streams.is_empty() && m.outcomes.is_some());
        let fault = Observed {
            outcome: Outcome::Fault("nope".into()),
            ..a.clone()
        };
        assert!(matches!(
            Verdict::judge(&a, &fault, labels, false),
            Verdict::VmFault(..)
        ));
        let crashed = Observed {
            outcome: Outcome::Crashed(11),
            ..a.clone()
        };
        let v = Verdict::judge(&crashed, &b, labels, false);
        assert!(matches!(v, Verdict::ReferenceCrashed(_)) && !v.is_failure());
    }

    #[test]
    fn divergences_are_bucketed_by_stream_and_instruction() {
        let golden = observed("   0 LOAD_CONST               0 (1)\n     push 1\n", 0);
        let vm = observed("   0 LOAD_CONST               0 (1)\n     push 2\n", 0);
        let verdict = Verdict::judge(&golden, &vm, ("a", "b"), false);
        assert_eq!(
            verdict.signature().as_deref(),
            Some("stdout differs after LOAD_CONST")
        );
        assert_eq!(Verdict::Identical.signature(), None);
        assert_eq!(mask_numbers("at offset 12 of 345"), "at offset N of N");
    }

    #[test]
    fn long_diffs_are_cut() {
        let a: String = (0..1000).map(|i| format!("{i}\n")).collect();
        let b: String = (0..1000).map(|i| format!("{}\n", i * 7)).collect();
        let d = unified_diff(&a, &b, ("a", "b"));
        assert!(d.lines().count() <= MAX_DIFF_LINES + 1);
        assert!(d.contains("more diff lines"));
    }
}
