//! The `itertools` iterators that pass some of their input through: `ifilter`,
//! `ifilterfalse`, `takewhile`, `dropwhile`, `compress` and `islice`.

use std::cell::Cell;

use super::{no_keywords, release, the_type};
use crate::builtins::functions::args::{as_bigint, parse_keywords, unpack};
use crate::error::PyResult;
use crate::objects::native::new_native;
use crate::objects::{Args, ObjRef};
use crate::runtime::Vm;

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

pub(super) fn ifilter_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    filter_new(vm, ty, a, "ifilter", FilterKind::Keep)
}

pub(super) fn ifilterfalse_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    filter_new(vm, ty, a, "ifilterfalse", FilterKind::KeepFalse)
}

pub(super) fn takewhile_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    filter_new(vm, ty, a, "takewhile", FilterKind::TakeWhile)
}

pub(super) fn dropwhile_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
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

// ----- compress ---------------------------------------------------------------------------

/// `compress(data, selectors)`: the data items whose selector is true.
struct Compress {
    data: ObjRef,
    selectors: ObjRef,
}

pub(super) fn compress_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = parse_keywords(vm, &a, "compress", &["data", "selectors"], 2)?;
    let [Some(data), Some(selectors)] = &args[..] else {
        return Err(vm.system_error("compress() lost an argument"));
    };
    let data = vm.get_iter(data)?;
    let selectors = vm.get_iter(selectors)?;
    Ok(new_native(the_type(vm, ty)?, Compress { data, selectors }))
}

impl Compress {
    /// `compress_next`: a datum, then its selector, then the selector's truth.
    fn step(&self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        loop {
            let Some(datum) = vm.iter_next(&self.data)? else {
                return Ok(None);
            };
            let Some(selector) = vm.iter_next(&self.selectors)? else {
                return Ok(None);
            };
            let keep = vm.is_true(&selector);
            release(vm, selector);
            if keep? {
                return Ok(Some(datum));
            }
            release(vm, datum);
        }
    }
    default_repr!();
}

iterator!(Compress);

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

pub(super) fn islice_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
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
