//! `frame` (Objects/frameobject.c): the Python-visible face of one activation, as
//! `sys._getframe()`, a traceback's `tb_frame` and a generator's `gi_frame` show it.
//!
//! The VM runs a frame as a Rust value its eval loop holds (`eval::frame::Frame`), so a `frame`
//! object is made only when a program asks for one, and then stays attached to its
//! activation: to its entry in `Vm::frames` while it runs, to the `Frame` while a generator's
//! frame is paused and after it finished. It shares the activation's slots (fast locals and
//! cells), so what it shows is always current and what it holds stays alive with it, as a
//! CPython frame object keeps its `f_localsplus`. Asking for one asks for its callers' too
//! (`f_back`), the whole chain being what CPython keeps alive through a frame object.
//!
//! What the loop changes as it runs (`f_lasti`, the saved exception state) is read from the
//! activation's `Vm::frames` entry while it is active, and from the object once it is not.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{address, new_bool, new_int, none, ObjRef, Payload, PyCode, PyObject};
use crate::error::PyResult;
use crate::eval::frame::{ActiveFrame, Frame, Slots};
use crate::runtime::{ExcInfo, Vm};

pub struct PyFrame {
    /// `f_localsplus`, first, as `frame_dealloc` releases it first.
    slots: Slots,
    /// `f_back`: the caller's frame while this one runs, and after it returned; a
    /// generator's frame has none between runs (`gen_send_ex` clears it).
    back: RefCell<Option<ObjRef>>,
    code: ObjRef,
    builtins: ObjRef,
    globals: ObjRef,
    /// `f_locals`: the mapping of a module or class body; for a function, the dict
    /// `PyFrame_FastToLocals` fills, made on first request.
    locals: RefCell<Option<ObjRef>>,
    trace: RefCell<Option<ObjRef>>,
    /// `f_exc_*` as the program set them where the activation has no saved exception state
    /// (which, while it runs, is in its `Vm::frames` entry).
    exc: RefCell<ExcInfo>,
    /// `f_lasti` once the frame is not running.
    lasti: Cell<i32>,
    /// `f_lineno` as it was when `f_trace` was set (CPython then reports that field).
    traced_lineno: Cell<i32>,
    /// The index of the activation's entry in `Vm::frames` while it runs.
    active: Cell<Option<usize>>,
}

impl PyFrame {
    fn new(parts: ActiveFrame, back: Option<ObjRef>) -> PyFrame {
        PyFrame {
            slots: parts.slots,
            back: RefCell::new(back),
            code: parts.code_object,
            builtins: parts.builtins,
            globals: parts.globals,
            locals: RefCell::new(parts.locals),
            trace: RefCell::new(None),
            exc: RefCell::new(ExcInfo::default()),
            lasti: Cell::new(parts.lasti),
            traced_lineno: Cell::new(0),
            active: Cell::new(None),
        }
    }

    fn pycode(&self) -> Option<&Rc<PyCode>> {
        match &self.code.payload {
            Payload::Code(c) => Some(c),
            _ => None,
        }
    }
}

/// `<frame object at ADDR>`: frames have no `tp_repr` of their own.
pub fn repr(obj: &ObjRef) -> Vec<u8> {
    format!("<frame object at {:#x}>", address(obj)).into_bytes()
}

/// The index of the `Vm::frames` entry `obj` stands for while its activation runs; None once
/// it ended, or while the stack is set aside (an import run with no caller chain).
fn entry_of(frames: &[ActiveFrame], obj: &ObjRef, fr: &PyFrame) -> Option<usize> {
    let depth = fr.active.get()?;
    let entry = frames.get(depth)?;
    entry
        .object
        .as_ref()
        .is_some_and(|o| Rc::ptr_eq(o, obj))
        .then_some(depth)
}

impl Vm {
    /// The frame object of the activation at `depth` in `self.frames`, made on first request
    /// together with those of its callers that have none yet (`f_back`), outermost first, so
    /// a deep stack takes no Rust recursion.
    pub(crate) fn frame_object(&mut self, depth: usize) -> Option<ObjRef> {
        if depth >= self.frames.len() {
            return None;
        }
        let first_missing = (0..=depth)
            .rev()
            .take_while(|&d| self.frames[d].object.is_none())
            .last();
        if let Some(start) = first_missing {
            let mut back = start
                .checked_sub(1)
                .and_then(|d| self.frames[d].object.clone());
            for d in start..=depth {
                let entry = &self.frames[d];
                let parts = ActiveFrame {
                    code_object: entry.code_object.clone(),
                    globals: entry.globals.clone(),
                    builtins: entry.builtins.clone(),
                    locals: entry.locals.clone(),
                    slots: entry.slots.clone(),
                    lasti: entry.lasti,
                    saved_exc: None,
                    object: None,
                };
                let fr = PyFrame::new(parts, back.take());
                fr.active.set(Some(d));
                let obj = PyObject::new(Payload::Frame(fr));
                self.frames[d].object = Some(obj.clone());
                back = Some(obj);
            }
        }
        self.frames[depth].object.clone()
    }

    /// The frame object of the innermost activation.
    pub(crate) fn current_frame_object(&mut self) -> Option<ObjRef> {
        let depth = self.frames.len().checked_sub(1)?;
        self.frame_object(depth)
    }

    /// The frame object of a frame that is not running (a paused generator's), made on first
    /// request; such a frame has no `f_back`.
    pub(crate) fn idle_frame_object(&self, f: &mut Frame) -> ObjRef {
        if let Some(obj) = &f.object {
            return obj.clone();
        }
        let parts = ActiveFrame::entering(f);
        let obj = PyObject::new(Payload::Frame(PyFrame::new(parts, None)));
        f.object = Some(obj.clone());
        obj
    }

    /// An activation entered: its frame object, if it has one (a generator's frame resumed),
    /// is active again and gets the caller as `f_back`, as `gen_send_ex` sets it.
    pub(crate) fn frame_entered(&mut self) {
        let Some(depth) = self.frames.len().checked_sub(1) else {
            return;
        };
        let Some(obj) = self.frames[depth].object.clone() else {
            return;
        };
        let back = depth.checked_sub(1).and_then(|d| self.frame_object(d));
        if let Payload::Frame(fr) = &obj.payload {
            fr.active.set(Some(depth));
            *fr.back.borrow_mut() = back;
            // The `f_locals` dict asked for while it was paused stays the frame's.
            let entry = &mut self.frames[depth];
            if entry.locals.is_none() {
                entry.locals = fr.locals.borrow().clone();
            }
        }
    }

    /// The activation `f` ran is left (its entry already popped): its frame object keeps the
    /// last `f_lasti` and goes back to the frame; a generator's frame lets go of `f_back`.
    pub(crate) fn frame_left(&mut self, f: &mut Frame, entry: ActiveFrame) {
        let Some(obj) = entry.object else {
            return;
        };
        if let Payload::Frame(fr) = &obj.payload {
            fr.active.set(None);
            fr.lasti.set(f.lasti);
            if f.code.flags & crate::objects::code::CO_GENERATOR != 0 {
                let back = fr.back.borrow_mut().take();
                drop(back);
            }
            if let Some(locals) = entry.locals {
                *fr.locals.borrow_mut() = Some(locals);
            }
        }
        f.object = Some(obj);
    }

    /// `frame.NAME` for the members and getsets of `frame_memberlist` and `frame_getsetlist`.
    pub(crate) fn frame_attribute(
        &mut self,
        obj: &ObjRef,
        fr: &PyFrame,
        attr: &[u8],
    ) -> PyResult<Option<ObjRef>> {
        let active = entry_of(&self.frames, obj, fr);
        let exc = |vm: &Vm, pick: fn(&ExcInfo) -> &Option<ObjRef>| -> ObjRef {
            let found = match active.and_then(|d| vm.frames.get(d)?.saved_exc.as_ref()) {
                Some(saved) => pick(saved).clone(),
                None => pick(&fr.exc.borrow()).clone(),
            };
            found.unwrap_or_else(none)
        };
        Ok(Some(match attr {
            b"f_back" => fr.back.borrow().clone().unwrap_or_else(none),
            b"f_code" => fr.code.clone(),
            b"f_builtins" => fr.builtins.clone(),
            b"f_globals" => fr.globals.clone(),
            b"f_lasti" => new_int(self.frame_lasti(active, fr) as i64),
            b"f_lineno" => new_int(self.frame_lineno(active, fr) as i64),
            b"f_locals" => self.frame_locals(active, fr),
            b"f_trace" => fr.trace.borrow().clone().unwrap_or_else(none),
            b"f_restricted" => new_bool(!Rc::ptr_eq(&fr.builtins, &self.builtins_dict)),
            b"f_exc_type" => exc(self, |e| &e.exc_type),
            b"f_exc_value" => exc(self, |e| &e.value),
            b"f_exc_traceback" => exc(self, |e| &e.traceback),
            _ => return Ok(None),
        }))
    }

    fn frame_lasti(&self, active: Option<usize>, fr: &PyFrame) -> i32 {
        match active.and_then(|d| self.frames.get(d)) {
            Some(entry) => entry.lasti,
            None => fr.lasti.get(),
        }
    }

    /// `PyFrame_GetLineNumber`: the line of `f_lasti` from `co_lnotab`, unless a trace
    /// function is set.
    fn frame_lineno(&self, active: Option<usize>, fr: &PyFrame) -> i32 {
        if fr.trace.borrow().is_some() {
            return fr.traced_lineno.get();
        }
        let lasti = self.frame_lasti(active, fr);
        fr.pycode().map_or(0, |c| c.addr2line(lasti))
    }

    /// `frame_getlocals`: `PyFrame_FastToLocals`, then `f_locals`.
    fn frame_locals(&mut self, active: Option<usize>, fr: &PyFrame) -> ObjRef {
        let current = match active.and_then(|d| self.frames.get(d)) {
            Some(entry) => entry.locals.clone(),
            None => fr.locals.borrow().clone(),
        };
        let locals = current.unwrap_or_else(|| super::new_dict(Default::default()));
        *fr.locals.borrow_mut() = Some(locals.clone());
        if let Some(entry) = active.and_then(|d| self.frames.get_mut(d)) {
            entry.locals = Some(locals.clone());
        }
        if let Some(code) = fr.pycode().cloned() {
            self.slots_to_locals(&code, &fr.slots, &locals);
        }
        locals
    }

    /// `frame.NAME = value` (`del` with None): `f_trace` and the `f_exc_*` fields are
    /// writable, `f_lineno` only from a trace function, the members are read-only.
    pub(crate) fn frame_setattr(
        &mut self,
        obj: &ObjRef,
        fr: &PyFrame,
        attr: &[u8],
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        let value = value.filter(|v| !v.is_none() || attr == b"f_lineno");
        let active = entry_of(&self.frames, obj, fr);
        let set_exc = |vm: &mut Vm, pick: fn(&mut ExcInfo) -> &mut Option<ObjRef>| {
            let saved = active.and_then(|d| vm.frames.get_mut(d)?.saved_exc.as_mut());
            let old = match saved {
                Some(saved) => std::mem::replace(pick(saved), value.clone()),
                None => std::mem::replace(pick(&mut fr.exc.borrow_mut()), value.clone()),
            };
            drop(old);
        };
        match attr {
            b"f_trace" => {
                fr.traced_lineno.set(self.frame_lineno(active, fr));
                let old = fr.trace.replace(value);
                drop(old);
            }
            b"f_exc_type" => set_exc(self, |e| &mut e.exc_type),
            b"f_exc_value" => set_exc(self, |e| &mut e.value),
            b"f_exc_traceback" => set_exc(self, |e| &mut e.traceback),
            b"f_lineno" => {
                let Some(v) = value else {
                    return Err(self.attribute_error("cannot delete attribute"));
                };
                if !matches!(v.payload, Payload::Int(_) | Payload::Bool(_)) {
                    return Err(self.value_error("lineno must be an integer"));
                }
                if self.frame_lasti(active, fr) == -1 {
                    return Err(
                        self.value_error("can't jump from the 'call' trace event of a new frame")
                    );
                }
                return Err(self.value_error("f_lineno can only be set by a trace function"));
            }
            b"f_back" | b"f_code" | b"f_builtins" | b"f_globals" | b"f_lasti" => {
                return Err(self.type_error("readonly attribute"))
            }
            b"f_locals" | b"f_restricted" => {
                return Err(self.attribute_error(format!(
                    "attribute '{}' of 'frame' objects is not writable",
                    String::from_utf8_lossy(attr)
                )))
            }
            _ => {
                return Err(self.attribute_error(format!(
                    "'frame' object has no attribute '{}'",
                    String::from_utf8_lossy(attr)
                )))
            }
        }
        Ok(())
    }
}
