//! The code units a string is made of — a byte of a `str`, a code point of a `unicode` — so
//! that one engine (`%` formatting, `str.format`, format specs) serves both string kinds, as
//! CPython builds its stringlib twice.

use crate::objects::unicode::new_unicode;
use crate::objects::{new_str, ObjRef};

pub trait CodeUnit: Copy + PartialEq + From<u8> + Into<u32> {
    /// Whether the units are bytes (C's `char`) rather than code points (`Py_UNICODE`).
    const BYTE: bool;

    /// A string of this kind made of `units`.
    fn string(units: &[Self]) -> ObjRef;

    /// The unit as C code printing it with `%x` sees it: a byte is a signed `char`, so one
    /// above 127 sign-extends.
    fn c_int(self) -> u32 {
        let v: u32 = self.into();
        if Self::BYTE && v > 127 {
            v | 0xffff_ff00
        } else {
            v
        }
    }

    /// The unit as an ASCII byte, when it is one.
    fn ascii(self) -> Option<u8> {
        u8::try_from(self.into()).ok().filter(u8::is_ascii)
    }

    /// Whether the unit is the ASCII character `c`.
    fn is(self, c: u8) -> bool {
        self == Self::from(c)
    }

    /// The value of an ASCII decimal digit.
    fn digit(self) -> Option<u8> {
        self.ascii().filter(u8::is_ascii_digit).map(|d| d - b'0')
    }

    /// ASCII text as units.
    fn widen(ascii: &[u8]) -> Vec<Self> {
        ascii.iter().map(|&b| Self::from(b)).collect()
    }
}

impl CodeUnit for u8 {
    const BYTE: bool = true;

    fn string(units: &[u8]) -> ObjRef {
        new_str(units.to_vec())
    }
}

impl CodeUnit for u32 {
    const BYTE: bool = false;

    fn string(units: &[u32]) -> ObjRef {
        new_unicode(units.to_vec())
    }
}

/// `string_istitle` / `unicode_istitle`: characters that `start`s a word (upper case, and
/// title case for unicode) only follow uncased ones, those that `continue_` one (lower case)
/// only cased ones, and there is at least one cased character.
pub fn is_titled(
    units: impl IntoIterator<Item = u32>,
    start: impl Fn(u32) -> bool,
    continue_: impl Fn(u32) -> bool,
) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for c in units {
        if start(c) {
            if previous_cased {
                return false;
            }
        } else if continue_(c) {
            if !previous_cased {
                return false;
            }
        } else {
            previous_cased = false;
            continue;
        }
        previous_cased = true;
        cased = true;
    }
    cased
}
