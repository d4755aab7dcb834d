//! The `bytearray` constructor and methods (Objects/bytearrayobject.c).

use super::functions::args::{parse, slice_index, ssize_arg};
use crate::def;
use crate::error::PyResult;
use crate::objects::bytearray::new_bytearray;
use crate::objects::{new_int, Args, MethodDef, ObjRef, Payload};
use crate::protocols::sequence::find;
use crate::runtime::Vm;

pub static BYTEARRAY_METHODS: &[MethodDef] = &[def!("find", VarArgs, find_method)];

/// A byte value for item assignment or construction.
pub fn byte_value(vm: &Vm, value: &ObjRef) -> PyResult<u8> {
    let v = ssize_arg(vm, value)?;
    u8::try_from(v).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// `bytearray([source])`: zeros for a count, the bytes of a `str`, or the values of an
/// iterable of integers.
pub fn make_bytearray(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    let a = parse(vm, &a, "bytearray", 0, 3)?;
    let Some(source) = a.first() else {
        return Ok(new_bytearray(Vec::new()));
    };
    let bytes = match &source.payload {
        Payload::Str(s) => s.as_bytes().to_vec(),
        Payload::ByteArray(b) => b.bytes.borrow().clone(),
        Payload::Unicode(_) => {
            return Err(vm.type_error("unicode argument without an encoding"));
        }
        Payload::Int(_) | Payload::Long(_) | Payload::Bool(_) => {
            let n = ssize_arg(vm, source)?;
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            vm.check_alloc(n as u128)?;
            vec![0; n as usize]
        }
        _ => {
            let items = vm.collect_iterable(source)?;
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                out.push(byte_value(vm, item)?);
            }
            out
        }
    };
    Ok(new_bytearray(bytes))
}

/// `find(sub[, start[, end]])`.
fn find_method(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let Some(Payload::ByteArray(b)) = me.map(|m| &m.payload) else {
        return Err(vm.type_error("descriptor 'find' requires a 'bytearray' object"));
    };
    let a = parse(vm, &a, "find", 1, 3)?;
    let needle = match &a[0].payload {
        Payload::Str(s) => s.as_bytes().to_vec(),
        Payload::ByteArray(n) => n.bytes.borrow().clone(),
        _ => return Err(vm.type_error("expected a character buffer object")),
    };
    let hay = b.bytes.borrow().clone();
    let len = hay.len() as i64;
    let start = slice_index(vm, a.get(1), 0)?;
    let end = slice_index(vm, a.get(2), i64::MAX)?;
    let (start, end) = super::functions::args::adjust_indices(start, end, len);
    if start > end || start > len {
        return Ok(new_int(-1));
    }
    let window = &hay[start as usize..end.clamp(start, len) as usize];
    Ok(new_int(match find(window, &needle) {
        Some(i) => start + i as i64,
        None => -1,
    }))
}
