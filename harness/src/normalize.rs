//! Normalization: the ordered, named regex rules applied to both engines' output before it is
//! compared or blessed.

use std::path::Path;

use regex::bytes::Regex;
use serde::Deserialize;

/// One rule as written in `cases/normalize.yaml` or in a case's `normalize:` list.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    pub name: String,
    pub pattern: String,
    /// Replacement text; `$1`, `${name}` refer to capture groups (regex crate syntax).
    pub replace: String,
}

/// A compiled rule.
#[derive(Clone, Debug)]
pub struct Rule {
    pub name: String,
    regex: Regex,
    replace: Vec<u8>,
}

/// An ordered list of rules; each one sees the output of the one before it.
#[derive(Clone, Debug, Default)]
pub struct Rules {
    rules: Vec<Rule>,
}

impl Rules {
    /// Compiles `specs` in order; a bad pattern names the rule it came from.
    pub fn compile(specs: &[RuleSpec]) -> Result<Rules, String> {
        let mut rules = Vec::with_capacity(specs.len());
        for spec in specs {
            let regex = Regex::new(&spec.pattern)
                .map_err(|e| format!("normalization rule `{}`: {e}", spec.name))?;
            rules.push(Rule {
                name: spec.name.clone(),
                regex,
                replace: spec.replace.clone().into_bytes(),
            });
        }
        Ok(Rules { rules })
    }

    /// Parses the YAML list of rules in `text`.
    pub fn parse(text: &str) -> Result<Rules, String> {
        let specs: Vec<RuleSpec> = serde_yaml::from_str(text).map_err(|e| e.to_string())?;
        Rules::compile(&specs)
    }

    /// Reads a rules file such as `cases/normalize.yaml`.
    pub fn load(path: &Path) -> Result<Rules, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Rules::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// These rules followed by `more` (a case's own rules run after the global ones).
    pub fn then(&self, more: &Rules) -> Rules {
        let mut rules = self.rules.clone();
        rules.extend(more.rules.iter().cloned());
        Rules { rules }
    }

    /// The rule names, in the order they apply.
    pub fn names(&self) -> Vec<&str> {
        self.rules.iter().map(|r| r.name.as_str()).collect()
    }

    /// Applies every rule, in order, to `text`.
    pub fn apply(&self, text: &[u8]) -> Vec<u8> {
        let mut out = text.to_vec();
        for rule in &self.rules {
            if let std::borrow::Cow::Owned(changed) =
                rule.regex.replace_all(&out, rule.replace.as_slice())
            {
                out = changed;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(yaml: &str) -> Rules {
        Rules::parse(yaml).unwrap()
    }

    #[test]
    fn masks_addresses_with_the_shipped_rules() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../cases/normalize.yaml");
        let r = Rules::load(&path).unwrap();
        let out = r.apply(b"     push <function f at 0x7f3a4c2b1d70>\n");
        assert_eq!(out, b"     push <function f at 0xADDR>\n");
        // A bare hexadecimal number is program output, not an address: left alone.
        assert_eq!(r.apply(b"0x7f3a\n"), b"0x7f3a\n");
    }

    #[test]
    fn rules_apply_in_order() {
        let yaml =
            "- {name: a, pattern: 'x', replace: 'y'}\n- {name: b, pattern: 'y', replace: 'z'}\n";
        assert_eq!(rules(yaml).apply(b"xy"), b"zz");
        let swapped =
            "- {name: b, pattern: 'y', replace: 'z'}\n- {name: a, pattern: 'x', replace: 'y'}\n";
        assert_eq!(rules(swapped).apply(b"xy"), b"yz");
    }

    #[test]
    fn case_rules_run_after_global_ones() {
        let global = rules("- {name: g, pattern: 'a', replace: 'b'}\n");
        let case = rules("- {name: c, pattern: 'b', replace: 'c'}\n");
        let all = global.then(&case);
        assert_eq!(all.names(), ["g", "c"]);
        assert_eq!(all.apply(b"a"), b"c");
        assert_eq!(case.then(&global).apply(b"a"), b"b");
    }

    #[test]
    fn capture_groups_expand() {
        let r = rules("- {name: n, pattern: 'id=(\\d+)', replace: 'id=<$1>'}\n");
        assert_eq!(r.apply(b"id=42"), b"id=<42>");
    }

    #[test]
    fn rejects_unknown_keys_and_bad_patterns() {
        let err = Rules::parse("- {name: a, pattern: 'x', replce: 'y'}\n").unwrap_err();
        assert!(err.contains("replce"), "{err}");
        let err = Rules::parse("- {name: broken, pattern: '(', replace: ''}\n").unwrap_err();
        assert!(err.contains("broken"), "{err}");
    }
}
