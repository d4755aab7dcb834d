//! `itertools` (Modules/itertoolsmodule.c): the lazy iterators `count`, `repeat`, `cycle`,
//! `chain`, `islice`, `izip`, `imap`, `ifilter`, `ifilterfalse`, `takewhile`, `dropwhile`
//! and `starmap`. Each keeps its state in cells and releases it before calling back into
//! Python code, so a callback may use the iterator again.

use std::cell::{Cell, RefCell};

use super::{ModuleDef, Origin};
use crate::builtins::functions::args::{as_bigint, unpack};
use crate::builtins::functions::bind_keywords;
use crate::def;
use crate::error::PyResult;
use crate::objects::native::{new_native, new_native_type, NativeData};
use crate::objects::{self, new_str_from, new_tuple, Args, MethodDef, ObjRef, Payload};
use crate::protocols::number::BinOp;
use crate::runtime::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "itertools",
    origin: Origin::Extension,
    functions: TEE_FUNCTIONS,
    init: Some(init),
};

/// Each type: its name and its constructor.
static TYPES: &[(&str, MethodDef)] = &[
    ("count", def!("__new__", Keywords, count_new)),
    ("repeat", def!("__new__", Keywords, repeat_new)),
    ("cycle", def!("__new__", Keywords, cycle_new)),
    ("chain", def!("__new__", Keywords, chain_new)),
    ("islice", def!("__new__", Keywords, islice_new)),
    ("izip", def!("__new__", Keywords, izip_new)),
    ("imap", def!("__new__", Keywords, imap_new)),
    ("ifilter", def!("__new__", Keywords, ifilter_new)),
    ("ifilterfalse", def!("__new__", Keywords, ifilterfalse_new)),
    ("takewhile", def!("__new__", Keywords, takewhile_new)),
    ("dropwhile", def!("__new__", Keywords, dropwhile_new)),
    ("starmap", def!("__new__", Keywords, starmap_new)),
    ("_tee", def!("__new__", Keywords, tee_new)),
];

fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    let object = vm.types.object.clone();
    for (name, new) in TYPES {
        let ty = new_native_type(
            vm,
            &format!("itertools.{}", name.trim_start_matches('_')),
            &object,
            ITERATOR_METHODS,
            new,
        )?;
        vm.dict_set(dict, new_str_from(name), ty)?;
    }
    Ok(())
}

/// The methods every iterator type has.
static ITERATOR_METHODS: &[MethodDef] = &[def!("next", NoArgs, iterator_next)];

/// `it.next()`: the next item, or StopIteration.
fn iterator_next(vm: &mut Vm, me: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let Some(me) = me else {
        return Err(vm.system_error("next() without its iterator"));
    };
    match vm.iter_next(me)? {
        Some(item) => Ok(item),
        None => Err(vm.stop_iteration()),
    }
}

fn the_type<'a>(vm: &Vm, ty: Option<&'a ObjRef>) -> PyResult<&'a ObjRef> {
    ty.ok_or_else(|| vm.system_error("__new__ without its type"))
}

/// `_PyArg_NoKeywords`: `NAME does not take keyword arguments`.
fn no_keywords(vm: &Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() does not take keyword arguments")))
    }
}

/// Implements the boilerplate of an iterator type's slots around its `step`.
macro_rules! iterator {
    ($t:ty) => {
        impl NativeData for $t {
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
            fn is_iterator(&self) -> bool {
                true
            }
            fn next(&self, vm: &mut Vm, _me: &ObjRef) -> Option<PyResult<Option<ObjRef>>> {
                Some(self.step(vm))
            }
            fn repr(&self, vm: &mut Vm, me: &ObjRef) -> Option<PyResult<Vec<u8>>> {
                self.describe(vm, me)
            }
        }
    };
}

// ----- count ------------------------------------------------------------------------------

struct Count {
    next: RefCell<ObjRef>,
    step: ObjRef,
}

fn count_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let bound = bind_keywords(vm, &a, "count", &["start", "step"])?;
    let start = bound[0].clone().unwrap_or_else(|| objects::new_int(0));
    let step = bound[1].clone().unwrap_or_else(|| objects::new_int(1));
    for v in [&start, &step] {
        if !matches!(
            v.payload,
            Payload::Int(_)
                | Payload::Long(_)
                | Payload::Bool(_)
                | Payload::Float(_)
                | Payload::Complex(_)
        ) {
            return Err(vm.type_error("a number is required"));
        }
    }
    Ok(new_native(
        the_type(vm, ty)?,
        Count {
            next: RefCell::new(start),
            step,
        },
    ))
}

impl Count {
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let current = self.next.borrow().clone();
        let following = vm.binary_op(BinOp::Add, &current, &self.step)?;
        *self.next.borrow_mut() = following;
        Ok(Some(current))
    }

    /// `count_repr`: `count(N)`, or `count(N, STEP)` when the step is not 1.
    fn describe(&self, vm: &mut Vm, _me: &ObjRef) -> Option<PyResult<Vec<u8>>> {
        let current = self.next.borrow().clone();
        let result = (|| {
            let mut out = b"count(".to_vec();
            out.extend(vm.repr(&current)?);
            if !matches!(self.step.payload, Payload::Int(1)) {
                out.extend_from_slice(b", ");
                out.extend(vm.repr(&self.step)?);
            }
            out.push(b')');
            Ok(out)
        })();
        Some(result)
    }
}

iterator!(Count);

// ----- repeat -----------------------------------------------------------------------------

struct Repeat {
    element: ObjRef,
    /// None repeats forever.
    remaining: Cell<Option<i64>>,
}

fn repeat_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let bound = bind_keywords(vm, &a, "repeat", &["object", "times"])?;
    let Some(element) = bound[0].clone() else {
        return Err(vm.type_error("Required argument 'object' (pos 1) not found"));
    };
    let remaining = match &bound[1] {
        Some(n) => Some(crate::builtins::functions::args::ssize_arg(vm, n)?.max(0)),
        None => None,
    };
    Ok(new_native(
        the_type(vm, ty)?,
        Repeat {
            element,
            remaining: Cell::new(remaining),
        },
    ))
}

impl Repeat {
    fn step(&self, _vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        match self.remaining.get() {
            Some(0) => return Ok(None),
            Some(n) => self.remaining.set(Some(n - 1)),
            None => {}
        }
        Ok(Some(self.element.clone()))
    }

    /// `repeat_repr`: `repeat(OBJ)` or `repeat(OBJ, N)`.
    fn describe(&self, vm: &mut Vm, _me: &ObjRef) -> Option<PyResult<Vec<u8>>> {
        let result = vm.repr(&self.element).map(|text| {
            let mut out = b"repeat(".to_vec();
            out.extend(text);
            if let Some(n) = self.remaining.get() {
                out.extend_from_slice(format!(", {n}").as_bytes());
            }
            out.push(b')');
            out
        });
        Some(result)
    }
}

iterator!(Repeat);

/// The default `<itertools.NAME object at ADDR>` repr.
macro_rules! default_repr {
    () => {
        fn describe(&self, _vm: &mut Vm, _me: &ObjRef) -> Option<PyResult<Vec<u8>>> {
            None
        }
    };
}

// ----- cycle ------------------------------------------------------------------------------

struct Cycle {
    it: ObjRef,
    saved: RefCell<Vec<ObjRef>>,
    /// Replaying `saved` from this index once the iterable is exhausted.
    replay: Cell<Option<usize>>,
}

fn cycle_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    no_keywords(vm, &a, "cycle")?;
    let args = unpack(vm, &a, "cycle", 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    Ok(new_native(
        the_type(vm, ty)?,
        Cycle {
            it,
            saved: RefCell::new(Vec::new()),
            replay: Cell::new(None),
        },
    ))
}

impl Cycle {
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        if self.replay.get().is_none() {
            if let Some(item) = vm.iter_next(&self.it)? {
                self.saved.borrow_mut().push(item.clone());
                return Ok(Some(item));
            }
            self.replay.set(Some(0));
        }
        let saved = self.saved.borrow();
        if saved.is_empty() {
            return Ok(None);
        }
        let i = self.replay.get().unwrap_or(0) % saved.len();
        self.replay.set(Some(i + 1));
        Ok(Some(saved[i].clone()))
    }
    default_repr!();
}

iterator!(Cycle);

// ----- chain ------------------------------------------------------------------------------

struct Chain {
    sources: ObjRef,
    active: RefCell<Option<ObjRef>>,
}

fn chain_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    no_keywords(vm, &a, "chain")?;
    let sources = vm.get_iter(&new_tuple(a.pos.to_vec()))?;
    Ok(new_native(
        the_type(vm, ty)?,
        Chain {
            sources,
            active: RefCell::new(None),
        },
    ))
}

impl Chain {
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        loop {
            let active = self.active.borrow().clone();
            let active = match active {
                Some(it) => it,
                None => match vm.iter_next(&self.sources)? {
                    Some(iterable) => {
                        let it = vm.get_iter(&iterable)?;
                        *self.active.borrow_mut() = Some(it.clone());
                        it
                    }
                    None => return Ok(None),
                },
            };
            if let Some(item) = vm.iter_next(&active)? {
                return Ok(Some(item));
            }
            *self.active.borrow_mut() = None;
        }
    }
    default_repr!();
}

iterator!(Chain);

// ----- islice -----------------------------------------------------------------------------

struct Islice {
    it: ObjRef,
    next: Cell<i64>,
    /// -1: no stop.
    stop: i64,
    step: i64,
    count: Cell<i64>,
}

fn slice_arg(vm: &Vm, v: &ObjRef, message: &str) -> PyResult<i64> {
    if v.is_none() {
        return Ok(-1);
    }
    match as_bigint(v).and_then(|b| i64::try_from(b).ok()) {
        Some(n) if n >= 0 => Ok(n),
        _ => Err(vm.value_error(message)),
    }
}

fn islice_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    no_keywords(vm, &a, "islice")?;
    let args = unpack(vm, &a, "islice", 2, 4)?;
    let (start, stop, step) = if args.len() == 2 {
        let stop = slice_arg(
            vm,
            &args[1],
            "Stop argument for islice() must be None or an integer: 0 <= x <= maxint.",
        )?;
        (0, stop, 1)
    } else {
        let indices = "Indices for islice() must be None or an integer: 0 <= x <= maxint.";
        let start = slice_arg(vm, &args[1], indices)?.max(0);
        let stop = slice_arg(vm, &args[2], indices)?;
        let step = match args.get(3) {
            None => 1,
            Some(s) if s.is_none() => 1,
            Some(s) => match as_bigint(s).and_then(|b| i64::try_from(b).ok()) {
                Some(n) if n >= 1 => n,
                _ => {
                    return Err(
                        vm.value_error("Step for islice() must be a positive integer or None.")
                    )
                }
            },
        };
        (start, stop, step)
    };
    let it = vm.get_iter(&args[0])?;
    Ok(new_native(
        the_type(vm, ty)?,
        Islice {
            it,
            next: Cell::new(start),
            stop,
            step,
            count: Cell::new(0),
        },
    ))
}

impl Islice {
    /// `islice_next`: skips to the next wanted index, then moves the target on by the step.
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        while self.count.get() < self.next.get() {
            if vm.iter_next(&self.it)?.is_none() {
                return Ok(None);
            }
            self.count.set(self.count.get() + 1);
        }
        if self.stop != -1 && self.count.get() >= self.stop {
            return Ok(None);
        }
        let Some(item) = vm.iter_next(&self.it)? else {
            return Ok(None);
        };
        self.count.set(self.count.get() + 1);
        let old = self.next.get();
        let mut next = old.saturating_add(self.step);
        if next < old || (self.stop != -1 && next > self.stop) {
            next = self.stop;
        }
        self.next.set(next);
        Ok(Some(item))
    }
    default_repr!();
}

iterator!(Islice);

// ----- izip and imap ------------------------------------------------------------------------

/// `izip(*iterables)` and `imap(func, *iterables)`: one item from each iterator per step.
struct Zip {
    iterators: Vec<ObjRef>,
    /// imap's function (None makes tuples); izip has none.
    func: Option<ObjRef>,
}

fn iterators_of(vm: &mut Vm, items: &[ObjRef], what: &str) -> PyResult<Vec<ObjRef>> {
    let mut iterators = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match vm.get_iter(item) {
            Ok(it) => iterators.push(it),
            Err(e) if vm.exception_matches(&e, &vm.types.exc.type_error) => {
                return Err(
                    vm.type_error(format!("{what} argument #{} must support iteration", i + 1))
                )
            }
            Err(e) => return Err(e),
        }
    }
    Ok(iterators)
}

fn izip_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    no_keywords(vm, &a, "izip")?;
    let iterators = iterators_of(vm, a.pos, "izip")?;
    Ok(new_native(
        the_type(vm, ty)?,
        Zip {
            iterators,
            func: None,
        },
    ))
}

fn imap_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    no_keywords(vm, &a, "imap")?;
    if a.pos.len() < 2 {
        return Err(vm.type_error("imap() must have at least two arguments."));
    }
    let iterators = iterators_of(vm, &a.pos[1..], "imap")?;
    Ok(new_native(
        the_type(vm, ty)?,
        Zip {
            iterators,
            func: Some(a.pos[0].clone()),
        },
    ))
}

impl Zip {
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        if self.iterators.is_empty() {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(self.iterators.len());
        for it in &self.iterators {
            match vm.iter_next(it)? {
                Some(item) => items.push(item),
                None => return Ok(None),
            }
        }
        match &self.func {
            Some(f) if !f.is_none() => vm.call_object(f, &items, &[]).map(Some),
            _ => Ok(Some(new_tuple(items))),
        }
    }
    default_repr!();
}

iterator!(Zip);

// ----- ifilter, ifilterfalse, takewhile, dropwhile -------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum FilterKind {
    Keep,
    KeepFalse,
    TakeWhile,
    DropWhile,
}

struct Filter {
    predicate: ObjRef,
    it: ObjRef,
    kind: FilterKind,
    /// takewhile: stopped; dropwhile: done dropping.
    done: Cell<bool>,
}

fn filter_new(
    vm: &mut Vm,
    ty: Option<&ObjRef>,
    a: Args,
    name: &str,
    kind: FilterKind,
) -> PyResult<ObjRef> {
    no_keywords(vm, &a, name)?;
    let args = unpack(vm, &a, name, 2, 2)?;
    let it = vm.get_iter(&args[1])?;
    Ok(new_native(
        the_type(vm, ty)?,
        Filter {
            predicate: args[0].clone(),
            it,
            kind,
            done: Cell::new(false),
        },
    ))
}

fn ifilter_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    filter_new(vm, ty, a, "ifilter", FilterKind::Keep)
}

fn ifilterfalse_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    filter_new(vm, ty, a, "ifilterfalse", FilterKind::KeepFalse)
}

fn takewhile_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    filter_new(vm, ty, a, "takewhile", FilterKind::TakeWhile)
}

fn dropwhile_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    filter_new(vm, ty, a, "dropwhile", FilterKind::DropWhile)
}

impl Filter {
    /// The predicate's truth for `item` (ifilter's None predicate is the item's own truth).
    fn test(&self, vm: &mut Vm, item: &ObjRef) -> PyResult<bool> {
        let noneless = matches!(self.kind, FilterKind::Keep | FilterKind::KeepFalse);
        if noneless && self.predicate.is_none() {
            return vm.is_true(item);
        }
        let verdict = vm.call_object(&self.predicate, std::slice::from_ref(item), &[])?;
        vm.is_true(&verdict)
    }

    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        if self.kind == FilterKind::TakeWhile && self.done.get() {
            return Ok(None);
        }
        while let Some(item) = vm.iter_next(&self.it)? {
            match self.kind {
                FilterKind::Keep | FilterKind::KeepFalse => {
                    if self.test(vm, &item)? == (self.kind == FilterKind::Keep) {
                        return Ok(Some(item));
                    }
                }
                FilterKind::TakeWhile => {
                    if self.test(vm, &item)? {
                        return Ok(Some(item));
                    }
                    self.done.set(true);
                    return Ok(None);
                }
                FilterKind::DropWhile => {
                    if self.done.get() || !self.test(vm, &item)? {
                        self.done.set(true);
                        return Ok(Some(item));
                    }
                }
            }
        }
        Ok(None)
    }
    default_repr!();
}

iterator!(Filter);

// ----- starmap ----------------------------------------------------------------------------

struct Starmap {
    func: ObjRef,
    it: ObjRef,
}

fn starmap_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    no_keywords(vm, &a, "starmap")?;
    let args = unpack(vm, &a, "starmap", 2, 2)?;
    let it = vm.get_iter(&args[1])?;
    Ok(new_native(
        the_type(vm, ty)?,
        Starmap {
            func: args[0].clone(),
            it,
        },
    ))
}

impl Starmap {
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let Some(args) = vm.iter_next(&self.it)? else {
            return Ok(None);
        };
        let args = vm.collect_iterable(&args)?;
        vm.call_object(&self.func, &args, &[]).map(Some)
    }
    default_repr!();
}

iterator!(Starmap);

// ----- tee --------------------------------------------------------------------------------

/// The iterator and the items read from it, shared by the copies `tee` makes.
struct TeeSource {
    it: ObjRef,
    buffer: RefCell<Vec<ObjRef>>,
}

struct Tee {
    source: std::rc::Rc<TeeSource>,
    index: Cell<usize>,
}

static TEE_FUNCTIONS: &[MethodDef] = &[def!("tee", VarArgs, tee)];

/// `tee(iterable, n=2)`: `n` independent iterators over the same items.
fn tee(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "tee", 1, 2)?;
    let n = match args.get(1) {
        Some(n) => crate::builtins::functions::args::ssize_arg(vm, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    vm.check_alloc(n as u128 * 64)?;
    let it = vm.get_iter(&args[0])?;
    let source = std::rc::Rc::new(TeeSource {
        it,
        buffer: RefCell::new(Vec::new()),
    });
    let modules = vm.modules.clone();
    let module = vm.dict_get(&modules, &new_str_from("itertools"))?;
    let ty = match module {
        Some(m) => vm.getattr(&m, &new_str_from("_tee"))?,
        None => return Err(vm.system_error("itertools is not in sys.modules")),
    };
    let copies = (0..n)
        .map(|_| {
            new_native(
                &ty,
                Tee {
                    source: source.clone(),
                    index: Cell::new(0),
                },
            )
        })
        .collect();
    Ok(new_tuple(copies))
}

fn tee_new(vm: &mut Vm, _ty: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    Err(vm.type_error("cannot create 'itertools._tee' instances"))
}

impl Tee {
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let i = self.index.get();
        let buffered = self.source.buffer.borrow().get(i).cloned();
        let item = match buffered {
            Some(item) => item,
            None => match vm.iter_next(&self.source.it)? {
                Some(item) => {
                    self.source.buffer.borrow_mut().push(item.clone());
                    item
                }
                None => return Ok(None),
            },
        };
        self.index.set(i + 1);
        Ok(Some(item))
    }
    default_repr!();
}

iterator!(Tee);
