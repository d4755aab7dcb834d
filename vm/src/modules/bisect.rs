//! `_bisect` (Modules/_bisectmodule.c): binary search and insertion in a sorted sequence,
//! comparing with `<` only, as CPython does (`x < a[mid]` to the right, `a[mid] < x` to the
//! left). The `bisect` module of the standard library takes these over.

use super::{ModuleDef, Origin};
use crate::builtins::functions::args::ssize_arg;
use crate::builtins::functions::bind_keywords;
use crate::def;
use crate::error::PyResult;
use crate::objects::{new_int, new_str_from, none, Args, MethodDef, ObjRef, Payload};
use crate::protocols::compare::CompareOp;
use crate::runtime::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "_bisect",
    origin: Origin::Extension,
    functions: FUNCTIONS,
    init: None,
};

static FUNCTIONS: &[MethodDef] = &[
    def!("bisect_right", Keywords, bisect_right),
    def!("bisect", Keywords, bisect_right),
    def!("insort_right", Keywords, insort_right),
    def!("insort", Keywords, insort_right),
    def!("bisect_left", Keywords, bisect_left),
    def!("insort_left", Keywords, insort_left),
];

/// `"OO|nn:NAME"` with keywords `a`, `x`, `lo`, `hi`.
fn parse(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(ObjRef, ObjRef, i64, i64)> {
    let bound = bind_keywords(vm, a, name, &["a", "x", "lo", "hi"])?;
    let missing = |vm: &Vm, what: &str, pos: usize| {
        vm.type_error(format!("Required argument '{what}' (pos {pos}) not found"))
    };
    let Some(seq) = bound[0].clone() else {
        return Err(missing(vm, "a", 1));
    };
    let Some(item) = bound[1].clone() else {
        return Err(missing(vm, "x", 2));
    };
    let lo = match &bound[2] {
        Some(v) => ssize_arg(vm, v)?,
        None => 0,
    };
    let hi = match &bound[3] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    Ok((seq, item, lo, hi))
}

/// `internal_bisect_right` / `internal_bisect_left`.
fn search(
    vm: &mut Vm,
    seq: &ObjRef,
    item: &ObjRef,
    mut lo: i64,
    mut hi: i64,
    right: bool,
) -> PyResult<i64> {
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    if hi == -1 {
        hi = vm.len(seq)? as i64;
    }
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let probe = vm.getitem(seq, &new_int(mid))?;
        if right {
            if vm.rich_compare_bool(item, &probe, CompareOp::Lt)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        } else if vm.rich_compare_bool(&probe, item, CompareOp::Lt)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect(vm: &mut Vm, a: Args, name: &str, right: bool) -> PyResult<ObjRef> {
    let (seq, item, lo, hi) = parse(vm, &a, name)?;
    Ok(new_int(search(vm, &seq, &item, lo, hi, right)?))
}

/// `insort_*`: `list.insert` directly for an exact list, else the sequence's `insert`.
fn insort(vm: &mut Vm, a: Args, name: &str, right: bool) -> PyResult<ObjRef> {
    let (seq, item, lo, hi) = parse(vm, &a, name)?;
    let index = search(vm, &seq, &item, lo, hi, right)?;
    if let Payload::List(items) = &seq.payload {
        let mut items = items.borrow_mut();
        let at = (index.max(0) as usize).min(items.len());
        items.insert(at, item);
    } else {
        let insert = vm.getattr(&seq, &new_str_from("insert"))?;
        vm.call_object(&insert, &[new_int(index), item], &[])?;
    }
    Ok(none())
}

fn bisect_right(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    bisect(vm, a, "bisect_right", true)
}

fn bisect_left(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    bisect(vm, a, "bisect_left", false)
}

fn insort_right(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    insort(vm, a, "insort_right", true)
}

fn insort_left(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    insort(vm, a, "insort_left", false)
}
