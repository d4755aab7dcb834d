//! The `itertools` iterators that draw on several iterables, or call a function per item:
//! `chain` (and `chain.from_iterable`), `izip`, `izip_longest`, `imap` and `starmap`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{no_keywords, release, the_type};
use crate::builtins::functions::args::unpack;
use crate::def;
use crate::error::PyResult;
use crate::objects::native::new_native;
use crate::objects::{self, new_tuple, Args, MethodDef, ObjRef, Payload};
use crate::runtime::Vm;

// ----- chain ------------------------------------------------------------------------------

/// `chain.from_iterable` (`METH_O | METH_CLASS`).
pub static CHAIN_CLASS_METHODS: &[MethodDef] = &[def!("from_iterable", O, chain_from_iterable)];

/// `chain(*iterables)`: the iterator of the iterables (dropped once it is exhausted or
/// fails, which ends the chain for good) and the iterator of the current one.
struct Chain {
    sources: RefCell<Option<ObjRef>>,
    active: RefCell<Option<ObjRef>>,
}

/// `chain_new_internal`.
fn new_chain(vm: &Vm, ty: Option<&ObjRef>, sources: ObjRef) -> PyResult<ObjRef> {
    Ok(new_native(
        the_type(vm, ty)?,
        Chain {
            sources: RefCell::new(Some(sources)),
            active: RefCell::new(None),
        },
    ))
}

pub(super) fn chain_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    no_keywords(vm, &a, "chain")?;
    let sources = vm.get_iter(&new_tuple(a.pos.to_vec()))?;
    new_chain(vm, ty, sources)
}

/// `chain.from_iterable(iterable)`: the iterables are read lazily, one per exhausted one.
fn chain_from_iterable(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let [iterable] = a.pos else {
        return Err(vm.type_error("from_iterable() takes exactly one argument"));
    };
    let sources = vm.get_iter(iterable)?;
    new_chain(vm, ty, sources)
}

impl Chain {
    /// `chain_next`.
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        loop {
            let Some(sources) = self.sources.borrow().clone() else {
                return Ok(None);
            };
            let active = self.active.borrow().clone();
            let active = match active {
                Some(it) => it,
                None => {
                    let iterator = match vm.iter_next(&sources) {
                        Ok(Some(iterable)) => vm.get_iter(&iterable).map(Some),
                        ended => ended.map(|_| None),
                    };
                    drop(sources);
                    match iterator {
                        Ok(Some(it)) => {
                            *self.active.borrow_mut() = Some(it.clone());
                            it
                        }
                        ended => {
                            let old = self.sources.take();
                            release(vm, old);
                            return ended;
                        }
                    }
                }
            };
            if let Some(item) = vm.iter_next(&active)? {
                return Ok(Some(item));
            }
            let old = self.active.take();
            release(vm, (active, old));
        }
    }
    default_repr!();
}

iterator!(Chain);

// ----- the result tuple izip and izip_longest reuse ------------------------------------------

/// `lz->result` of `izip` and `izip_longest`: a tuple (of Nones at first) that a step
/// refills in place when nothing else holds it — each old item released just after its
/// replacement is read — and hands out again. While anything else holds it, each step
/// builds a new tuple instead and keeps none.
struct ReusedTuple(RefCell<ObjRef>);

impl ReusedTuple {
    fn new(size: usize) -> Self {
        ReusedTuple(RefCell::new(new_tuple(vec![objects::none(); size])))
    }

    /// A tuple of `size` items from `item(vm, i)`; None when one of them ends the step.
    fn fill(
        &self,
        vm: &mut Vm,
        size: usize,
        mut item: impl FnMut(&mut Vm, usize) -> PyResult<Option<ObjRef>>,
    ) -> PyResult<Option<ObjRef>> {
        // While refilling, the held tuple is out of the cell, so a step run from within
        // `item` sees it as taken and builds its own.
        let mut held = self.0.replace(objects::new_tuple(Vec::new()));
        let reusable = Rc::get_mut(&mut held).and_then(|o| match &mut o.payload {
            Payload::Tuple(items) if items.len() == size => Some(std::mem::take(items)),
            _ => None,
        });
        let Some(mut items) = reusable else {
            self.0.replace(held);
            let mut fresh = Vec::with_capacity(size);
            for i in 0..size {
                match item(vm, i)? {
                    Some(x) => fresh.push(x),
                    None => return Ok(None),
                }
            }
            return Ok(Some(new_tuple(fresh)));
        };
        let mut outcome = Ok(true);
        for i in 0..size {
            match item(vm, i) {
                Ok(Some(x)) => {
                    let old = std::mem::replace(&mut items[i], x);
                    release(vm, old);
                }
                other => {
                    outcome = other.map(|_| false);
                    break;
                }
            }
        }
        if let Some(Payload::Tuple(slot)) = Rc::get_mut(&mut held).map(|o| &mut o.payload) {
            *slot = items;
        }
        self.0.replace(held.clone());
        Ok(outcome?.then_some(held))
    }
}

// ----- izip and imap ------------------------------------------------------------------------

/// The iterators of the arguments, with `NAME argument #N must support iteration` for one
/// that is not iterable.
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

/// What a `Zip` makes of one item from each iterator.
enum ZipOutput {
    /// izip: a tuple (reused when it can be).
    Tuple(ReusedTuple),
    /// imap: the function called with them (None makes a new tuple).
    Call(ObjRef),
}

/// `izip(*iterables)` and `imap(func, *iterables)`: one item from each iterator per step.
struct Zip {
    iterators: Vec<ObjRef>,
    output: ZipOutput,
}

pub(super) fn izip_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    no_keywords(vm, &a, "izip")?;
    let iterators = iterators_of(vm, a.pos, "izip")?;
    let output = ZipOutput::Tuple(ReusedTuple::new(iterators.len()));
    Ok(new_native(the_type(vm, ty)?, Zip { iterators, output }))
}

pub(super) fn imap_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    no_keywords(vm, &a, "imap")?;
    if a.pos.len() < 2 {
        return Err(vm.type_error("imap() must have at least two arguments."));
    }
    let iterators = iterators_of(vm, &a.pos[1..], "imap")?;
    let output = ZipOutput::Call(a.pos[0].clone());
    Ok(new_native(the_type(vm, ty)?, Zip { iterators, output }))
}

impl Zip {
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let size = self.iterators.len();
        if size == 0 {
            return Ok(None);
        }
        let next_of = |vm: &mut Vm, i: usize| vm.iter_next(&self.iterators[i]);
        match &self.output {
            ZipOutput::Tuple(result) => result.fill(vm, size, next_of),
            ZipOutput::Call(func) => {
                let mut items = Vec::with_capacity(size);
                for i in 0..size {
                    match next_of(vm, i)? {
                        Some(item) => items.push(item),
                        None => return Ok(None),
                    }
                }
                if func.is_none() {
                    Ok(Some(new_tuple(items)))
                } else {
                    vm.call_object(func, &items, &[]).map(Some)
                }
            }
        }
    }
    default_repr!();
}

iterator!(Zip);

// ----- izip_longest -------------------------------------------------------------------------

/// `izip_longest(*iterables, fillvalue=None)`: an iterator is dropped once exhausted and
/// its place filled from then on; the last one ending (or any failing) ends it for good.
struct ZipLongest {
    iterators: RefCell<Vec<Option<ObjRef>>>,
    active: Cell<usize>,
    fillvalue: ObjRef,
    result: ReusedTuple,
}

pub(super) fn izip_longest_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let fillvalue = match a.kw {
        [] => objects::none(),
        [(key, value)] if key.as_str_bytes() == Some(b"fillvalue") => value.clone(),
        _ => {
            return Err(vm.type_error("izip_longest() got an unexpected keyword argument"));
        }
    };
    let iterators = iterators_of(vm, a.pos, "izip_longest")?;
    let size = iterators.len();
    Ok(new_native(
        the_type(vm, ty)?,
        ZipLongest {
            iterators: RefCell::new(iterators.into_iter().map(Some).collect()),
            active: Cell::new(size),
            fillvalue,
            result: ReusedTuple::new(size),
        },
    ))
}

impl ZipLongest {
    /// The item for position `i`: the next of its iterator, or the fill value once it is
    /// exhausted; None when no iterator is left.
    fn item(&self, vm: &mut Vm, i: usize) -> PyResult<Option<ObjRef>> {
        let iterator = self.iterators.borrow().get(i).cloned().flatten();
        let Some(iterator) = iterator else {
            return Ok(Some(self.fillvalue.clone()));
        };
        let next = vm.iter_next(&iterator);
        drop(iterator);
        if let Ok(Some(item)) = next {
            return Ok(Some(item));
        }
        self.active.set(self.active.get().saturating_sub(1));
        if self.active.get() == 0 || next.is_err() {
            self.active.set(0);
            return next;
        }
        let exhausted = self
            .iterators
            .borrow_mut()
            .get_mut(i)
            .and_then(Option::take);
        release(vm, exhausted);
        Ok(Some(self.fillvalue.clone()))
    }

    /// `izip_longest_next`.
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let size = self.iterators.borrow().len();
        if size == 0 || self.active.get() == 0 {
            return Ok(None);
        }
        self.result.fill(vm, size, |vm, i| self.item(vm, i))
    }
    default_repr!();
}

iterator!(ZipLongest);

// ----- starmap ----------------------------------------------------------------------------

struct Starmap {
    func: ObjRef,
    it: ObjRef,
}

pub(super) fn starmap_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
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
    /// `starmap_next`: each item is the arguments, made a tuple as `PySequence_Tuple` does.
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let Some(args) = vm.iter_next(&self.it)? else {
            return Ok(None);
        };
        let args = vm.collect_sized_iterable(&args)?;
        vm.call_object(&self.func, &args, &[]).map(Some)
    }
    default_repr!();
}

iterator!(Starmap);
