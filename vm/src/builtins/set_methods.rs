//! The methods and operators of `set` and `frozenset` (Objects/setobject.c): the algebra
//! (`| & - ^`, their in-place forms and named methods), subset tests and rich comparison,
//! and membership with CPython's set-to-frozenset retry for unhashable set keys.
//!
//! Every result is built in a fresh mutable set, in the order CPython inserts into it, and
//! turned into a frozenset at the end when the operand it follows (`Py_TYPE(so)`) is one, so
//! the table layout — and with it iteration order and `repr` — is CPython's. No borrow of a
//! set's table is held while an iterable's `next` runs.

use std::cell::RefCell;

use super::functions::args::unpack;
use crate::def;
use crate::error::PyResult;
use crate::objects::dict::Probe;
use crate::objects::set::SetTable;
use crate::objects::{self, is, new_bool, none, Args, MethodDef, ObjRef, Payload, PyObject};
use crate::protocols::compare::CompareOp;
use crate::protocols::number::BinOp;
use crate::runtime::Vm;

pub static SET_METHODS: &[MethodDef] = &[
    def!("add", O, add),
    def!("clear", NoArgs, clear),
    def!("__contains__", O, contains_method),
    def!("copy", NoArgs, copy),
    def!("discard", O, discard),
    def!("difference", VarArgs, difference_multi),
    def!("difference_update", VarArgs, difference_update),
    def!("intersection", VarArgs, intersection_multi),
    def!("intersection_update", VarArgs, intersection_update_multi),
    def!("isdisjoint", O, isdisjoint),
    def!("issubset", O, issubset_method),
    def!("issuperset", O, issuperset_method),
    def!("pop", NoArgs, pop),
    def!("remove", O, remove),
    def!("symmetric_difference", O, symmetric_difference_method),
    def!(
        "symmetric_difference_update",
        O,
        symmetric_difference_update_method
    ),
    def!("union", VarArgs, union),
    def!("update", VarArgs, update),
];

pub static FROZENSET_METHODS: &[MethodDef] = &[
    def!("__contains__", O, contains_method),
    def!("copy", NoArgs, frozenset_copy),
    def!("difference", VarArgs, difference_multi),
    def!("intersection", VarArgs, intersection_multi),
    def!("isdisjoint", O, isdisjoint),
    def!("issubset", O, issubset_method),
    def!("issuperset", O, issuperset_method),
    def!("symmetric_difference", O, symmetric_difference_method),
    def!("union", VarArgs, union),
];

/// `PyAnySet_Check`.
pub fn is_anyset(obj: &ObjRef) -> bool {
    matches!(obj.payload, Payload::Set(_) | Payload::FrozenSet(_))
}

fn is_frozen(obj: &ObjRef) -> bool {
    matches!(obj.payload, Payload::FrozenSet(_))
}

fn with_table<R>(obj: &ObjRef, f: impl FnOnce(&SetTable) -> R) -> R {
    match &obj.payload {
        Payload::Set(t) => f(&t.borrow()),
        Payload::FrozenSet(t) => f(t),
        _ => f(&SetTable::new()),
    }
}

/// Changes a mutable set's table; any keys `f` hands back are dropped after the borrow ends.
fn mutate<R>(obj: &ObjRef, f: impl FnOnce(&mut SetTable) -> R) -> Option<R> {
    match &obj.payload {
        Payload::Set(t) => Some(f(&mut t.borrow_mut())),
        _ => None,
    }
}

fn len(obj: &ObjRef) -> usize {
    with_table(obj, |t| t.len())
}

fn snapshot(obj: &ObjRef) -> Vec<(i64, ObjRef)> {
    with_table(obj, |t| t.snapshot())
}

/// `set_contains_entry` (also used on dicts, as `set_difference` does).
fn contains_entry(vm: &mut Vm, obj: &ObjRef, hash: i64, key: &ObjRef) -> PyResult<bool> {
    Ok(matches!(vm.find_key(obj, key, hash)?, Probe::Found(_)))
}

fn add_entry(vm: &mut Vm, obj: &ObjRef, hash: i64, key: ObjRef) -> PyResult<()> {
    vm.set_add_entry(obj, hash, key)
}

/// `set_discard_entry`: whether the key was there.
fn discard_entry(vm: &mut Vm, obj: &ObjRef, hash: i64, key: &ObjRef) -> PyResult<bool> {
    let Probe::Found(idx) = vm.find_key(obj, key, hash)? else {
        return Ok(false);
    };
    let removed = mutate(obj, |t| t.remove_at(idx));
    drop(removed);
    Ok(true)
}

fn new_empty() -> ObjRef {
    PyObject::new(Payload::Set(RefCell::new(SetTable::new())))
}

/// The finished result: the working set itself, or a frozenset taking over its table.
fn finish(frozen: bool, working: ObjRef) -> ObjRef {
    if !frozen {
        return working;
    }
    let table = match &working.payload {
        Payload::Set(t) => std::mem::take(&mut *t.borrow_mut()),
        _ => SetTable::new(),
    };
    PyObject::new(Payload::FrozenSet(table))
}

/// Replaces a set's table with another set's (`set_swap_bodies` with a temporary).
fn take_body(target: &ObjRef, source: &ObjRef) {
    let table = match &source.payload {
        Payload::Set(t) => std::mem::take(&mut *t.borrow_mut()),
        Payload::FrozenSet(t) => t.clone(),
        _ => SetTable::new(),
    };
    let old = mutate(target, |t| std::mem::replace(t, table));
    drop(old);
}

fn clear_table(obj: &ObjRef) {
    let old = mutate(obj, |t| t.clear());
    drop(old);
}

/// A dict's (hash, key) entries in table order (`_PyDict_Next`).
fn dict_snapshot(d: &ObjRef) -> Vec<(i64, ObjRef)> {
    d.as_dict()
        .map(|t| {
            t.borrow()
                .entries_with_hash()
                .map(|(h, k, _)| (h, k.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// `set_update_internal`: merge a set or dict with one resize up front, else add the items
/// of any iterable one by one.
pub fn update_internal(vm: &mut Vm, target: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if is_anyset(other) || matches!(other.payload, Payload::Dict(_)) {
        if is(target, other) {
            return Ok(());
        }
        let entries = if is_anyset(other) {
            snapshot(other)
        } else {
            dict_snapshot(other)
        };
        if !entries.is_empty() {
            mutate(target, |t| t.reserve_for_merge(entries.len()));
        }
        for (hash, key) in entries {
            add_entry(vm, target, hash, key)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(key) = vm.iter_next(&it)? {
        let hash = vm.hash(&key)?;
        add_entry(vm, target, hash, key)?;
    }
    Ok(())
}

/// `make_new_set`, left mutable for the caller to fill further or `finish`.
fn working_set(vm: &mut Vm, iterable: Option<&ObjRef>) -> PyResult<ObjRef> {
    let s = new_empty();
    if let Some(it) = iterable {
        update_internal(vm, &s, it)?;
    }
    Ok(s)
}

/// `set(iterable)` / `frozenset(iterable)`.
pub fn make_new_set(vm: &mut Vm, frozen: bool, iterable: Option<&ObjRef>) -> PyResult<ObjRef> {
    let s = working_set(vm, iterable)?;
    Ok(finish(frozen, s))
}

/// `set_copy`: a new set of the same type, merged from this one.
fn set_copy(vm: &mut Vm, so: &ObjRef) -> PyResult<ObjRef> {
    make_new_set(vm, is_frozen(so), Some(so))
}

fn set_or(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    let result = working_set(vm, Some(so))?;
    if !is(so, other) {
        update_internal(vm, &result, other)?;
    }
    Ok(finish(is_frozen(so), result))
}

/// `set_intersection`: walks the smaller of two sets, or the iterable, keeping what `so`
/// (or the larger set) holds.
fn intersection(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    if is(so, other) {
        return set_copy(vm, so);
    }
    let result = new_empty();
    if is_anyset(other) {
        let (big, small) = if len(other) > len(so) {
            (other, so)
        } else {
            (so, other)
        };
        for (hash, key) in snapshot(small) {
            if contains_entry(vm, big, hash, &key)? {
                add_entry(vm, &result, hash, key)?;
            }
        }
    } else {
        let it = vm.get_iter(other)?;
        while let Some(key) = vm.iter_next(&it)? {
            let hash = vm.hash(&key)?;
            if contains_entry(vm, so, hash, &key)? {
                add_entry(vm, &result, hash, key)?;
            }
        }
    }
    Ok(finish(is_frozen(so), result))
}

fn intersection_all(vm: &mut Vm, so: &ObjRef, others: &[ObjRef]) -> PyResult<ObjRef> {
    if others.is_empty() {
        return set_copy(vm, so);
    }
    let mut result = so.clone();
    for other in others {
        result = intersection(vm, &result, other)?;
    }
    Ok(result)
}

/// `set_difference_update_internal`, then the dummy clean-up CPython does afterwards.
fn difference_update_internal(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if is(so, other) {
        clear_table(so);
        return Ok(());
    }
    if is_anyset(other) {
        for (hash, key) in snapshot(other) {
            discard_entry(vm, so, hash, &key)?;
        }
    } else {
        let it = vm.get_iter(other)?;
        while let Some(key) = vm.iter_next(&it)? {
            let hash = vm.hash(&key)?;
            discard_entry(vm, so, hash, &key)?;
        }
    }
    mutate(so, |t| t.shrink_if_many_dummies());
    Ok(())
}

/// `set_difference`: entries of `so` missing from a set or dict; for other iterables a copy
/// of `so` with their items discarded.
fn difference(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    let frozen = is_frozen(so);
    let is_dict = matches!(other.payload, Payload::Dict(_));
    if !is_anyset(other) && !is_dict {
        let result = working_set(vm, Some(so))?;
        difference_update_internal(vm, &result, other)?;
        return Ok(finish(frozen, result));
    }
    let result = new_empty();
    for (hash, key) in snapshot(so) {
        if !contains_entry(vm, other, hash, &key)? {
            add_entry(vm, &result, hash, key)?;
        }
    }
    Ok(finish(frozen, result))
}

/// `set_symmetric_difference_update`: each entry of the other side is removed when present,
/// else added.
fn symmetric_difference_update(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if is(so, other) {
        clear_table(so);
        return Ok(());
    }
    let entries = if matches!(other.payload, Payload::Dict(_)) {
        dict_snapshot(other)
    } else if is_anyset(other) {
        snapshot(other)
    } else {
        let tmp = working_set(vm, Some(other))?;
        snapshot(&tmp)
    };
    for (hash, key) in entries {
        if !discard_entry(vm, so, hash, &key)? {
            add_entry(vm, so, hash, key)?;
        }
    }
    Ok(())
}

fn symmetric_difference(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    let result = working_set(vm, Some(other))?;
    symmetric_difference_update(vm, &result, so)?;
    Ok(finish(is_frozen(so), result))
}

/// `set_issubset`: a non-set is first made into a set.
fn issubset(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<bool> {
    if !is_anyset(other) {
        let tmp = working_set(vm, Some(other))?;
        return issubset(vm, so, &tmp);
    }
    if len(so) > len(other) {
        return Ok(false);
    }
    for (hash, key) in snapshot(so) {
        if !contains_entry(vm, other, hash, &key)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issuperset(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<bool> {
    if !is_anyset(other) {
        let tmp = working_set(vm, Some(other))?;
        return issuperset(vm, so, &tmp);
    }
    issubset(vm, other, so)
}

/// `set_richcompare` between two sets (either kind).
pub fn richcompare(vm: &mut Vm, v: &ObjRef, w: &ObjRef, op: CompareOp) -> PyResult<bool> {
    let (lv, lw) = (len(v), len(w));
    match op {
        CompareOp::Eq => Ok(lv == lw && issubset(vm, v, w)?),
        CompareOp::Ne => Ok(!(lv == lw && issubset(vm, v, w)?)),
        CompareOp::Le => issubset(vm, v, w),
        CompareOp::Ge => issuperset(vm, v, w),
        CompareOp::Lt => Ok(lv < lw && issubset(vm, v, w)?),
        CompareOp::Gt => Ok(lv > lw && issuperset(vm, v, w)?),
    }
}

/// The binary operators `| & - ^` when both operands are sets; `None` (NotImplemented)
/// otherwise.
pub fn binary_op(vm: &mut Vm, op: BinOp, a: &ObjRef, b: &ObjRef) -> PyResult<Option<ObjRef>> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(None);
    }
    Ok(Some(match op {
        BinOp::Or => set_or(vm, a, b)?,
        BinOp::And => intersection(vm, a, b)?,
        BinOp::Sub => difference(vm, a, b)?,
        BinOp::Xor => symmetric_difference(vm, a, b)?,
        _ => return Ok(None),
    }))
}

/// `|= &= -= ^=` on a mutable set with a set operand: updated in place, the set itself is
/// the result. `None` leaves it to the binary operator.
pub fn inplace_op(vm: &mut Vm, op: BinOp, a: &ObjRef, b: &ObjRef) -> PyResult<Option<ObjRef>> {
    if !matches!(a.payload, Payload::Set(_)) || !is_anyset(b) {
        return Ok(None);
    }
    match op {
        BinOp::Or => update_internal(vm, a, b)?,
        BinOp::And => {
            let tmp = intersection(vm, a, b)?;
            take_body(a, &tmp);
        }
        BinOp::Sub => difference_update_internal(vm, a, b)?,
        BinOp::Xor => symmetric_difference_update(vm, a, b)?,
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

/// The hash of a lookup key; an unhashable `set` key is retried as a frozenset of its items
/// (`set_contains`, `set_remove`, `set_discard`).
fn lookup_key(vm: &mut Vm, key: &ObjRef) -> PyResult<(i64, ObjRef)> {
    match vm.hash(key) {
        Ok(hash) => Ok((hash, key.clone())),
        Err(e)
            if matches!(key.payload, Payload::Set(_))
                && vm.exception_matches(&e, &vm.types.exc.type_error) =>
        {
            let tmp = make_new_set(vm, true, Some(key))?;
            Ok((vm.hash(&tmp)?, tmp))
        }
        Err(e) => Err(e),
    }
}

/// `key in s`.
pub fn contains(vm: &mut Vm, so: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    let (hash, key) = lookup_key(vm, key)?;
    contains_entry(vm, so, hash, &key)
}

// ----- the method tables ---------------------------------------------------------------------

fn this<'a>(vm: &Vm, slf: Option<&'a ObjRef>) -> PyResult<&'a ObjRef> {
    match slf {
        Some(s) if is_anyset(s) => Ok(s),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

fn this_mut<'a>(vm: &Vm, slf: Option<&'a ObjRef>) -> PyResult<&'a ObjRef> {
    match slf {
        Some(s) if matches!(s.payload, Payload::Set(_)) => Ok(s),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

fn add(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let so = this_mut(vm, slf)?;
    let hash = vm.hash(&a.pos[0])?;
    add_entry(vm, so, hash, a.pos[0].clone())?;
    Ok(none())
}

fn clear(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    clear_table(this_mut(vm, slf)?);
    Ok(none())
}

fn contains_method(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let so = this(vm, slf)?;
    Ok(new_bool(contains(vm, so, &a.pos[0])?))
}

fn copy(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let so = this(vm, slf)?;
    set_copy(vm, so)
}

/// `frozenset.copy()` of a frozenset is that same object.
fn frozenset_copy(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let so = this(vm, slf)?;
    if is_frozen(so) {
        return Ok(so.clone());
    }
    set_copy(vm, so)
}

/// `set.remove` and `set.discard`: whether the key was there.
fn discard_key(vm: &mut Vm, so: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    let (hash, key) = lookup_key(vm, key)?;
    discard_entry(vm, so, hash, &key)
}

fn discard(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let so = this_mut(vm, slf)?;
    discard_key(vm, so, &a.pos[0])?;
    Ok(none())
}

fn remove(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let so = this_mut(vm, slf)?;
    if !discard_key(vm, so, &a.pos[0])? {
        return Err(vm.key_error(&a.pos[0]));
    }
    Ok(none())
}

fn pop(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let so = this_mut(vm, slf)?;
    match mutate(so, |t| t.pop()).flatten() {
        Some(key) => Ok(key),
        None => Err(vm.err(&vm.types.exc.key_error, "pop from an empty set")),
    }
}

fn difference_multi(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let so = this(vm, slf)?;
    let Some((first, rest)) = a.pos.split_first() else {
        return set_copy(vm, so);
    };
    let result = difference(vm, so, first)?;
    if rest.is_empty() {
        return Ok(result);
    }
    let frozen = is_frozen(&result);
    let working = working_set(vm, Some(&result))?;
    drop(result);
    for other in rest {
        difference_update_internal(vm, &working, other)?;
    }
    Ok(finish(frozen, working))
}

fn difference_update(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let so = this_mut(vm, slf)?;
    for other in a.pos {
        difference_update_internal(vm, so, other)?;
    }
    Ok(none())
}

fn intersection_multi(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let so = this(vm, slf)?;
    intersection_all(vm, so, a.pos)
}

fn intersection_update_multi(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let so = this_mut(vm, slf)?;
    let tmp = intersection_all(vm, so, a.pos)?;
    take_body(so, &tmp);
    Ok(none())
}

/// `set_isdisjoint`: walks the smaller set, or the iterable, stopping at the first common item.
fn isdisjoint(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let so = this(vm, slf)?;
    let other = &a.pos[0];
    if is(so, other) {
        return Ok(new_bool(len(so) == 0));
    }
    if is_anyset(other) {
        let (big, small) = if len(other) > len(so) {
            (other, so)
        } else {
            (so, other)
        };
        for (hash, key) in snapshot(small) {
            if contains_entry(vm, big, hash, &key)? {
                return Ok(new_bool(false));
            }
        }
        return Ok(new_bool(true));
    }
    let it = vm.get_iter(other)?;
    while let Some(key) = vm.iter_next(&it)? {
        let hash = vm.hash(&key)?;
        if contains_entry(vm, so, hash, &key)? {
            return Ok(new_bool(false));
        }
    }
    Ok(new_bool(true))
}

fn issubset_method(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let so = this(vm, slf)?;
    Ok(new_bool(issubset(vm, so, &a.pos[0])?))
}

fn issuperset_method(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let so = this(vm, slf)?;
    Ok(new_bool(issuperset(vm, so, &a.pos[0])?))
}

fn symmetric_difference_method(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let so = this(vm, slf)?;
    symmetric_difference(vm, so, &a.pos[0])
}

fn symmetric_difference_update_method(
    vm: &mut Vm,
    slf: Option<&ObjRef>,
    a: Args,
) -> PyResult<ObjRef> {
    let so = this_mut(vm, slf)?;
    symmetric_difference_update(vm, so, &a.pos[0])?;
    Ok(none())
}

fn union(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let so = this(vm, slf)?;
    let result = working_set(vm, Some(so))?;
    for other in a.pos {
        if !is(so, other) {
            update_internal(vm, &result, other)?;
        }
    }
    Ok(finish(is_frozen(so), result))
}

fn update(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let so = this_mut(vm, slf)?;
    for other in a.pos {
        update_internal(vm, so, other)?;
    }
    Ok(none())
}

/// `set(iterable)` and `frozenset(iterable)` (`set_new` + `set_init`, `frozenset_new`):
/// no keywords, at most one argument; `frozenset(fs)` of a frozenset is that same object.
pub fn construct(vm: &mut Vm, frozen: bool, a: &Args) -> PyResult<ObjRef> {
    let name = if frozen { "frozenset" } else { "set" };
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() does not take keyword arguments")));
    }
    let pos = unpack(vm, &Args::positional(a.pos), name, 0, 1)?;
    match pos.first() {
        Some(x) if frozen && is_frozen(x) => Ok(x.clone()),
        first if frozen => {
            let s = make_new_set(vm, true, first)?;
            Ok(if len(&s) == 0 {
                objects::empty_frozenset()
            } else {
                s
            })
        }
        first => make_new_set(vm, false, first),
    }
}

/// `cmp()` between two distinct sets is refused (`set_nocmp`).
pub fn refuse_cmp(vm: &Vm) -> crate::error::PyErr {
    vm.type_error("cannot compare sets using cmp()")
}
