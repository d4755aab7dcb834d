//! Argument checks shared by the native functions, with the messages of CPython's
//! `PyArg_ParseTuple` and `PyArg_UnpackTuple` (Python/getargs.c) and the integer conversions
//! of their `i`, `l` and `n` codes.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::error::PyResult;
use crate::objects::{Args, ObjRef, Payload};
use crate::runtime::Vm;

/// `PyArg_ParseTuple`'s count check: `NAME() takes at most N arguments (M given)`.
pub fn parse<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [ObjRef]> {
    let n = args.pos.len();
    if n < min || n > max {
        let how = if min == max {
            "exactly"
        } else if n < min {
            "at least"
        } else {
            "at most"
        };
        let count = if n < min { min } else { max };
        let s = if count == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name}() takes {how} {count} argument{s} ({n} given)"
        )));
    }
    Ok(args.pos)
}

/// `PyArg_UnpackTuple`'s count check: `NAME expected at least N arguments, got M`.
pub fn unpack<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [ObjRef]> {
    let n = args.pos.len();
    if n < min {
        let how = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!("{name} expected {how}{min} arguments, got {n}")));
    }
    if n > max {
        let how = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!("{name} expected {how}{max} arguments, got {n}")));
    }
    Ok(args.pos)
}

/// The integer value of an int, long or bool, if it is one.
pub fn as_bigint(obj: &ObjRef) -> Option<BigInt> {
    match &obj.payload {
        Payload::Int(i) => Some(BigInt::from(*i)),
        Payload::Bool(b) => Some(BigInt::from(*b as i64)),
        Payload::Long(l) => Some(l.clone()),
        _ => None,
    }
}

/// The `i`/`l` codes: an int (a float is refused by name), overflowing as a C long does.
pub fn int_arg(vm: &Vm, obj: &ObjRef) -> PyResult<i64> {
    integer_arg(vm, obj, "Python int too large to convert to C long")
}

/// The `i` code: an int that must fit a C `int`.
pub fn c_int_arg(vm: &Vm, obj: &ObjRef) -> PyResult<i32> {
    let v = int_arg(vm, obj)?;
    i32::try_from(v).map_err(|_| {
        vm.overflow_error(if v > 0 {
            "signed integer is greater than maximum"
        } else {
            "signed integer is less than minimum"
        })
    })
}

/// The `n` code (`Py_ssize_t`): where `Py_ssize_t` is a C long, getargs.c falls through to
/// the `l` code, so it is the same conversion with the same overflow message.
pub fn ssize_arg(vm: &Vm, obj: &ObjRef) -> PyResult<i64> {
    int_arg(vm, obj)
}

/// The integer codes' shared rule; only their overflow message differs.
fn integer_arg(vm: &Vm, obj: &ObjRef, overflow: &str) -> PyResult<i64> {
    if matches!(obj.payload, Payload::Float(_)) {
        return Err(vm.type_error("integer argument expected, got float"));
    }
    match as_bigint(obj) {
        Some(v) => v.to_i64().ok_or_else(|| vm.overflow_error(overflow)),
        None => Err(vm.type_error("an integer is required")),
    }
}

/// `_PyEval_SliceIndex`: None keeps the default; huge longs clamp to the `Py_ssize_t` range.
pub fn slice_index(vm: &Vm, obj: Option<&ObjRef>, default: i64) -> PyResult<i64> {
    let Some(obj) = obj else { return Ok(default) };
    if obj.is_none() {
        return Ok(default);
    }
    match as_bigint(obj) {
        Some(v) => Ok(v
            .to_i64()
            .unwrap_or(if v.is_negative() { i64::MIN } else { i64::MAX })),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// `ADJUST_INDICES` (Objects/stringlib/find.h): negative bounds count from the end.
pub fn adjust_indices(start: i64, end: i64, len: i64) -> (i64, i64) {
    let end = if end > len {
        len
    } else if end < 0 {
        (end + len).max(0)
    } else {
        end
    };
    let start = if start < 0 {
        (start + len).max(0)
    } else {
        start
    };
    (start, end)
}

/// `PyArg_ParseTupleAndKeywords` (`vgetargskeywords`) binding the positional and keyword
/// arguments to `names`, of which the first `required` must be given. Its checks come in
/// its order: the total count, then each parameter in turn (given twice, or missing), then
/// keywords that name no parameter.
pub fn parse_keywords(
    vm: &Vm,
    args: &Args,
    name: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<ObjRef>>> {
    let given = args.pos.len() + args.kw.len();
    if given > names.len() {
        let n = names.len();
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {n} argument{s} ({given} given)"
        )));
    }
    let by_name = |param: &str| {
        args.kw
            .iter()
            .find(|(k, _)| k.as_str_bytes() == Some(param.as_bytes()))
            .map(|(_, v)| v.clone())
    };
    let mut bound = Vec::with_capacity(names.len());
    for (i, param) in names.iter().enumerate() {
        let value = match (by_name(param), args.pos.get(i)) {
            (Some(_), Some(_)) => {
                return Err(vm.type_error(format!(
                    "Argument given by name ('{param}') and position ({})",
                    i + 1
                )))
            }
            (Some(v), None) => Some(v),
            (None, positional) => positional.cloned(),
        };
        if value.is_none() && i < required {
            return Err(vm.type_error(format!(
                "Required argument '{param}' (pos {}) not found",
                i + 1
            )));
        }
        bound.push(value);
    }
    for (k, _) in args.kw {
        let key = k.as_str_bytes().unwrap_or_default();
        if !names.iter().any(|n| n.as_bytes() == key) {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for this function",
                String::from_utf8_lossy(key)
            )));
        }
    }
    Ok(bound)
}
