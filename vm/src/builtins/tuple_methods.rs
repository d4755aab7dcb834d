//! The methods of `tuple` (Objects/tupleobject.c's `tuple_methods`): `index` and `count`,
//! comparing items with `==` in order.

use super::functions::args::{parse, slice_index};
use crate::def;
use crate::error::PyResult;
use crate::objects::{new_int, Args, MethodDef, ObjRef};
use crate::protocols::compare::CompareOp;
use crate::runtime::Vm;

pub static TUPLE_METHODS: &[MethodDef] = &[def!("index", VarArgs, index), def!("count", O, count)];

fn items(vm: &Vm, slf: Option<&ObjRef>) -> PyResult<Vec<ObjRef>> {
    slf.and_then(|s| s.as_tuple())
        .map(|t| t.to_vec())
        .ok_or_else(|| vm.type_error("descriptor requires a 'tuple' object"))
}

/// `tupleindex`: the first position in `[start, stop)` holding an equal item.
fn index(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let items = items(vm, slf)?;
    let a = parse(vm, &a, "index", 1, 3)?;
    let n = items.len() as i64;
    let clamp = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let start = clamp(slice_index(vm, a.get(1), 0)?);
    let stop = clamp(slice_index(vm, a.get(2), n)?);
    for i in start..stop {
        if vm.rich_compare_bool(&items[i as usize], &a[0], CompareOp::Eq)? {
            return Ok(new_int(i));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn count(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let mut n = 0;
    for item in items(vm, slf)? {
        if vm.rich_compare_bool(&item, &a.pos[0], CompareOp::Eq)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}
