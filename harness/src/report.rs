//! Reports a person reads: the one-line tally of a run, and the case report with per-case
//! status and per-opcode coverage of the golden traces.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::diff::{instruction_opname, Verdict};

/// Python 2.7's `opcode.opname`, the names with a number (the rest print as `<N>`).
pub const OPCODES: &[(u8, &str)] = &[
    (0, "STOP_CODE"),
    (1, "POP_TOP"),
    (2, "ROT_TWO"),
    (3, "ROT_THREE"),
    (4, "DUP_TOP"),
    (5, "ROT_FOUR"),
    (9, "NOP"),
    (10, "UNARY_POSITIVE"),
    (11, "UNARY_NEGATIVE"),
    (12, "UNARY_NOT"),
    (13, "UNARY_CONVERT"),
    (15, "UNARY_INVERT"),
    (19, "BINARY_POWER"),
    (20, "BINARY_MULTIPLY"),
    (21, "BINARY_DIVIDE"),
    (22, "BINARY_MODULO"),
    (23, "BINARY_ADD"),
    (24, "BINARY_SUBTRACT"),
    (25, "BINARY_SUBSCR"),
    (26, "BINARY_FLOOR_DIVIDE"),
    (27, "BINARY_TRUE_DIVIDE"),
    (28, "INPLACE_FLOOR_DIVIDE"),
    (29, "INPLACE_TRUE_DIVIDE"),
    (30, "SLICE+0"),
    (31, "SLICE+1"),
    (32, "SLICE+2"),
    (33, "SLICE+3"),
    (40, "STORE_SLICE+0"),
    (41, "STORE_SLICE+1"),
    (42, "STORE_SLICE+2"),
    (43, "STORE_SLICE+3"),
    (50, "DELETE_SLICE+0"),
    (51, "DELETE_SLICE+1"),
    (52, "DELETE_SLICE+2"),
    (53, "DELETE_SLICE+3"),
    (54, "STORE_MAP"),
    (55, "INPLACE_ADD"),
    (56, "INPLACE_SUBTRACT"),
    (57, "INPLACE_MULTIPLY"),
    (58, "INPLACE_DIVIDE"),
    (59, "INPLACE_MODULO"),
    (60, "STORE_SUBSCR"),
    (61, "DELETE_SUBSCR"),
    (62, "BINARY_LSHIFT"),
    (63, "BINARY_RSHIFT"),
    (64, "BINARY_AND"),
    (65, "BINARY_XOR"),
    (66, "BINARY_OR"),
    (67, "INPLACE_POWER"),
    (68, "GET_ITER"),
    (70, "PRINT_EXPR"),
    (71, "PRINT_ITEM"),
    (72, "PRINT_NEWLINE"),
    (73, "PRINT_ITEM_TO"),
    (74, "PRINT_NEWLINE_TO"),
    (75, "INPLACE_LSHIFT"),
    (76, "INPLACE_RSHIFT"),
    (77, "INPLACE_AND"),
    (78, "INPLACE_XOR"),
    (79, "INPLACE_OR"),
    (80, "BREAK_LOOP"),
    (81, "WITH_CLEANUP"),
    (82, "LOAD_LOCALS"),
    (83, "RETURN_VALUE"),
    (84, "IMPORT_STAR"),
    (85, "EXEC_STMT"),
    (86, "YIELD_VALUE"),
    (87, "POP_BLOCK"),
    (88, "END_FINALLY"),
    (89, "BUILD_CLASS"),
    (90, "STORE_NAME"),
    (91, "DELETE_NAME"),
    (92, "UNPACK_SEQUENCE"),
    (93, "FOR_ITER"),
    (94, "LIST_APPEND"),
    (95, "STORE_ATTR"),
    (96, "DELETE_ATTR"),
    (97, "STORE_GLOBAL"),
    (98, "DELETE_GLOBAL"),
    (99, "DUP_TOPX"),
    (100, "LOAD_CONST"),
    (101, "LOAD_NAME"),
    (102, "BUILD_TUPLE"),
    (103, "BUILD_LIST"),
    (104, "BUILD_SET"),
    (105, "BUILD_MAP"),
    (106, "LOAD_ATTR"),
    (107, "COMPARE_OP"),
    (108, "IMPORT_NAME"),
    (109, "IMPORT_FROM"),
    (110, "JUMP_FORWARD"),
    (111, "JUMP_IF_FALSE_OR_POP"),
    (112, "JUMP_IF_TRUE_OR_POP"),
    (113, "JUMP_ABSOLUTE"),
    (114, "POP_JUMP_IF_FALSE"),
    (115, "POP_JUMP_IF_TRUE"),
    (116, "LOAD_GLOBAL"),
    (119, "CONTINUE_LOOP"),
    (120, "SETUP_LOOP"),
    (121, "SETUP_EXCEPT"),
    (122, "SETUP_FINALLY"),
    (124, "LOAD_FAST"),
    (125, "STORE_FAST"),
    (126, "DELETE_FAST"),
    (130, "RAISE_VARARGS"),
    (131, "CALL_FUNCTION"),
    (132, "MAKE_FUNCTION"),
    (133, "BUILD_SLICE"),
    (134, "MAKE_CLOSURE"),
    (135, "LOAD_CLOSURE"),
    (136, "LOAD_DEREF"),
    (137, "STORE_DEREF"),
    (140, "CALL_FUNCTION_VAR"),
    (141, "CALL_FUNCTION_KW"),
    (142, "CALL_FUNCTION_VAR_KW"),
    (143, "SETUP_WITH"),
    (145, "EXTENDED_ARG"),
    (146, "SET_ADD"),
    (147, "MAP_ADD"),
];

/// The opcode names executed in a trace (its instruction lines), unnamed `<N>` ones included.
pub fn opcodes_in(trace: &str) -> BTreeSet<String> {
    trace
        .lines()
        .filter_map(instruction_opname)
        .map(str::to_string)
        .collect()
}

/// Counts verdicts for the closing line of a run.
#[derive(Debug, Default)]
pub struct Tally {
    total: usize,
    failed: usize,
    counts: BTreeMap<&'static str, usize>,
    /// Unexpected divergences grouped by `Verdict::signature`, with their case names.
    buckets: BTreeMap<String, Vec<String>>,
}

/// The order kinds appear in the closing line.
const KINDS: &[&str] = &[
    "identical",
    "divergent",
    "expected divergent",
    "unexpectedly identical",
    "reference crashed",
    "VM fault",
    "compile failed",
    "not blessed",
    "invalid",
];

impl Tally {
    pub fn add(&mut self, name: &str, verdict: &Verdict) {
        if let Some(signature) = verdict.signature() {
            self.buckets
                .entry(signature)
                .or_default()
                .push(name.to_string());
        }
        self.total += 1;
        self.failed += usize::from(verdict.is_failure());
        *self.counts.entry(verdict.label()).or_default() += 1;
    }

    pub fn total(&self) -> usize {
        self.total
    }

    /// Whether any verdict counts as a failure.
    pub fn failed(&self) -> bool {
        self.failed > 0
    }

    /// `N cases: X identical, Y divergent, …` (identical and divergent always shown).
    pub fn line(&self) -> String {
        let parts: Vec<String> = KINDS
            .iter()
            .filter_map(|kind| {
                let n = self.counts.get(kind).copied().unwrap_or(0);
                (n > 0 || *kind == "identical" || *kind == "divergent")
                    .then(|| format!("{n} {kind}"))
            })
            .collect();
        let noun = if self.total == 1 { "case" } else { "cases" };
        format!("{} {noun}: {}", self.total, parts.join(", "))
    }

    /// The divergences grouped by signature, largest group first: one line per group with
    /// its size and up to five case names. Empty when nothing diverged.
    pub fn buckets(&self) -> String {
        let mut groups: Vec<(&String, &Vec<String>)> = self.buckets.iter().collect();
        groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
        let mut out = String::new();
        for (signature, names) in groups {
            let shown: Vec<&str> = names.iter().take(5).map(String::as_str).collect();
            let more = if names.len() > 5 { ", ..." } else { "" };
            let _ = writeln!(
                out,
                "{:4} {signature}: {}{more}",
                names.len(),
                shown.join(", ")
            );
        }
        out
    }
}

/// One case in the report.
pub struct Entry {
    pub name: String,
    pub verdict: Verdict,
    /// Its golden standard output, when it has one.
    pub golden_stdout: Option<String>,
}

/// The case report: per-case status against the golden files, which cases execute each
/// opcode, and the opcodes no case executes.
pub fn render(entries: &[Entry]) -> String {
    let mut out = String::new();
    let mut tally = Tally::default();
    entries.iter().for_each(|e| tally.add(&e.name, &e.verdict));
    let _ = writeln!(out, "# pztrace case report\n");
    let _ = writeln!(
        out,
        "Status of the VM against the golden files of each case.\n"
    );
    let _ = writeln!(out, "{}\n", tally.line());
    let buckets = tally.buckets();
    if !buckets.is_empty() {
        let _ = writeln!(out, "Unexpected divergences by signature:\n\n{buckets}");
    }
    let _ = writeln!(out, "## Cases\n");
    let width = entries
        .iter()
        .map(|e| e.name.len())
        .max()
        .unwrap_or(4)
        .max(4);
    for e in entries {
        let note = match &e.verdict {
            Verdict::Divergent(m) => m.headline(),
            Verdict::VmFault(msg, _) => msg.clone(),
            Verdict::ReferenceCrashed(msg)
            | Verdict::CompileFailed(msg)
            | Verdict::Invalid(msg) => msg.lines().next().unwrap_or("").to_string(),
            _ => String::new(),
        };
        let line = format!("{:width$}  {:22}  {note}", e.name, e.verdict.label());
        let _ = writeln!(out, "{}", line.trim_end());
    }

    // Per opcode, the cases whose golden trace executes it, each with whether the VM is
    // identical on that case: coverage counts only identical cases.
    let mut by_opcode: BTreeMap<String, Vec<(&str, bool)>> = BTreeMap::new();
    for e in entries {
        if let Some(stdout) = &e.golden_stdout {
            let identical = matches!(e.verdict, Verdict::Identical);
            for op in opcodes_in(stdout) {
                by_opcode.entry(op).or_default().push((&e.name, identical));
            }
        }
    }
    let known: BTreeSet<&str> = OPCODES.iter().map(|(_, n)| *n).collect();
    let executed = |name: &str| by_opcode.get(name).map(Vec::as_slice).unwrap_or(&[]);
    let covered = OPCODES
        .iter()
        .filter(|(_, n)| !executed(n).is_empty())
        .count();
    let covered_identical = OPCODES
        .iter()
        .filter(|(_, n)| executed(n).iter().any(|(_, identical)| *identical))
        .count();
    let _ = writeln!(
        out,
        "\n## Opcodes executed by the golden traces\n\n{covered_identical} of {} named opcodes are executed by at least one case the VM is identical on; {covered} by at least one case.\nCases the VM is not identical on are marked `(!)`.\n",
        OPCODES.len()
    );
    let list = |cases: &[(&str, bool)]| -> String {
        cases
            .iter()
            .map(|(name, identical)| {
                if *identical {
                    name.to_string()
                } else {
                    format!("{name} (!)")
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (number, name) in OPCODES {
        let cases = executed(name);
        if !cases.is_empty() {
            let _ = writeln!(out, "{number:3} {name:22} {}", list(cases));
        }
    }
    let unnamed: Vec<(&String, &Vec<(&str, bool)>)> = by_opcode
        .iter()
        .filter(|(name, _)| !known.contains(name.as_str()))
        .collect();
    if !unnamed.is_empty() {
        let _ = writeln!(out, "\nUnnamed opcodes executed:\n");
        for (name, cases) in unnamed {
            let _ = writeln!(out, "    {name:22} {}", list(cases));
        }
    }
    let missing: Vec<String> = OPCODES
        .iter()
        .filter(|(_, n)| !executed(n).iter().any(|(_, identical)| *identical))
        .map(|(number, name)| format!("{number:3} {name}"))
        .collect();
    let _ = writeln!(
        out,
        "\n## Opcodes no identical case executes ({})\n",
        missing.len()
    );
    for line in missing {
        let _ = writeln!(out, "{line}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_table_is_sorted_and_unique() {
        assert!(OPCODES.windows(2).all(|w| w[0].0 < w[1].0));
        let names: BTreeSet<&str> = OPCODES.iter().map(|(_, n)| *n).collect();
        assert_eq!(names.len(), OPCODES.len());
        assert_eq!(OPCODES.len(), 119);
    }

    #[test]
    fn tally_line() {
        let mut t = Tally::default();
        assert_eq!(t.line(), "0 cases: 0 identical, 0 divergent");
        t.add("c", &Verdict::Identical);
        t.add("c", &Verdict::ExpectedDivergent);
        t.add("c", &Verdict::ReferenceCrashed("signal 11".into()));
        assert_eq!(
            t.line(),
            "3 cases: 1 identical, 0 divergent, 1 expected divergent, 1 reference crashed"
        );
        assert!(!t.failed());
        t.add("c", &Verdict::UnexpectedlyIdentical);
        assert!(t.failed());
    }

    #[test]
    fn report_lists_coverage_and_gaps() {
        let trace = "=== enter <module> (a.py:1) ===\n   0 LOAD_CONST               0 (1)\n     push 1\n   3 PRINT_ITEM\n1   4 <255>\n   5 SLICE+1\n   8 PRINT_NEWLINE\n";
        let entries = vec![
            Entry {
                name: "cases/a".into(),
                verdict: Verdict::Identical,
                golden_stdout: Some(trace.into()),
            },
            Entry {
                name: "cases/b".into(),
                verdict: Verdict::Unblessed,
                golden_stdout: None,
            },
            Entry {
                name: "cases/c".into(),
                verdict: Verdict::ExpectedDivergent,
                golden_stdout: Some(
                    "   0 RETURN_VALUE\n   1 LOAD_CONST               0 (1)\n".into(),
                ),
            },
        ];
        let text = render(&entries);
        assert!(
            text.contains("100 LOAD_CONST             cases/a, cases/c (!)"),
            "{text}"
        );
        assert!(
            text.contains(" 31 SLICE+1                cases/a"),
            "{text}"
        );
        assert!(
            text.contains("4 of 119 named opcodes are executed by at least one case the VM is identical on; 5 by"),
            "{text}"
        );
        assert!(
            text.contains("## Opcodes no identical case executes (115)"),
            "{text}"
        );
        assert!(text.contains("\n 83 RETURN_VALUE\n"), "{text}");
        assert!(
            text.contains("Unnamed opcodes executed:\n\n    <255>"),
            "{text}"
        );
        assert!(text.contains("cases/b  not blessed"), "{text}");
    }
}
