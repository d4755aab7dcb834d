//! SRE's character predicates and case folding in their three flavours: the default
//! (ASCII tables), `LOCALE` (the C library's `<ctype.h>`; the VM runs in the C locale, so
//! ASCII again but over 0..=255) and `UNICODE` (the `Py_UNICODE_IS*` database predicates).

use super::constants::*;
use crate::unicode_db as db;

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

/// `Py_UNICODE_ISDECIMAL`.
fn uni_is_decimal(ch: u32) -> bool {
    db::is_decimal(ch)
}

/// `Py_UNICODE_ISSPACE`.
fn uni_is_space(ch: u32) -> bool {
    db::is_space(ch)
}

/// `Py_UNICODE_ISLINEBREAK`.
fn uni_is_linebreak(ch: u32) -> bool {
    db::is_linebreak(ch)
}

/// `SRE_UNI_IS_WORD`: `Py_UNICODE_ISALNUM` or `_`.
fn uni_is_word(ch: u32) -> bool {
    ch == b'_' as u32 || db::is_alnum(ch)
}

/// `Py_UNICODE_TOLOWER`: 2.7's one-code-point lower-case mapping.
pub fn unicode_lower(ch: u32) -> u32 {
    db::to_lower(ch)
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
