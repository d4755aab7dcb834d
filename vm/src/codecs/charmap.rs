//! The charmap codec (`PyUnicode_DecodeCharmap`, `PyUnicode_EncodeCharmap`,
//! `PyUnicode_BuildEncodingMap`): bytes and characters translated through a table, which is
//! how the `encodings` package implements its single-byte code pages.

use super::{decode_with, encode_with, ucs1, BadReplacement, Encoder, ErrorPolicy, Step};
use crate::error::PyResult;
use crate::objects::{new_int, ObjRef, Payload};
use crate::runtime::Vm;

const UNDEFINED: u32 = 0xfffe;
const DECODE_ERROR: &str = "character maps to <undefined>";

/// Decodes through `mapping`: None is Latin-1, a unicode string is a table indexed by byte,
/// anything else is asked for each byte (an int, a unicode string, or None for undefined).
pub fn decode(
    vm: &mut Vm,
    policy: &mut ErrorPolicy,
    bytes: &[u8],
    mapping: Option<&ObjRef>,
) -> PyResult<Vec<u32>> {
    let Some(mapping) = mapping else {
        return Ok(ucs1::decode_latin1(bytes));
    };
    let table = match &mapping.payload {
        Payload::Unicode(u) if mapping.heap.is_none() => Some(u.chars().to_vec()),
        _ => None,
    };
    let (chars, _) = decode_with(vm, policy, "charmap", bytes, |vm, out, at| {
        let byte = bytes[at];
        let undefined = Step::Invalid(at..at + 1, DECODE_ERROR);
        if let Some(table) = &table {
            return Ok(match table.get(usize::from(byte)) {
                Some(&c) if c != UNDEFINED => {
                    out.push(c);
                    Step::Read(1)
                }
                _ => undefined,
            });
        }
        let lookup_error = vm.types.exc.lookup_error.clone();
        let value = match vm.getitem(mapping, &new_int(i64::from(byte))) {
            Ok(v) => v,
            Err(e) if vm.exception_matches(&e, &lookup_error) => return Ok(undefined),
            Err(e) => return Err(e),
        };
        match &value.payload {
            Payload::None => Ok(undefined),
            Payload::Int(v) => {
                if *v == i64::from(UNDEFINED) {
                    return Ok(undefined);
                }
                if !(0..=0x10ffff).contains(v) {
                    return Err(vm.type_error("character mapping must be in range(0x110000)"));
                }
                out.push(*v as u32);
                Ok(Step::Read(1))
            }
            Payload::Bool(b) => {
                out.push(u32::from(*b));
                Ok(Step::Read(1))
            }
            Payload::Unicode(u) => {
                if u.chars() == [UNDEFINED] {
                    return Ok(undefined);
                }
                out.extend_from_slice(u.chars());
                Ok(Step::Read(1))
            }
            _ => Err(vm.type_error("character mapping must return integer, None or unicode")),
        }
    })?;
    Ok(chars)
}

/// Encodes through `mapping` (None is Latin-1): each character is looked up and must give a
/// byte value, a str, or None (or no entry) for undefined.
pub fn encode(
    vm: &mut Vm,
    policy: &mut ErrorPolicy,
    chars: &[u32],
    mapping: Option<&ObjRef>,
) -> PyResult<Vec<u8>> {
    let Some(mapping) = mapping else {
        return ucs1::encode(vm, policy, chars, 256);
    };
    let encoder = Encoder {
        name: "charmap",
        reason: DECODE_ERROR,
        bad_replacement: BadReplacement::WholeRun,
        write: |vm: &mut Vm, c: u32, out: &mut Vec<u8>| {
            let lookup_error = vm.types.exc.lookup_error.clone();
            let value = match vm.getitem(mapping, &new_int(i64::from(c))) {
                Ok(v) => v,
                Err(e) if vm.exception_matches(&e, &lookup_error) => return Ok(false),
                Err(e) => return Err(e),
            };
            let byte = match &value.payload {
                Payload::None => return Ok(false),
                Payload::Int(v) => *v,
                Payload::Bool(b) => i64::from(*b),
                Payload::Str(s) => {
                    out.extend_from_slice(s.as_bytes());
                    return Ok(true);
                }
                _ => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            };
            if !(0..=255).contains(&byte) {
                return Err(vm.type_error("character mapping must be in range(256)"));
            }
            out.push(byte as u8);
            Ok(true)
        },
    };
    encode_with(vm, policy, chars, encoder)
}

/// The encoding map of a decoding table: each character's byte value, the later one where
/// two bytes decode to the same character. (CPython builds an `EncodingMap` object where the
/// table allows one; a dict encodes the same.)
pub fn build_encoding_map(vm: &mut Vm, table: &[u32]) -> PyResult<ObjRef> {
    let map = crate::objects::new_dict(Default::default());
    for (byte, &c) in table.iter().enumerate() {
        vm.dict_set(&map, new_int(i64::from(c)), new_int(byte as i64))?;
    }
    Ok(map)
}
