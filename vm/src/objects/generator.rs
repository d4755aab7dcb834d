//! `generator` (Objects/genobject.c): the object a `CO_GENERATOR` function returns instead of
//! running. It owns its suspended frame; `next`/`send`/`throw`/`close` resume that frame
//! (`gen_send_ex`), which prints `=== resume ... ===` and runs until the next `yield`, a
//! return or an exception. A finished generator has dropped its frame.
//!
//! Freeing a generator whose frame is still paused closes it (`gen_dealloc` → `gen_del`),
//! which runs Python code; a Rust `Drop` cannot reach the VM, so it hands the frame to the
//! finalizer queue (`runtime::finalize`) instead, and the VM closes it there.

use super::{address, new_int, none, Args, MethodDef, ObjRef, Payload};
use crate::def;
use crate::error::{PyErr, PyException, PyResult};
use crate::eval::frame::Frame;
use crate::eval::Exit;
use crate::runtime::{finalize, Vm};
use std::cell::{Cell, RefCell};

pub struct PyGenerator {
    /// `gi_code`.
    pub code: ObjRef,
    /// The paused frame; None once the generator finished, and while it runs (the frame is
    /// taken out for the run, so `gi_running` is what tells the two apart).
    frame: RefCell<Option<Box<Frame>>>,
    /// `gi_running`.
    running: Cell<bool>,
    /// Where the frame's entry is in `Vm::frames` while it runs.
    running_depth: Cell<usize>,
}

impl PyGenerator {
    /// `PyGen_New`: a generator owning a frame that has not started (`f_lasti == -1`).
    pub fn new(code: ObjRef, frame: Frame) -> PyGenerator {
        PyGenerator {
            code,
            frame: RefCell::new(Some(Box::new(frame))),
            running: Cell::new(false),
            running_depth: Cell::new(0),
        }
    }

    pub fn running(&self) -> bool {
        self.running.get()
    }

    fn code_name(&self) -> Vec<u8> {
        match &self.code.payload {
            Payload::Code(c) => c.name_bytes().to_vec(),
            _ => b"?".to_vec(),
        }
    }
}

impl Drop for PyGenerator {
    /// `gen_dealloc`: a frame that is still paused (started or not) must be closed.
    fn drop(&mut self) {
        if let Some(frame) = self.frame.get_mut().take() {
            let repr = repr_at(&self.code_name(), self as *const PyGenerator as usize);
            finalize::defer_close(finalize::AbandonedGenerator { frame, repr });
        }
    }
}

/// `gen_repr`: `<generator object NAME at ADDR>`.
pub fn repr(obj: &ObjRef, gen: &PyGenerator) -> Vec<u8> {
    repr_at(&gen.code_name(), address(obj))
}

fn repr_at(name: &[u8], addr: usize) -> Vec<u8> {
    let mut out = b"<generator object ".to_vec();
    out.extend_from_slice(name);
    out.extend_from_slice(format!(" at {addr:#x}>").as_bytes());
    out
}

/// `gen_methods`, plus the `next` slot wrapper (`tp_iternext`).
pub static GENERATOR_METHODS: &[MethodDef] = &[
    def!("send", O, send),
    def!("throw", VarArgs, throw),
    def!("close", NoArgs, close),
    def!("next", WrapperNoArgs, next),
];

/// The generator a method is bound to; `descr_check`'s message when called unbound on
/// something else (`generator.send(1, 2)`).
fn this<'a>(vm: &Vm, slf: Option<&'a ObjRef>, method: &str) -> PyResult<&'a ObjRef> {
    match slf {
        Some(obj) if matches!(obj.payload, Payload::Generator(_)) => Ok(obj),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{method}' requires a 'generator' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{method}' requires a 'generator' object"
        ))),
    }
}

fn send(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let gen = this(vm, slf, "send")?;
    let arg = a.pos.first().cloned().unwrap_or_else(none);
    vm.gen_send_ex(gen, Some(arg), None)?
        .ok_or_else(|| vm.stop_iteration())
}

fn next(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let gen = this(vm, slf, "next")?;
    vm.gen_send_ex(gen, None, None)?
        .ok_or_else(|| vm.stop_iteration())
}

fn close(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let gen = this(vm, slf, "close")?;
    let generator_exit = vm.generator_exit();
    let result = vm.gen_send_ex(gen, Some(none()), Some(generator_exit));
    vm.close_outcome(result).map(|()| none())
}

/// `gen_throw`: `throw(type[, value[, traceback]])` or `throw(instance)`, raised at the
/// paused `yield` (or before the first instruction of a generator that has not started).
fn throw(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let gen = this(vm, slf, "throw")?;
    let (typ, val, tb) = match a.pos {
        [t] => (t.clone(), None, None),
        [t, v] => (t.clone(), Some(v.clone()), None),
        [t, v, tb] => (t.clone(), Some(v.clone()), Some(tb.clone())),
        [] => return Err(vm.type_error("throw expected at least 1 arguments, got 0")),
        more => {
            return Err(vm.type_error(format!(
                "throw expected at most 3 arguments, got {}",
                more.len()
            )))
        }
    };
    let tb = tb.filter(|t| !t.is_none());
    if let Some(t) = &tb {
        if !matches!(t.payload, Payload::Traceback(_)) {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    let (exc_type, value) = if vm.is_exception_class(&typ) {
        vm.normalize_exception(typ, val.unwrap_or_else(none))?
    } else if let Payload::Exception(e) = &typ.payload {
        if val.as_ref().is_some_and(|v| !v.is_none()) {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        (e.class.clone(), typ.clone())
    } else {
        return Err(vm.type_error(format!(
            "exceptions must be classes, or instances, not {}",
            vm.type_name(&typ)
        )));
    };
    let thrown = PyErr::Exception(Box::new(PyException {
        exc_type,
        value,
        traceback: tb,
    }));
    vm.gen_send_ex(gen, Some(none()), Some(thrown))?
        .ok_or_else(|| vm.stop_iteration())
}

impl Vm {
    /// Calling a generator function: the bound frame goes into a new generator, unrun.
    pub(crate) fn new_generator(&self, code: &ObjRef, frame: Frame) -> ObjRef {
        super::PyObject::new(Payload::Generator(PyGenerator::new(code.clone(), frame)))
    }

    /// `gen_send_ex`. `arg` is None for iteration (`tp_iternext`), the sent value for `send`,
    /// None-the-object for `throw`/`close`; `thrown` is raised at the `yield`. `Ok(None)`
    /// means the generator is exhausted and the caller raises no StopIteration of its own
    /// (iteration); with an `arg`, exhaustion is `StopIteration` itself, as in CPython.
    pub fn gen_send_ex(
        &mut self,
        gen_obj: &ObjRef,
        arg: Option<ObjRef>,
        thrown: Option<PyErr>,
    ) -> PyResult<Option<ObjRef>> {
        let Payload::Generator(gen) = &gen_obj.payload else {
            return Err(self.type_error("generator expected"));
        };
        if gen.running.get() {
            return Err(self.value_error("generator already executing"));
        }
        let mut slot = gen.frame.borrow_mut().take();
        gen.running.set(true);
        gen.running_depth.set(self.frames.len());
        let result = self.resume_slot(&mut slot, arg, thrown);
        gen.running.set(false);
        *gen.frame.borrow_mut() = slot.take();
        // What a finished frame held is finalized now, before the caller goes on.
        self.run_finalizers();
        result
    }

    /// The body of `gen_send_ex` on the frame slot: resumes the frame if it is paused, keeps
    /// it there after a `yield`, and frees it once it has finished. What that frees is left
    /// queued for the caller to finalize: `close_abandoned` runs inside the finalizer loop,
    /// which must stay iterative however long a chain of generators holding generators is.
    fn resume_slot(
        &mut self,
        slot: &mut Option<Box<Frame>>,
        arg: Option<ObjRef>,
        thrown: Option<PyErr>,
    ) -> PyResult<Option<ObjRef>> {
        let Some(frame) = slot.as_mut() else {
            return match thrown {
                Some(e) => Err(e),
                None if arg.is_some() => Err(self.stop_iteration()),
                None => Ok(None),
            };
        };
        if frame.lasti == -1 {
            if arg.as_ref().is_some_and(|a| !a.is_none()) {
                return Err(
                    self.type_error("can't send non-None value to a just-started generator")
                );
            }
        } else {
            // The value `yield` evaluates to, put on the stack without a trace event.
            frame.stack.push(arg.clone().unwrap_or_else(none));
        }
        let result = self.run_frame(frame, thrown);
        if let Ok(Exit::Yield(v)) = result {
            return Ok(Some(v));
        }
        // The generator can't be rerun: release the frame now, as CPython does.
        drop(slot.take());
        match result? {
            Exit::Return(v) if v.is_none() => match arg {
                Some(_) => Err(self.stop_iteration()),
                None => Ok(None),
            },
            Exit::Return(v) | Exit::Yield(v) => Ok(Some(v)),
        }
    }

    /// `gi_frame`: the frame while the generator can still run (running, it is the active
    /// one), None once it finished.
    fn generator_frame(&mut self, gen: &PyGenerator) -> Option<ObjRef> {
        if gen.running.get() {
            return self.frame_object(gen.running_depth.get());
        }
        let mut slot = gen.frame.borrow_mut();
        let frame = slot.as_mut()?;
        Some(self.idle_frame_object(frame))
    }

    /// `gen_close`'s verdict on what throwing `GeneratorExit` in gave.
    fn close_outcome(&mut self, result: PyResult<Option<ObjRef>>) -> PyResult<()> {
        match result {
            Ok(Some(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(None) => Ok(()),
            Err(e)
                if self.exception_matches(&e, &self.types.exc.stop_iteration.clone())
                    || self.exception_matches(&e, &self.types.exc.generator_exit.clone()) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    fn generator_exit(&self) -> PyErr {
        PyErr::new(self.types.exc.generator_exit.clone(), none())
    }

    /// `gen_del` for a generator already freed: closes its paused frame, reporting a failure
    /// as `PyErr_WriteUnraisable` does; the frame is freed afterwards whatever happened. What
    /// the close frees (the frame, once the report's traceback lets go of its locals) is only
    /// queued here: the finalizer loop that called this closes it next, iteratively.
    pub(crate) fn close_abandoned(&mut self, abandoned: finalize::AbandonedGenerator) {
        let finalize::AbandonedGenerator { frame, repr } = abandoned;
        let mut slot = Some(frame);
        let generator_exit = self.generator_exit();
        let result = self.resume_slot(&mut slot, Some(none()), Some(generator_exit));
        match self.close_outcome(result) {
            Ok(()) => {}
            Err(PyErr::Exception(e)) => self.write_unraisable(*e, &repr),
            Err(fault) => self.defer_fault(fault),
        }
        drop(slot);
    }

    /// `generator.gi_running` and friends.
    pub(crate) fn generator_attribute(&mut self, gen: &PyGenerator, attr: &[u8]) -> Option<ObjRef> {
        match attr {
            b"gi_frame" => Some(self.generator_frame(gen).unwrap_or_else(none)),
            b"gi_running" => Some(new_int(gen.running() as i64)),
            b"gi_code" => Some(gen.code.clone()),
            b"__name__" => match &gen.code.payload {
                Payload::Code(c) => Some(c.name.clone()),
                _ => None,
            },
            _ => None,
        }
    }
}
