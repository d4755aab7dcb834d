//! `_collections` (Modules/_collectionsmodule.c): `deque` and `defaultdict`, which the
//! `collections` module programs import takes from here.
//!
//! A deque is a native type with a layout of its own; its iterators are the built-in
//! `deque_iterator` and `deque_reverse_iterator` types. A defaultdict extends `dict`: its
//! instances are dicts everywhere, with the default factory beside the dict payload, and
//! `d[key]` reaches its `__missing__` as `dict_subscript` does. Python classes may derive
//! from both. Which operations run Python code (the factory, `__eq__` of the items in
//! `count`, `remove` and comparisons) follows the C code, since those calls show in a trace.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use super::{ModuleDef, Origin};
use crate::builtins::functions::args::ssize_arg;
use crate::builtins::functions::bind_keywords;
use crate::def;
use crate::error::{PyErr, PyResult};
use crate::objects::native::{self, new_base_native_type, new_extended, new_native, NativeData};
use crate::objects::{
    is, new_int, new_list, new_str_from, new_tuple, none, Args, MethodDef, ObjRef, Payload,
};
use crate::protocols::compare::CompareOp;
use crate::runtime::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "_collections",
    origin: Origin::Extension,
    functions: &[],
    init: Some(init),
};

fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    let object = vm.types.object.clone();
    let deque = new_base_native_type(vm, "collections.deque", &object, DEQUE_METHODS, &DEQUE_NEW)?;
    if let Some(t) = deque.as_type() {
        // `tp_hash` is `PyObject_HashNotImplemented`.
        vm.dict_set(&t.dict, new_str_from("__hash__"), none())?;
    }
    vm.dict_set(dict, new_str_from("deque"), deque)?;
    let dict_type = vm.types.dict.clone();
    let defaultdict = new_base_native_type(
        vm,
        "collections.defaultdict",
        &dict_type,
        DEFAULTDICT_METHODS,
        &DEFAULTDICT_NEW,
    )?;
    vm.dict_set(dict, new_str_from("defaultdict"), defaultdict)
}

// ----- deque ------------------------------------------------------------------------------

/// A deque's items, its bound and its `state`, which every change of the items' positions
/// advances so that iterators notice a mutation.
struct Deque {
    items: RefCell<VecDeque<ObjRef>>,
    /// None when unbounded.
    maxlen: Cell<Option<usize>>,
    state: Cell<u64>,
}

static DEQUE_NEW: MethodDef = def!("__new__", Keywords, deque_new);

static DEQUE_METHODS: &[MethodDef] = &[
    def!("__init__", Keywords, deque_init),
    def!("append", O, deque_append),
    def!("appendleft", O, deque_appendleft),
    def!("clear", NoArgs, deque_clear),
    def!("__copy__", NoArgs, deque_copy),
    def!("count", O, deque_count),
    def!("extend", O, deque_extend),
    def!("extendleft", O, deque_extendleft),
    def!("pop", NoArgs, deque_pop),
    def!("popleft", NoArgs, deque_popleft),
    def!("__reduce__", NoArgs, deque_reduce),
    def!("remove", O, deque_remove),
    def!("__reversed__", NoArgs, deque_reversed),
    def!("reverse", NoArgs, deque_reverse),
    def!("rotate", VarArgs, deque_rotate),
];

/// `deque_new`: an empty, unbounded deque; `__init__` fills it.
fn deque_new(vm: &mut Vm, ty: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let ty = ty.ok_or_else(|| vm.system_error("__new__ without its type"))?;
    Ok(new_native(
        ty,
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
        },
    ))
}

/// The deque a method is bound to.
fn this<'a>(vm: &Vm, slf: Option<&'a ObjRef>) -> PyResult<(&'a ObjRef, &'a Deque)> {
    slf.and_then(|s| native::data::<Deque>(s).map(|d| (s, d)))
        .ok_or_else(|| vm.type_error("descriptor requires a 'collections.deque' object"))
}

impl Deque {
    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn get(&self, i: usize) -> Option<ObjRef> {
        self.items.borrow().get(i).cloned()
    }

    fn over_bound(&self) -> bool {
        self.maxlen.get().is_some_and(|m| self.len() > m)
    }

    /// `deque_append` with its `TRIM`: the leftmost item goes when the bound is passed.
    fn push_right(&self, item: ObjRef) {
        self.bump();
        self.items.borrow_mut().push_back(item);
        if self.over_bound() {
            drop(self.pop_left());
        }
    }

    /// `deque_appendleft`, trimming on the right.
    fn push_left(&self, item: ObjRef) {
        self.bump();
        self.items.borrow_mut().push_front(item);
        if self.over_bound() {
            drop(self.pop_right());
        }
    }

    fn pop_right(&self) -> Option<ObjRef> {
        let item = self.items.borrow_mut().pop_back();
        if item.is_some() {
            self.bump();
        }
        item
    }

    fn pop_left(&self) -> Option<ObjRef> {
        let item = self.items.borrow_mut().pop_front();
        if item.is_some() {
            self.bump();
        }
        item
    }

    /// `_deque_rotate`: `n` steps to the right (left when negative).
    fn rotate(&self, n: i64) {
        let len = self.len() as i64;
        if len <= 1 {
            return;
        }
        let half = len >> 1;
        let mut n = n;
        if n > half || n < -half {
            n %= len;
            if n > half {
                n -= len;
            } else if n < -half {
                n += len;
            }
        }
        self.bump();
        let mut items = self.items.borrow_mut();
        if n > 0 {
            items.rotate_right(n as usize);
        } else {
            items.rotate_left(n.unsigned_abs() as usize);
        }
    }

    /// `deque_clear`: empties the deque first, then releases the items left to right.
    fn clear(&self) {
        if self.len() == 0 {
            return;
        }
        self.bump();
        let old = std::mem::take(&mut *self.items.borrow_mut());
        for item in old {
            drop(item);
        }
    }

    /// `deque_extend` / `deque_extendleft`: the items of an iterable (a snapshot when it is
    /// the deque itself), one at a time with trimming; a bound of 0 just runs the iterator.
    fn extend(&self, vm: &mut Vm, me: &ObjRef, iterable: &ObjRef, left: bool) -> PyResult<()> {
        if is(me, iterable) {
            let snapshot = new_list(vm.collect_sized_iterable(iterable)?);
            return self.extend(vm, me, &snapshot, left);
        }
        let it = vm.get_iter(iterable)?;
        while let Some(item) = vm.iter_next(&it)? {
            if self.maxlen.get() == Some(0) {
                continue;
            }
            if left {
                self.push_left(item);
            } else {
                self.push_right(item);
            }
        }
        Ok(())
    }
}

/// `deque_init`: `deque([iterable[, maxlen]])`, clearing a deque initialized before.
fn deque_init(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (me, d) = this(vm, slf)?;
    let b = bind_keywords(vm, &a, "deque", &["iterable", "maxlen"])?;
    let mut maxlen = None;
    if let Some(m) = b[1].as_ref().filter(|m| !m.is_none()) {
        let n = ssize_value(vm, m)?;
        if n < 0 {
            return Err(vm.value_error("maxlen must be non-negative"));
        }
        maxlen = Some(n as usize);
    }
    d.maxlen.set(maxlen);
    d.clear();
    if let Some(iterable) = &b[0] {
        d.extend(vm, me, iterable, false)?;
    }
    Ok(none())
}

/// `PyInt_AsSsize_t`: ints and longs, and anything else through its `__int__` (a float
/// truncates).
fn ssize_value(vm: &mut Vm, obj: &ObjRef) -> PyResult<i64> {
    match &obj.payload {
        Payload::Int(_) | Payload::Bool(_) | Payload::Long(_) => ssize_arg(vm, obj),
        Payload::Float(f) if f.is_finite() && f.abs() < 9.2e18 => Ok(f.trunc() as i64),
        _ => Err(vm.type_error("an integer is required")),
    }
}

fn deque_append(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (_, d) = this(vm, slf)?;
    d.push_right(a.pos[0].clone());
    Ok(none())
}

fn deque_appendleft(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (_, d) = this(vm, slf)?;
    d.push_left(a.pos[0].clone());
    Ok(none())
}

fn deque_clear(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let (_, d) = this(vm, slf)?;
    d.clear();
    Ok(none())
}

fn deque_extend(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (me, d) = this(vm, slf)?;
    d.extend(vm, me, &a.pos[0], false)?;
    Ok(none())
}

fn deque_extendleft(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (me, d) = this(vm, slf)?;
    d.extend(vm, me, &a.pos[0], true)?;
    Ok(none())
}

fn deque_pop(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let (_, d) = this(vm, slf)?;
    d.pop_right()
        .ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn deque_popleft(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let (_, d) = this(vm, slf)?;
    d.pop_left()
        .ok_or_else(|| vm.index_error("pop from an empty deque"))
}

/// `deque_rotate`: `rotate([n])`, parsed as `"|n:rotate"`.
fn deque_rotate(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (_, d) = this(vm, slf)?;
    let n = match a.pos {
        [] => 1,
        [n] => ssize_arg(vm, n)?,
        _ => {
            return Err(vm.type_error(format!(
                "rotate() takes at most 1 argument ({} given)",
                a.pos.len()
            )))
        }
    };
    d.rotate(n);
    Ok(none())
}

/// `deque_reverse`: in place, without advancing the state.
fn deque_reverse(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let (_, d) = this(vm, slf)?;
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(none())
}

/// `deque_count`: each item compared with `item == value`; a comparison that changed the
/// deque ends the count.
fn deque_count(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (_, d) = this(vm, slf)?;
    let value = &a.pos[0];
    let start_state = d.state.get();
    let mut count = 0;
    for i in 0..d.len() {
        let Some(item) = d.get(i) else { break };
        if vm.rich_compare_bool(&item, value, CompareOp::Eq)? {
            count += 1;
        }
        if d.state.get() != start_state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
    }
    Ok(new_int(count))
}

/// `deque_remove`: compares the leftmost item and rotates it away until one matches, then
/// rotates back, as the C code does (so a failed comparison leaves the deque rotated).
fn deque_remove(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (_, d) = this(vm, slf)?;
    let value = &a.pos[0];
    let n = d.len();
    for i in 0..n {
        let Some(item) = d.get(0) else { break };
        let cmp = vm.rich_compare_bool(&item, value, CompareOp::Eq);
        if d.len() != n {
            if let Err(PyErr::Fault(f)) = cmp {
                return Err(PyErr::Fault(f));
            }
            return Err(vm.index_error("deque mutated during remove()."));
        }
        match cmp {
            Ok(true) => {
                let removed = d.pop_left();
                d.rotate(i as i64);
                drop(removed);
                return Ok(none());
            }
            Err(e) => {
                d.rotate(i as i64);
                return Err(e);
            }
            Ok(false) => d.rotate(-1),
        }
    }
    Err(vm.value_error("deque.remove(x): x not in deque"))
}

/// `deque_copy`: `type(d)(d)` or `type(d)(d, maxlen)`, which must give a deque.
fn deque_copy(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let (me, d) = this(vm, slf)?;
    let ty = vm.type_of(me);
    let mut args = vec![me.clone()];
    if let Some(m) = d.maxlen.get() {
        args.push(new_int(m as i64));
    }
    let result = vm.call_object(&ty, &args, &[])?;
    if native::data::<Deque>(&result).is_none() {
        let tp_name = |vm: &Vm, o: &ObjRef| {
            let t = vm.type_of(o);
            t.as_type()
                .map(|t| t.tp_name().to_string())
                .unwrap_or_default()
        };
        return Err(vm.type_error(format!(
            "{}() must return a deque, not {}",
            tp_name(vm, me),
            tp_name(vm, &result)
        )));
    }
    Ok(result)
}

/// `deque_reduce`: `(type(d), (list(d)[, maxlen])[, __dict__])`.
fn deque_reduce(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let (me, d) = this(vm, slf)?;
    let dict = match vm.getattr(me, &new_str_from("__dict__")) {
        Ok(v) => Some(v),
        Err(PyErr::Fault(f)) => return Err(PyErr::Fault(f)),
        Err(_) => None,
    };
    let aslist = new_list(vm.collect_sized_iterable(me)?);
    let ty = vm.type_of(me);
    let maxlen = d.maxlen.get().map(|m| new_int(m as i64));
    Ok(match (dict, maxlen) {
        (None, None) => new_tuple(vec![ty, new_tuple(vec![aslist])]),
        (None, Some(m)) => new_tuple(vec![ty, new_tuple(vec![aslist, m])]),
        (Some(dict), None) => new_tuple(vec![ty, new_tuple(vec![aslist, none()]), dict]),
        (Some(dict), Some(m)) => new_tuple(vec![ty, new_tuple(vec![aslist, m]), dict]),
    })
}

fn deque_reversed(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let (me, d) = this(vm, slf)?;
    Ok(new_iterator(vm, me, d, true))
}

fn new_iterator(vm: &Vm, me: &ObjRef, d: &Deque, reverse: bool) -> ObjRef {
    let len = d.len();
    let (name, index) = if reverse {
        ("deque_reverse_iterator", len as i64 - 1)
    } else {
        ("deque_iterator", 0)
    };
    new_native(
        &vm.types.iterator_type(name),
        DequeIter {
            deque: me.clone(),
            index: Cell::new(index),
            state: d.state.get(),
            counter: Cell::new(len),
            reverse,
        },
    )
}

/// The deque of an object already known to hold one.
fn deque_of(obj: &ObjRef) -> Option<&Deque> {
    native::data::<Deque>(obj)
}

impl NativeData for Deque {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn iter(&self, vm: &mut Vm, me: &ObjRef) -> Option<PyResult<ObjRef>> {
        Some(Ok(new_iterator(vm, me, self, false)))
    }

    /// `deque_repr`: `deque([...])` or `deque([...], maxlen=N)`; `[...]` inside itself.
    fn repr(&self, vm: &mut Vm, me: &ObjRef) -> Option<PyResult<Vec<u8>>> {
        if vm.repr_guard.contains(me) {
            return Some(Ok(b"[...]".to_vec()));
        }
        vm.repr_guard.push(me.clone());
        let result = (|| {
            let aslist = new_list(vm.collect_sized_iterable(me)?);
            let mut out = b"deque(".to_vec();
            out.extend(vm.repr(&aslist)?);
            if let Some(m) = self.maxlen.get() {
                out.extend(format!(", maxlen={m}").into_bytes());
            }
            out.push(b')');
            Ok(out)
        })();
        vm.repr_guard.pop();
        Some(result)
    }

    /// `deque_tp_print`: the items printed one by one as the deque's iterator yields them.
    fn print(&self, vm: &mut Vm, me: &ObjRef, file: &ObjRef) -> Option<PyResult<()>> {
        if vm.repr_guard.contains(me) {
            return Some(vm.file_write(file, b"[...]"));
        }
        vm.repr_guard.push(me.clone());
        let result = (|| {
            let it = vm.get_iter(me)?;
            vm.file_write(file, b"deque([")?;
            let mut first = true;
            while let Some(item) = vm.iter_next(&it)? {
                if !first {
                    vm.file_write(file, b", ")?;
                }
                first = false;
                vm.nested(|vm| vm.print_object(file, &item, false))?;
            }
            Ok(())
        })();
        vm.repr_guard.pop();
        if let Err(e) = result {
            return Some(Err(e));
        }
        let close = match self.maxlen.get() {
            Some(m) => format!("], maxlen={m})").into_bytes(),
            None => b"])".to_vec(),
        };
        Some(vm.file_write(file, &close))
    }

    fn len(&self, _vm: &mut Vm) -> Option<PyResult<usize>> {
        Some(Ok(Deque::len(self)))
    }

    fn member(&self, name: &[u8]) -> Option<ObjRef> {
        match name {
            b"maxlen" => Some(match self.maxlen.get() {
                Some(m) => new_int(m as i64),
                None => none(),
            }),
            _ => None,
        }
    }

    fn set_member(&self, vm: &mut Vm, name: &[u8], _value: Option<ObjRef>) -> Option<PyResult<()>> {
        (name == b"maxlen").then(|| {
            Err(vm.attribute_error(
                "attribute 'maxlen' of 'collections.deque' objects is not writable",
            ))
        })
    }

    fn is_sequence(&self) -> bool {
        true
    }

    /// `deque_item`.
    fn item(&self, vm: &mut Vm, _me: &ObjRef, i: i64) -> Option<PyResult<ObjRef>> {
        let found = usize::try_from(i).ok().and_then(|i| self.get(i));
        Some(found.ok_or_else(|| vm.index_error("deque index out of range")))
    }

    /// `deque_ass_item`; deleting is `deque_del_item`, a rotation each way around a
    /// `popleft`.
    fn set_item(
        &self,
        vm: &mut Vm,
        _me: &ObjRef,
        i: i64,
        value: Option<ObjRef>,
    ) -> Option<PyResult<()>> {
        if i < 0 || i >= Deque::len(self) as i64 {
            return Some(Err(vm.index_error("deque index out of range")));
        }
        match value {
            Some(v) => {
                let old = std::mem::replace(&mut self.items.borrow_mut()[i as usize], v);
                drop(old);
            }
            None => {
                self.rotate(-i);
                let removed = self.pop_left();
                self.rotate(i);
                drop(removed);
            }
        }
        Some(Ok(()))
    }

    /// `deque_inplace_concat`: `d += iterable` extends `d`.
    fn inplace_concat(&self, vm: &mut Vm, me: &ObjRef, other: &ObjRef) -> Option<PyResult<ObjRef>> {
        Some(self.extend(vm, me, other, false).map(|()| me.clone()))
    }

    /// `deque_richcompare`: only between deques; both walked with their iterators.
    fn richcompare(
        &self,
        vm: &mut Vm,
        me: &ObjRef,
        other: &ObjRef,
        op: CompareOp,
    ) -> Option<PyResult<bool>> {
        let theirs = deque_of(other)?;
        let (vs, ws) = (Deque::len(self), theirs.len());
        match op {
            CompareOp::Eq if is(me, other) => return Some(Ok(true)),
            CompareOp::Eq if vs != ws => return Some(Ok(false)),
            CompareOp::Ne if is(me, other) => return Some(Ok(false)),
            CompareOp::Ne if vs != ws => return Some(Ok(true)),
            _ => {}
        }
        Some((|| {
            let it1 = vm.get_iter(me)?;
            let it2 = vm.get_iter(other)?;
            let (x, y) = loop {
                let x = vm.iter_next(&it1)?;
                let y = vm.iter_next(&it2)?;
                let (Some(a), Some(b)) = (&x, &y) else {
                    break (x, y);
                };
                if !vm.rich_compare_bool(a, b, CompareOp::Eq)? {
                    return vm.rich_compare_bool(a, b, op);
                }
            };
            Ok(match op {
                CompareOp::Lt => y.is_some(),
                CompareOp::Le => x.is_none(),
                CompareOp::Eq => x.is_none() && y.is_none(),
                CompareOp::Ne => x.is_some() || y.is_some(),
                CompareOp::Gt => x.is_some(),
                CompareOp::Ge => y.is_none(),
            })
        })())
    }

    fn hashable(&self) -> bool {
        false
    }
}

/// `deque_iterator` and `deque_reverse_iterator`: a position in the deque, the deque's state
/// when the iterator was made, and how many items remain.
struct DequeIter {
    deque: ObjRef,
    index: Cell<i64>,
    state: u64,
    counter: Cell<usize>,
    reverse: bool,
}

impl DequeIter {
    /// `dequeiter_next` checks the state first, `dequereviter_next` the count first.
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let Some(d) = deque_of(&self.deque) else {
            return Ok(None);
        };
        if self.reverse && self.counter.get() == 0 {
            return Ok(None);
        }
        if d.state.get() != self.state {
            self.counter.set(0);
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        if self.counter.get() == 0 {
            return Ok(None);
        }
        let i = self.index.get();
        let item = usize::try_from(i).ok().and_then(|i| d.get(i));
        self.index.set(if self.reverse { i - 1 } else { i + 1 });
        self.counter.set(self.counter.get() - 1);
        Ok(item)
    }
}

impl NativeData for DequeIter {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, vm: &mut Vm, _me: &ObjRef) -> Option<PyResult<Option<ObjRef>>> {
        Some(self.step(vm))
    }
}

// ----- defaultdict ------------------------------------------------------------------------

/// A defaultdict's factory (None for C's NULL, which `del d.default_factory` leaves).
struct DefaultFactory {
    factory: RefCell<Option<ObjRef>>,
}

static DEFAULTDICT_NEW: MethodDef = def!("__new__", Keywords, defaultdict_new);

static DEFAULTDICT_METHODS: &[MethodDef] = &[
    def!("__init__", Keywords, defaultdict_init),
    def!("__missing__", O, defaultdict_missing),
    def!("copy", NoArgs, defaultdict_copy),
    def!("__copy__", NoArgs, defaultdict_copy),
    def!("__reduce__", NoArgs, defaultdict_reduce),
];

/// `dict_new` as a defaultdict inherits it: an empty dict without a factory.
fn defaultdict_new(vm: &mut Vm, ty: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let ty = ty.ok_or_else(|| vm.system_error("__new__ without its type"))?;
    Ok(new_extended(
        ty,
        Payload::Dict(RefCell::new(Default::default())),
        DefaultFactory {
            factory: RefCell::new(None),
        },
    ))
}

/// The defaultdict a method is bound to, with its factory.
fn factory_of<'a>(vm: &Vm, slf: Option<&'a ObjRef>) -> PyResult<(&'a ObjRef, Option<ObjRef>)> {
    slf.and_then(|s| native::data::<DefaultFactory>(s).map(|d| (s, d.factory.borrow().clone())))
        .ok_or_else(|| vm.type_error("descriptor requires a 'collections.defaultdict' object"))
}

/// `defdict_init`: the first argument is the factory (callable or None); the rest go to
/// `dict.__init__`.
fn defaultdict_init(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (me, _) = factory_of(vm, slf)?;
    let new_factory = a.pos.first().cloned();
    if let Some(f) = &new_factory {
        if !f.is_none() && !vm.is_callable(f) {
            return Err(vm.type_error("first argument must be callable or None"));
        }
    }
    if let Some(d) = native::data::<DefaultFactory>(me) {
        let old = d.factory.replace(new_factory);
        drop(old);
    }
    let rest = Args {
        pos: a.pos.get(1..).unwrap_or_default(),
        kw: a.kw,
    };
    crate::builtins::dict_methods::update_common(vm, me, rest, "dict")?;
    Ok(none())
}

/// `defdict_missing`: `KeyError((key,))` without a factory, else `self[key] = factory()`.
fn defaultdict_missing(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (me, factory) = factory_of(vm, slf)?;
    let key = &a.pos[0];
    let Some(factory) = factory.filter(|f| !f.is_none()) else {
        return Err(vm.key_error(key));
    };
    let value = vm.call_object(&factory, &[], &[])?;
    vm.setitem(me, key, value.clone())?;
    Ok(value)
}

/// `defdict_copy`: `type(d)(d.default_factory, d)`.
fn defaultdict_copy(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let (me, factory) = factory_of(vm, slf)?;
    let ty = vm.type_of(me);
    vm.call_object(&ty, &[factory.unwrap_or_else(none), me.clone()], &[])
}

/// `defdict_reduce`: `(type(d), (factory,) or (), None, None, d.iteritems())`.
fn defaultdict_reduce(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let (me, factory) = factory_of(vm, slf)?;
    let args = match factory.filter(|f| !f.is_none()) {
        Some(f) => new_tuple(vec![f]),
        None => new_tuple(Vec::new()),
    };
    let iteritems = vm.getattr(me, &new_str_from("iteritems"))?;
    let items = vm.call_object(&iteritems, &[], &[])?;
    let ty = vm.type_of(me);
    Ok(new_tuple(vec![ty, args, none(), none(), items]))
}

impl NativeData for DefaultFactory {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    /// `defdict_repr`: `defaultdict(FACTORY, {...})`, with `...` for a factory whose repr
    /// is already in progress.
    fn repr(&self, vm: &mut Vm, me: &ObjRef) -> Option<PyResult<Vec<u8>>> {
        let factory = self.factory.borrow().clone();
        Some((|| {
            let base = vm.builtin_repr(me)?;
            let factory_repr = match &factory {
                None => b"None".to_vec(),
                Some(f) if vm.repr_guard.contains(f) => b"...".to_vec(),
                Some(f) => {
                    vm.repr_guard.push(f.clone());
                    let r = vm.repr(f);
                    vm.repr_guard.pop();
                    r?
                }
            };
            let mut out = b"defaultdict(".to_vec();
            out.extend(factory_repr);
            out.extend_from_slice(b", ");
            out.extend(base);
            out.push(b')');
            Ok(out)
        })())
    }

    /// `defdict_print`: `defaultdict(`, the factory printed, `, `, the dict printed, `)`.
    fn print(&self, vm: &mut Vm, me: &ObjRef, file: &ObjRef) -> Option<PyResult<()>> {
        let factory = self.factory.borrow().clone();
        Some((|| {
            vm.file_write(file, b"defaultdict(")?;
            match &factory {
                None => vm.file_write(file, b"None")?,
                Some(f) => vm.nested(|vm| vm.print_object(file, f, false))?,
            }
            vm.file_write(file, b", ")?;
            let printed = vm.print_container(file, me);
            vm.file_write(file, b")")?;
            printed
        })())
    }

    fn member(&self, name: &[u8]) -> Option<ObjRef> {
        (name == b"default_factory").then(|| self.factory.borrow().clone().unwrap_or_else(none))
    }

    fn set_member(&self, _vm: &mut Vm, name: &[u8], value: Option<ObjRef>) -> Option<PyResult<()>> {
        (name == b"default_factory").then(|| {
            let old = self.factory.replace(value);
            drop(old);
            Ok(())
        })
    }
}
