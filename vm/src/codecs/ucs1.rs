//! Latin-1 and ASCII (`PyUnicode_DecodeLatin1`, `PyUnicode_DecodeASCII` and
//! `unicode_encode_ucs1`): one byte per character below 256 or 128.

use super::{decode_with, encode_with, BadReplacement, Encoder, ErrorPolicy, Step};
use crate::error::PyResult;
use crate::runtime::Vm;

pub fn decode_latin1(bytes: &[u8]) -> Vec<u32> {
    bytes.iter().map(|b| u32::from(*b)).collect()
}

pub fn decode_ascii(vm: &mut Vm, policy: &mut ErrorPolicy, bytes: &[u8]) -> PyResult<Vec<u32>> {
    let (chars, _) = decode_with(vm, policy, "ascii", bytes, |_, out, at| {
        Ok(match bytes[at] {
            b @ 0..=0x7f => {
                out.push(u32::from(b));
                Step::Read(1)
            }
            _ => Step::Invalid(at..at + 1, "ordinal not in range(128)"),
        })
    })?;
    Ok(chars)
}

/// Encodes to Latin-1 (`limit` 256) or ASCII (`limit` 128).
pub fn encode(
    vm: &mut Vm,
    policy: &mut ErrorPolicy,
    chars: &[u32],
    limit: u32,
) -> PyResult<Vec<u8>> {
    let (name, reason) = if limit == 256 {
        ("latin-1", "ordinal not in range(256)")
    } else {
        ("ascii", "ordinal not in range(128)")
    };
    let encoder = Encoder {
        name,
        reason,
        bad_replacement: BadReplacement::FirstChar,
        write: |_: &mut Vm, c: u32, out: &mut Vec<u8>| {
            let fits = c < limit;
            if fits {
                out.push(c as u8);
            }
            Ok(fits)
        },
    };
    encode_with(vm, policy, chars, encoder)
}
