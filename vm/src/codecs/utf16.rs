//! UTF-16 and UTF-32 (`PyUnicode_DecodeUTF16Stateful`, `PyUnicode_EncodeUTF16` and their
//! UTF-32 twins) on the reference's little-endian, UCS-4 build: a byte order of -1 is
//! little-endian, 1 big-endian, and 0 native, where a decoder takes a leading byte order mark
//! to choose the order and an encoder writes one.

use super::{decode_with, ErrorPolicy, Step};
use crate::error::PyResult;
use crate::runtime::Vm;

/// The width of one code unit and the codec's name in its errors.
#[derive(Clone, Copy)]
pub enum Width {
    Utf16,
    Utf32,
}

impl Width {
    fn unit(self) -> usize {
        match self {
            Width::Utf16 => 2,
            Width::Utf32 => 4,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Width::Utf16 => "utf16",
            Width::Utf32 => "utf32",
        }
    }
}

/// The code unit at `at` in the byte order (`big` or little-endian).
fn unit_at(bytes: &[u8], at: usize, width: Width, big: bool) -> u32 {
    let unit = &bytes[at..at + width.unit()];
    let fold = |acc: u32, b: &u8| (acc << 8) | u32::from(*b);
    if big {
        unit.iter().fold(0, fold)
    } else {
        unit.iter().rev().fold(0, fold)
    }
}

/// Decodes `bytes` in the byte order `*byteorder`, which a native-order decode replaces by
/// the order its byte order mark chose. Unless `last`, a unit or surrogate pair the input
/// ends inside is left unconsumed.
pub fn decode(
    vm: &mut Vm,
    policy: &mut ErrorPolicy,
    bytes: &[u8],
    width: Width,
    byteorder: &mut i32,
    last: bool,
) -> PyResult<(Vec<u32>, usize)> {
    let unit = width.unit();
    let mut skip = 0;
    if *byteorder == 0 && bytes.len() >= unit {
        let swapped_mark = match width {
            Width::Utf16 => 0xfffe,
            Width::Utf32 => 0xfffe_0000,
        };
        match unit_at(bytes, 0, width, false) {
            0xfeff => (*byteorder, skip) = (-1, unit),
            c if c == swapped_mark => (*byteorder, skip) = (1, unit),
            _ => {}
        }
    }
    let big = *byteorder == 1;
    decode_with(vm, policy, width.name(), bytes, |_, out, at| {
        if at < skip {
            return Ok(Step::Read(skip - at));
        }
        if bytes.len() - at < unit {
            return Ok(if last {
                Step::Invalid(at..bytes.len(), "truncated data")
            } else {
                Step::Incomplete
            });
        }
        let c = unit_at(bytes, at, width, big);
        if let Width::Utf32 = width {
            if c >= 0x110000 {
                return Ok(Step::Invalid(
                    at..at + 4,
                    "code point not in range(0x110000)",
                ));
            }
            out.push(c);
            return Ok(Step::Read(4));
        }
        if !(0xd800..=0xdfff).contains(&c) {
            out.push(c);
            return Ok(Step::Read(2));
        }
        if bytes.len() - at < 4 {
            return Ok(if last {
                Step::Invalid(at..bytes.len(), "unexpected end of data")
            } else {
                Step::Incomplete
            });
        }
        if c >= 0xdc00 {
            return Ok(Step::Invalid(at..at + 2, "illegal encoding"));
        }
        let low = unit_at(bytes, at + 2, width, big);
        if !(0xdc00..=0xdfff).contains(&low) {
            return Ok(Step::Invalid(at..at + 2, "illegal UTF-16 surrogate"));
        }
        out.push((((c & 0x3ff) << 10) | (low & 0x3ff)) + 0x10000);
        Ok(Step::Read(4))
    })
}

/// Encodes `chars` in the byte order (0: native, after a byte order mark); characters above
/// U+FFFF become surrogate pairs in UTF-16.
pub fn encode(chars: &[u32], width: Width, byteorder: i32) -> Vec<u8> {
    let unit = width.unit();
    let mut out = Vec::with_capacity((chars.len() + 1) * unit);
    let mut store = |c: u32| {
        let bytes = c.to_le_bytes();
        let mut unit_bytes = bytes[..unit].to_vec();
        if byteorder == 1 {
            unit_bytes.reverse();
        }
        out.extend(unit_bytes);
    };
    if byteorder == 0 {
        store(0xfeff);
    }
    for &c in chars {
        match width {
            Width::Utf16 if c >= 0x10000 => {
                store(0xd800 | ((c - 0x10000) >> 10));
                store(0xdc00 | ((c - 0x10000) & 0x3ff));
            }
            _ => store(c),
        }
    }
    out
}
