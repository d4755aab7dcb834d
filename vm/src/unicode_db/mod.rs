//! Python 2.7's character database (Objects/unicodectype.c): case mapping and the
//! character classes of `unicode` methods, by the Unicode version 2.7 was built with rather
//! than the newer one Rust's `char` methods follow. The tables are generated from the
//! reference interpreter by `vm/tools/gen_unicode_db.py`.

mod tables;

pub use tables::UNIDATA_VERSION;
use tables::{CASE_DELTAS, CASE_RUNS, DECIMAL_RUNS, FLAG_RUNS};

const ALPHA: u16 = 1;
const DECIMAL: u16 = 1 << 1;
const DIGIT: u16 = 1 << 2;
const NUMERIC: u16 = 1 << 3;
const SPACE: u16 = 1 << 4;
const LOWER: u16 = 1 << 5;
const UPPER: u16 = 1 << 6;
const TITLE: u16 = 1 << 7;
const LINEBREAK: u16 = 1 << 8;

/// The value a run of alternating values gives `c`, if a run covers it.
fn in_runs<T: Copy>(runs: &[(u32, u32, T, T)], c: u32) -> Option<T> {
    let i = runs.partition_point(|r| r.0 <= c).checked_sub(1)?;
    let (first, last, even, odd) = runs[i];
    (c <= last).then_some(if (c - first).is_multiple_of(2) {
        even
    } else {
        odd
    })
}

fn flags(c: u32) -> u16 {
    in_runs(FLAG_RUNS, c).unwrap_or(0)
}

/// `c` plus one of its case deltas.
fn mapped(c: u32, pick: fn(&(i32, i32, i32)) -> i32) -> u32 {
    let delta = in_runs(CASE_RUNS, c)
        .and_then(|i| CASE_DELTAS.get(usize::from(i)))
        .map_or(0, pick);
    c.checked_add_signed(delta).unwrap_or(c)
}

/// `Py_UNICODE_TOLOWER`.
pub fn to_lower(c: u32) -> u32 {
    mapped(c, |d| d.0)
}

/// `Py_UNICODE_TOUPPER`.
pub fn to_upper(c: u32) -> u32 {
    mapped(c, |d| d.1)
}

/// `Py_UNICODE_TOTITLE`.
pub fn to_title(c: u32) -> u32 {
    mapped(c, |d| d.2)
}

/// `Py_UNICODE_ISALPHA`.
pub fn is_alpha(c: u32) -> bool {
    flags(c) & ALPHA != 0
}

/// `Py_UNICODE_ISDECIMAL`.
pub fn is_decimal(c: u32) -> bool {
    flags(c) & DECIMAL != 0
}

/// `Py_UNICODE_ISDIGIT`.
pub fn is_digit(c: u32) -> bool {
    flags(c) & DIGIT != 0
}

/// `Py_UNICODE_ISNUMERIC`.
pub fn is_numeric(c: u32) -> bool {
    flags(c) & NUMERIC != 0
}

/// `Py_UNICODE_ISALNUM`.
pub fn is_alnum(c: u32) -> bool {
    flags(c) & (ALPHA | DECIMAL | DIGIT | NUMERIC) != 0
}

/// `Py_UNICODE_ISSPACE`.
pub fn is_space(c: u32) -> bool {
    flags(c) & SPACE != 0
}

/// `Py_UNICODE_ISLOWER`.
pub fn is_lower(c: u32) -> bool {
    flags(c) & LOWER != 0
}

/// `Py_UNICODE_ISUPPER`.
pub fn is_upper(c: u32) -> bool {
    flags(c) & UPPER != 0
}

/// `Py_UNICODE_ISTITLE`.
pub fn is_title(c: u32) -> bool {
    flags(c) & TITLE != 0
}

/// `Py_UNICODE_ISLINEBREAK`.
pub fn is_linebreak(c: u32) -> bool {
    flags(c) & LINEBREAK != 0
}

/// `Py_UNICODE_TODECIMAL`: the value of a decimal digit.
pub fn decimal_value(c: u32) -> Option<u32> {
    let i = DECIMAL_RUNS.partition_point(|r| r.0 <= c).checked_sub(1)?;
    let (first, last, value) = DECIMAL_RUNS[i];
    (c <= last).then(|| u32::from(value) + (c - first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_python_2_7_not_newer_unicode() {
        assert_eq!(UNIDATA_VERSION, "5.2.0");
        assert_eq!(to_lower(0x130), u32::from(b'i'));
        assert_eq!(to_upper(0xdf), 0xdf);
        assert_eq!(to_upper(0x101), 0x100);
        assert_eq!(to_lower(0x100), 0x101);
        assert_eq!(to_title(0x1c6), 0x1c5);
        assert!(is_title(0x1c5) && !is_upper(0x1c5));
        // Georgian Mtavruli (Unicode 11) did not exist yet: no uppercase for Mkhedruli.
        assert_eq!(to_upper(0x10d0), 0x10d0);
        assert!(is_space(0x1c) && is_space(0x2003) && !is_space(0x200b));
        assert!(is_linebreak(0x2028) && is_linebreak(0x1c) && !is_linebreak(0x2003));
        assert!(is_digit(0xb2) && !is_decimal(0xb2) && is_numeric(0xbd));
        assert!(is_alpha(0xaa) && is_lower(0xaa) && !is_upper(0xaa));
        assert_eq!(decimal_value(0x669), Some(9));
        assert_eq!(decimal_value(0x19da), Some(1));
        assert_eq!(decimal_value(u32::from(b'a')), None);
        assert_eq!(to_lower(0x10ffff), 0x10ffff);
    }
}
