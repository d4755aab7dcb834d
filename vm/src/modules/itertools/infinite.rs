//! The endless iterators of `itertools` (unless told otherwise): `count`, `repeat` and
//! `cycle`.

use std::cell::{Cell, RefCell};

use super::{no_keywords, the_type};
use crate::builtins::functions::args::{parse_keywords, ssize_arg, unpack};
use crate::error::PyResult;
use crate::objects::native::new_native;
use crate::objects::{self, Args, ObjRef, Payload};
use crate::protocols::number::BinOp;
use crate::runtime::Vm;

// ----- count ------------------------------------------------------------------------------

struct Count {
    next: RefCell<ObjRef>,
    step: ObjRef,
}

pub(super) fn count_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let bound = parse_keywords(vm, &a, "count", &["start", "step"], 0)?;
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

pub(super) fn repeat_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let bound = parse_keywords(vm, &a, "repeat", &["object", "times"], 1)?;
    let Some(element) = bound[0].clone() else {
        return Err(vm.system_error("repeat() lost its object"));
    };
    let remaining = match &bound[1] {
        Some(n) => Some(ssize_arg(vm, n)?.max(0)),
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

// ----- cycle ------------------------------------------------------------------------------

struct Cycle {
    it: ObjRef,
    saved: RefCell<Vec<ObjRef>>,
    /// Replaying `saved` from this index once the iterable is exhausted.
    replay: Cell<Option<usize>>,
}

pub(super) fn cycle_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
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
