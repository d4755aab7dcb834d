//! SRE's character predicates and case folding in their three flavours: the default
//! (ASCII tables), `LOCALE` (the C library's `<ctype.h>`; the VM runs in the C locale, so
//! ASCII again but over 0..=255) and `UNICODE` (the `Py_UNICODE_IS*` database predicates).

use super::constants::*;

/// `sre_char_info`'s masks over ASCII.
fn ascii_is_digit(ch: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&ch)
}

fn ascii_is_space(ch: u32) -> bool {
    matches!(ch, 9..=13 | 32)
}

/// Only `\n` is a line break to SRE outside UNICODE mode.
pub fn ascii_is_linebreak(ch: u32) -> bool {
    ch == b'\n' as u32
}

fn ascii_is_word(ch: u32) -> bool {
    ch < 128 && (ch as u8 == b'_' || (ch as u8).is_ascii_alphanumeric())
}

/// `sre_lower`: ASCII letters only.
pub fn ascii_lower(ch: u32) -> u32 {
    if ch < 128 {
        (ch as u8).to_ascii_lowercase() as u32
    } else {
        ch
    }
}

/// `SRE_LOC_IS_WORD` in the C locale: `isalnum` or `_`, for characters up to 255.
fn locale_is_word(ch: u32) -> bool {
    ch < 256 && (ch as u8 == b'_' || (ch as u8).is_ascii_alphanumeric())
}

/// `sre_lower_locale`: `tolower` in the C locale.
pub fn locale_lower(ch: u32) -> u32 {
    if ch < 256 {
        (ch as u8).to_ascii_lowercase() as u32
    } else {
        ch
    }
}

/// The first code point of each run of ten decimal digits (category Nd) in the Unicode
/// database of Python 2.7 (5.2.0), plus the mathematical digits' five runs.
const DECIMAL_RUNS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xaa50, 0xff10, 0x104a0, 0x1d7ce,
    0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6,
];

/// `Py_UNICODE_ISDECIMAL`.
fn uni_is_decimal(ch: u32) -> bool {
    DECIMAL_RUNS
        .iter()
        .any(|&zero| (zero..zero + 10).contains(&ch))
}

/// `Py_UNICODE_ISSPACE`.
fn uni_is_space(ch: u32) -> bool {
    matches!(
        ch,
        0x09..=0x0d
            | 0x1c..=0x20
            | 0x85
            | 0xa0
            | 0x1680
            | 0x2000..=0x200a
            | 0x2028
            | 0x2029
            | 0x202f
            | 0x205f
            | 0x3000
    )
}

/// `Py_UNICODE_ISLINEBREAK`.
fn uni_is_linebreak(ch: u32) -> bool {
    matches!(ch, 0x0a..=0x0d | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029)
}

/// `Py_UNICODE_ISALNUM` or `_`.
fn uni_is_word(ch: u32) -> bool {
    ch == b'_' as u32
        || uni_is_decimal(ch)
        || char::from_u32(ch).is_some_and(|c| c.is_alphabetic() || c.is_numeric())
}

/// `Py_UNICODE_TOLOWER`: the simple (one code point) lower-case mapping.
pub fn unicode_lower(ch: u32) -> u32 {
    match char::from_u32(ch) {
        Some(c) => c.to_lowercase().next().map_or(ch, |l| l as u32),
        None => ch,
    }
}

/// The lower-casing function a pattern's flags select (`state->lower`).
pub fn lower_for_flags(flags: i64) -> fn(u32) -> u32 {
    if flags & FLAG_LOCALE != 0 {
        locale_lower
    } else if flags & FLAG_UNICODE != 0 {
        unicode_lower
    } else {
        ascii_lower
    }
}

/// `sre_category`: does `ch` belong to the category? An unknown code is no member.
pub fn category(code: u32, ch: u32) -> bool {
    match code {
        CATEGORY_DIGIT => ascii_is_digit(ch),
        CATEGORY_NOT_DIGIT => !ascii_is_digit(ch),
        CATEGORY_SPACE => ascii_is_space(ch),
        CATEGORY_NOT_SPACE => !ascii_is_space(ch),
        CATEGORY_WORD => ascii_is_word(ch),
        CATEGORY_NOT_WORD => !ascii_is_word(ch),
        CATEGORY_LINEBREAK => ascii_is_linebreak(ch),
        CATEGORY_NOT_LINEBREAK => !ascii_is_linebreak(ch),
        CATEGORY_LOC_WORD => locale_is_word(ch),
        CATEGORY_LOC_NOT_WORD => !locale_is_word(ch),
        CATEGORY_UNI_DIGIT => uni_is_decimal(ch),
        CATEGORY_UNI_NOT_DIGIT => !uni_is_decimal(ch),
        CATEGORY_UNI_SPACE => uni_is_space(ch),
        CATEGORY_UNI_NOT_SPACE => !uni_is_space(ch),
        CATEGORY_UNI_WORD => uni_is_word(ch),
        CATEGORY_UNI_NOT_WORD => !uni_is_word(ch),
        CATEGORY_UNI_LINEBREAK => uni_is_linebreak(ch),
        CATEGORY_UNI_NOT_LINEBREAK => !uni_is_linebreak(ch),
        _ => false,
    }
}

/// The word test each word-boundary `AT` code uses.
pub fn boundary_word_test(at: u32) -> Option<fn(u32) -> bool> {
    match at {
        AT_BOUNDARY | AT_NON_BOUNDARY => Some(ascii_is_word),
        AT_LOC_BOUNDARY | AT_LOC_NON_BOUNDARY => Some(locale_is_word),
        AT_UNI_BOUNDARY | AT_UNI_NON_BOUNDARY => Some(uni_is_word),
        _ => None,
    }
}
