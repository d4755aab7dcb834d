//! The methods of `tuple` (Objects/tupleobject.c's `tuple_methods`): `index` and `count`.
//! A tuple cannot change while an `__eq__` runs, so its items are read once.

use super::functions::args::parse;
use super::list_methods::bound;
use crate::def;
use crate::error::PyResult;
use crate::objects::{new_int, Args, MethodDef, ObjRef, Payload};
use crate::protocols::compare::CompareOp;
use crate::runtime::Vm;

pub static TUPLE_METHODS: &[MethodDef] = &[def!("index", VarArgs, index), def!("count", O, count)];

fn items(vm: &Vm, slf: Option<&ObjRef>) -> PyResult<Vec<ObjRef>> {
    match slf.map(|s| &s.payload) {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(vm.type_error("descriptor requires a 'tuple' object")),
    }
}

/// `tupleindex`: the first position in `[start, stop)` holding an item equal to `x`.
fn index(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = parse(vm, &a, "index", 1, 3)?;
    let items = items(vm, slf)?;
    let n = items.len() as i64;
    let start = bound(vm, a.get(1), 0, n)?;
    let stop = bound(vm, a.get(2), n, n)?.min(items.len());
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if vm.rich_compare_bool(item, &a[0], CompareOp::Eq)? {
            return Ok(new_int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

/// `tuplecount`: how many items equal `x`.
fn count(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let mut n = 0;
    for item in items(vm, slf)? {
        if vm.rich_compare_bool(&item, &a.pos[0], CompareOp::Eq)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}
