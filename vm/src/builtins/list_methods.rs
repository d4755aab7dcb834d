//! The methods of `list` (Objects/listobject.c's `list_methods`). Items are never borrowed
//! across a call into Python code: a comparison may run `__eq__` or a `cmp` function that
//! mutates the list, so each step re-reads the list as CPython does.

use super::functions::args::{parse, ssize_arg};
use crate::def;
use crate::error::PyResult;
use crate::objects::{new_int, none, Args, MethodDef, ObjRef, Payload};
use crate::protocols::compare::CompareOp;
use crate::runtime::Vm;

pub static LIST_METHODS: &[MethodDef] = &[
    def!("append", O, append),
    def!("insert", VarArgs, insert),
    def!("extend", O, extend),
    def!("pop", VarArgs, pop),
    def!("remove", O, remove),
    def!("index", VarArgs, index),
    def!("count", O, count),
    def!("reverse", NoArgs, reverse),
    def!("sort", Keywords, sort),
];

fn items<'a>(vm: &Vm, slf: Option<&'a ObjRef>) -> PyResult<&'a std::cell::RefCell<Vec<ObjRef>>> {
    match slf.map(|s| &s.payload) {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

fn len_of(vm: &Vm, slf: Option<&ObjRef>) -> PyResult<usize> {
    Ok(items(vm, slf)?.borrow().len())
}

/// The item at `i`, if the list (possibly changed by Python code) still has one.
fn item_at(vm: &Vm, slf: Option<&ObjRef>, i: usize) -> PyResult<Option<ObjRef>> {
    Ok(items(vm, slf)?.borrow().get(i).cloned())
}

fn append(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let list = items(vm, slf)?;
    vm.check_alloc((list.borrow().len() as u128 + 1) * 8)?;
    list.borrow_mut().push(a.pos[0].clone());
    Ok(none())
}

/// `listinsert`: the index is clamped into the list as a slice bound would be.
fn insert(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = parse(vm, &a, "insert", 2, 2)?;
    let i = ssize_arg(vm, &a[0])?;
    let list = items(vm, slf)?;
    let n = list.borrow().len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    list.borrow_mut().insert(at as usize, a[1].clone());
    Ok(none())
}

/// `listextend`: the items are collected first, so `l.extend(l)` doubles the list.
/// `listextend`: a list or tuple is copied at once; any other iterable is run to exhaustion
/// appending item by item, so the items before an error stay (and a generator sees them).
fn extend(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let source = &a.pos[0];
    let list = items(vm, slf)?;
    if matches!(source.payload, Payload::List(_) | Payload::Tuple(_)) {
        let new = vm.collect_iterable(source)?;
        vm.check_alloc((list.borrow().len() + new.len()) as u128 * 8)?;
        list.borrow_mut().extend(new);
        return Ok(none());
    }
    let it = vm.get_iter(source)?;
    if crate::protocols::slots::is_user(source) {
        vm.length_hint(source)?;
    }
    while let Some(item) = vm.iter_next(&it)? {
        vm.check_alloc((list.borrow().len() + 1) as u128 * 8)?;
        list.borrow_mut().push(item);
    }
    Ok(none())
}

fn pop(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = parse(vm, &a, "pop", 0, 1)?;
    let i = match a.first() {
        Some(i) => ssize_arg(vm, i)?,
        None => -1,
    };
    let list = items(vm, slf)?;
    let n = list.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let at = if i < 0 { i + n } else { i };
    if !(0..n).contains(&at) {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = list.borrow_mut().remove(at as usize);
    Ok(v)
}

/// The first index in `start..stop` whose item equals `v` (`PyObject_RichCompareBool`).
fn position(
    vm: &mut Vm,
    slf: Option<&ObjRef>,
    v: &ObjRef,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = item_at(vm, slf, i)? else {
            break;
        };
        if vm.rich_compare_bool(&item, v, CompareOp::Eq)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let n = len_of(vm, slf)?;
    match position(vm, slf, &a.pos[0], 0, n)? {
        Some(i) => {
            let list = items(vm, slf)?;
            if i < list.borrow().len() {
                let old = list.borrow_mut().remove(i);
                drop(old);
            }
            Ok(none())
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

/// `_PyEval_SliceIndexNotNone`: an integer bound, None refused.
pub(super) fn bound(vm: &Vm, obj: Option<&ObjRef>, default: i64, len: i64) -> PyResult<usize> {
    let v = match obj {
        None => default,
        Some(o)
            if matches!(
                o.payload,
                Payload::Int(_) | Payload::Bool(_) | Payload::Long(_)
            ) =>
        {
            vm.index_value(o)?
        }
        Some(_) => {
            return Err(vm.type_error("slice indices must be integers or have an __index__ method"))
        }
    };
    Ok(if v < 0 {
        (v + len).max(0) as usize
    } else {
        v as usize
    })
}

fn index(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = parse(vm, &a, "index", 1, 3)?;
    let n = len_of(vm, slf)? as i64;
    let start = bound(vm, a.get(1), 0, n)?;
    let stop = bound(vm, a.get(2), n, n)?;
    match position(vm, slf, &a[0], start, stop)? {
        Some(i) => Ok(new_int(i as i64)),
        None => {
            let r = vm.repr(&a[0])?;
            Err(vm.value_error(format!("{} is not in list", String::from_utf8_lossy(&r))))
        }
    }
}

fn count(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = item_at(vm, slf, i)? {
        if vm.rich_compare_bool(&item, &a.pos[0], CompareOp::Eq)? {
            n += 1;
        }
        i += 1;
    }
    Ok(new_int(n))
}

fn reverse(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    items(vm, slf)?.borrow_mut().reverse();
    Ok(none())
}

fn sort(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let b = super::functions::bind_keywords(vm, &a, "sort", &["cmp", "key", "reverse"])?;
    let reverse = match &b[2] {
        Some(r) => super::functions::args::int_arg(vm, r)? != 0,
        None => false,
    };
    let list = slf
        .cloned()
        .ok_or_else(|| vm.type_error("descriptor requires a 'list' object"))?;
    sort_list(vm, &list, b[0].clone(), b[1].clone(), reverse)?;
    Ok(none())
}

/// The comparison `listsort` uses: `cmp(x, y) < 0` with a cmp function, else `x < y`.
struct Less {
    cmp: Option<ObjRef>,
}

impl Less {
    fn lt(&self, vm: &mut Vm, x: &ObjRef, y: &ObjRef) -> PyResult<bool> {
        let Some(f) = &self.cmp else {
            return vm.rich_compare_bool(x, y, CompareOp::Lt);
        };
        let r = vm.call_object(f, &[x.clone(), y.clone()], &[])?;
        match r.payload {
            Payload::Int(i) => Ok(i < 0),
            Payload::Bool(_) => Ok(false),
            _ => Err(vm.type_error(format!(
                "comparison function must return int, not {}",
                vm.type_name(&r)
            ))),
        }
    }
}

/// `listsort`: the list looks empty while it is sorted; `reverse` reverses before and after
/// so equal items keep their order. On a comparison error the items go back in whatever
/// order the sort left them.
pub(crate) fn sort_list(
    vm: &mut Vm,
    list: &ObjRef,
    cmp: Option<ObjRef>,
    key: Option<ObjRef>,
    reverse: bool,
) -> PyResult<()> {
    let Payload::List(cell) = &list.payload else {
        return Err(vm.type_error("descriptor requires a 'list' object"));
    };
    let cmp = cmp.filter(|c| !c.is_none());
    let key = key.filter(|k| !k.is_none());
    let values = std::mem::take(&mut *cell.borrow_mut());
    let restore = |values: Vec<ObjRef>| drop(std::mem::replace(&mut *cell.borrow_mut(), values));
    // Keys are computed in the list's order, before the reversal for `reverse`; a failing
    // key function puts the list back as it was.
    let mut keys: Vec<ObjRef> = Vec::with_capacity(values.len());
    match &key {
        Some(f) => {
            for v in &values {
                match vm.call_object(f, std::slice::from_ref(v), &[]) {
                    Ok(k) => keys.push(k),
                    Err(e) => {
                        restore(values);
                        return Err(e);
                    }
                }
            }
        }
        None => keys = values.clone(),
    }
    let mut pairs: Vec<(ObjRef, ObjRef)> = keys.into_iter().zip(values).collect();
    if reverse {
        pairs.reverse();
    }
    let result = timsort(vm, &mut pairs, &Less { cmp });
    if reverse {
        pairs.reverse();
    }
    let modified = !cell.borrow().is_empty();
    restore(pairs.into_iter().map(|(_, v)| v).collect());
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

/// `merge_compute_minrun`.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// CPython's timsort run detection and binary insertion sort (the whole algorithm for fewer
/// than 64 items, so comparisons happen in CPython's order); longer runs are merged with a
/// plain stable merge of the stacked runs.
fn timsort(vm: &mut Vm, a: &mut [(ObjRef, ObjRef)], less: &Less) -> PyResult<()> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = min_run(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let (mut len, descending) = count_run(vm, &a[lo..], less)?;
        if descending {
            a[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = minrun.min(n - lo);
            binary_sort(vm, &mut a[lo..lo + force], len, less)?;
            len = force;
        }
        runs.push((lo, len));
        lo += len;
    }
    while runs.len() > 1 {
        let (b_lo, b_len) = runs.pop().unwrap_or((0, 0));
        let (a_lo, a_len) = runs.pop().unwrap_or((0, 0));
        merge(vm, &mut a[a_lo..b_lo + b_len], a_len, less)?;
        runs.push((a_lo, a_len + b_len));
    }
    Ok(())
}

/// `count_run`: the length of the ascending or strictly descending run at the start.
fn count_run(vm: &mut Vm, a: &[(ObjRef, ObjRef)], less: &Less) -> PyResult<(usize, bool)> {
    if a.len() == 1 {
        return Ok((1, false));
    }
    let descending = less.lt(vm, &a[1].0, &a[0].0)?;
    let mut n = 2;
    while n < a.len() {
        let lt = less.lt(vm, &a[n].0, &a[n - 1].0)?;
        if lt != descending {
            break;
        }
        n += 1;
    }
    Ok((n, descending))
}

/// `binarysort`: `a[..start]` is sorted; insert each later item after its equals.
fn binary_sort(vm: &mut Vm, a: &mut [(ObjRef, ObjRef)], start: usize, less: &Less) -> PyResult<()> {
    for start in start.max(1)..a.len() {
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if less.lt(vm, &a[start].0, &a[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        a[l..=start].rotate_right(1);
    }
    Ok(())
}

/// A stable merge of `a[..mid]` and `a[mid..]`; on error the rest of the left run is put
/// back so no item is lost or doubled.
fn merge(vm: &mut Vm, a: &mut [(ObjRef, ObjRef)], mid: usize, less: &Less) -> PyResult<()> {
    let left: Vec<(ObjRef, ObjRef)> = a[..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, 0);
    let mut result = Ok(());
    while i < left.len() && j < a.len() {
        match less.lt(vm, &a[j].0, &left[i].0) {
            Ok(true) => {
                a[k] = a[j].clone();
                j += 1;
            }
            Ok(false) => {
                a[k] = left[i].clone();
                i += 1;
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
        k += 1;
    }
    for item in &left[i..] {
        a[k] = item.clone();
        k += 1;
    }
    result
}
