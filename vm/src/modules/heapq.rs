//! `_heapq` (Modules/_heapqmodule.c): a binary min-heap kept in a list, with CPython's
//! sift order and its `cmp_lt` (an object without `__lt__` is compared as `not y <= x`),
//! so equal items end up where CPython puts them.

use super::{ModuleDef, Origin};
use crate::builtins::functions::args::{ssize_arg, unpack};
use crate::def;
use crate::error::PyResult;
use crate::objects::{new_bool, new_list, new_str_from, none, Args, MethodDef, ObjRef, Payload};
use crate::protocols::compare::CompareOp;
use crate::runtime::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "_heapq",
    origin: Origin::Extension,
    functions: FUNCTIONS,
    init: None,
};

static FUNCTIONS: &[MethodDef] = &[
    def!("heappush", VarArgs, heappush),
    def!("heappushpop", VarArgs, heappushpop),
    def!("heappop", O, heappop),
    def!("heapreplace", VarArgs, heapreplace),
    def!("heapify", O, heapify),
    def!("nlargest", VarArgs, nlargest),
    def!("nsmallest", VarArgs, nsmallest),
];

fn cmp_lt(vm: &mut Vm, x: &ObjRef, y: &ObjRef) -> PyResult<bool> {
    if vm.hasattr(x, "__lt__")? {
        return vm.rich_compare_bool(x, y, CompareOp::Lt);
    }
    Ok(!vm.rich_compare_bool(y, x, CompareOp::Le)?)
}

fn items(heap: &ObjRef) -> &std::cell::RefCell<Vec<ObjRef>> {
    match &heap.payload {
        Payload::List(l) => l,
        _ => unreachable!("checked by heap_arg"),
    }
}

fn heap_arg<'a>(vm: &Vm, heap: &'a ObjRef) -> PyResult<&'a ObjRef> {
    match heap.payload {
        Payload::List(_) => Ok(heap),
        _ => Err(vm.type_error("heap argument must be a list")),
    }
}

fn get(heap: &ObjRef, i: usize) -> ObjRef {
    items(heap).borrow().get(i).cloned().unwrap_or_else(none)
}

fn size(heap: &ObjRef) -> usize {
    items(heap).borrow().len()
}

fn changed_size(vm: &Vm) -> crate::error::PyErr {
    vm.runtime_error("list changed size during iteration")
}

/// `_siftdown`: the item at `pos` moves up towards `start` while it is smaller.
fn sift_down(vm: &mut Vm, heap: &ObjRef, start: usize, mut pos: usize) -> PyResult<()> {
    let n = size(heap);
    if pos >= n {
        return Err(vm.index_error("list index out of range"));
    }
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let (new_item, parent) = (get(heap, pos), get(heap, parent_pos));
        let lower = cmp_lt(vm, &new_item, &parent)?;
        if n != size(heap) {
            return Err(changed_size(vm));
        }
        if !lower {
            break;
        }
        items(heap).borrow_mut().swap(pos, parent_pos);
        pos = parent_pos;
    }
    Ok(())
}

/// `_siftup`: the smaller child moves up until a leaf, then the item sifts back down.
fn sift_up(vm: &mut Vm, heap: &ObjRef, mut pos: usize) -> PyResult<()> {
    let end = size(heap);
    let start = pos;
    if pos >= end {
        return Err(vm.index_error("list index out of range"));
    }
    let limit = end / 2;
    while pos < limit {
        let mut child = 2 * pos + 1;
        let right = child + 1;
        if right < end {
            let (l, r) = (get(heap, child), get(heap, right));
            if !cmp_lt(vm, &l, &r)? {
                child = right;
            }
            if end != size(heap) {
                return Err(changed_size(vm));
            }
        }
        items(heap).borrow_mut().swap(child, pos);
        pos = child;
    }
    sift_down(vm, heap, start, pos)
}

fn heappush(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "heappush", 2, 2)?;
    let heap = heap_arg(vm, &args[0])?;
    items(heap).borrow_mut().push(args[1].clone());
    sift_down(vm, heap, 0, size(heap) - 1)?;
    Ok(none())
}

fn heappop(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let heap = heap_arg(vm, &a.pos[0])?;
    let Some(last) = items(heap).borrow_mut().pop() else {
        return Err(vm.index_error("index out of range"));
    };
    if size(heap) == 0 {
        return Ok(last);
    }
    let top = std::mem::replace(&mut items(heap).borrow_mut()[0], last);
    sift_up(vm, heap, 0)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "heapreplace", 2, 2)?;
    let heap = heap_arg(vm, &args[0])?;
    if size(heap) == 0 {
        return Err(vm.index_error("index out of range"));
    }
    let top = std::mem::replace(&mut items(heap).borrow_mut()[0], args[1].clone());
    sift_up(vm, heap, 0)?;
    Ok(top)
}

fn heappushpop(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "heappushpop", 2, 2)?;
    let heap = heap_arg(vm, &args[0])?;
    let item = args[1].clone();
    if size(heap) == 0 || !cmp_lt(vm, &get(heap, 0), &item)? {
        return Ok(item);
    }
    if size(heap) == 0 {
        return Err(vm.index_error("index out of range"));
    }
    let top = std::mem::replace(&mut items(heap).borrow_mut()[0], item);
    sift_up(vm, heap, 0)?;
    Ok(top)
}

fn heapify(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let heap = heap_arg(vm, &a.pos[0])?;
    for i in (0..size(heap) / 2).rev() {
        sift_up(vm, heap, i)?;
    }
    Ok(none())
}

/// `nlargest`/`nsmallest`: the `n` extreme items, through `sorted` (the order of equal
/// items may differ from CPython's heap-based selection).
fn extremes(vm: &mut Vm, a: Args, name: &str, largest: bool) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, name, 2, 2)?;
    let n = ssize_arg(vm, &args[0])?.max(0) as usize;
    let all = new_list(vm.collect_iterable(&args[1])?);
    let builtins = vm.builtins_dict.clone();
    let Some(sorted) = vm.dict_get(&builtins, &new_str_from("sorted"))? else {
        return Err(vm.system_error("sorted() is missing"));
    };
    let kw = [(new_str_from("reverse"), new_bool(largest))];
    let ordered = vm.call_object(&sorted, &[all], &kw)?;
    if let Payload::List(l) = &ordered.payload {
        l.borrow_mut().truncate(n);
    }
    Ok(ordered)
}

fn nlargest(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    extremes(vm, a, "nlargest", true)
}

fn nsmallest(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    extremes(vm, a, "nsmallest", false)
}
