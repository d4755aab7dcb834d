//! The charmap codec (`PyUnicode_DecodeCharmap`, `PyUnicode_EncodeCharmap`,
//! `PyUnicode_BuildEncodingMap`): bytes and characters translated through a table, which is
//! how the `encodings` package implements its single-byte code pages.

use std::any::Any;
use std::collections::HashMap;

use super::{decode_with, encode_with, ucs1, BadReplacement, Encoder, ErrorPolicy, Step};
use crate::def;
use crate::error::PyResult;
use crate::objects::native::{self, new_native, NativeData};
use crate::objects::{new_int, Args, MethodDef, ObjRef, Payload};
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
            if let Some(map) = native::data::<EncodingMap>(mapping) {
                let byte = map.lookup(c);
                out.extend(byte);
                return Ok(byte.is_some());
            }
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

/// `PyUnicode_BuildEncodingMap`: the encoding map of a 256-character decoding table, each
/// character's byte value (the later one where two bytes decode to the same character). An
/// `EncodingMap` where the table allows one (NUL maps to NUL, nothing above U+FFFF, few
/// enough blocks), else a dict of every entry.
pub fn build_encoding_map(vm: &mut Vm, table: &[u32]) -> PyResult<ObjRef> {
    if table.len() != 256 {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let mapped = || {
        table
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, &c)| c != UNDEFINED)
    };
    let fits_trie = table[0] == 0 && table[1..].iter().all(|&c| c != 0 && c <= 0xffff) && {
        let blocks = |shift: u32| {
            let mut seen: Vec<u32> = mapped().map(|(_, &c)| c >> shift).collect();
            seen.sort_unstable();
            seen.dedup();
            seen.len()
        };
        blocks(11) < 0xff && blocks(7) < 0xff
    };
    if !fits_trie {
        let map = crate::objects::new_dict(Default::default());
        for (byte, &c) in table.iter().enumerate() {
            vm.dict_set(&map, new_int(i64::from(c)), new_int(byte as i64))?;
        }
        return Ok(map);
    }
    let bytes = mapped().map(|(byte, &c)| (c, byte as u8)).collect();
    let class = vm.encoding_map_type()?;
    Ok(new_native(&class, EncodingMap { bytes }))
}

/// `EncodingMap`: the byte of each character a code page encodes (CPython keeps a
/// three-level trie; only lookups and the repr can be seen).
pub struct EncodingMap {
    bytes: HashMap<u32, u8>,
}

impl EncodingMap {
    /// `encoding_map_lookup`: NUL is always 0.
    fn lookup(&self, c: u32) -> Option<u8> {
        if c == 0 {
            return Some(0);
        }
        self.bytes.get(&c).copied()
    }
}

impl NativeData for EncodingMap {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Vm {
    /// The `EncodingMap` type, made the first time a map is built (it is in no module).
    fn encoding_map_type(&mut self) -> PyResult<ObjRef> {
        if let Some(ty) = &self.codecs.encoding_map_type {
            return Ok(ty.clone());
        }
        let object = self.types.object.clone();
        let ty = crate::runtime::types::new_type("EncodingMap", Some(&object));
        crate::builtins::add_methods(self, &ty, ENCODING_MAP_METHODS)?;
        self.codecs.encoding_map_type = Some(ty.clone());
        Ok(ty)
    }
}

static ENCODING_MAP_METHODS: &[MethodDef] = &[def!("size", NoArgs, encoding_map_size)];

/// `EncodingMap.size()`: the bytes of CPython's trie on a 64-bit build, from its number of
/// level-2 and level-3 blocks.
fn encoding_map_size(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let Some(map) = slf.and_then(native::data::<EncodingMap>) else {
        return Err(vm.type_error("descriptor 'size' requires a 'EncodingMap' object"));
    };
    let blocks = |shift: u32| {
        let mut seen: Vec<u32> = map.bytes.keys().map(|c| c >> shift).collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len() as i64
    };
    Ok(new_int(63 + 16 * blocks(11) + 128 * blocks(7)))
}
