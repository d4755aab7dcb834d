//! The eval loop (CPython's `PyEval_EvalFrameEx`): fetch, trace, dispatch, and unwind with
//! `why` codes. Each opcode's arm is one call into a family module; every value-stack change
//! that CPython makes through its tracing macros goes through `push`/`pop`/`ext_pop`/`stackadj`
//! here, in the same order, so both engines print the same events.

pub mod call;
mod exec;
pub mod frame;
mod ops;

use crate::error::{FaultKind, PyErr, PyException, PyResult};
use crate::objects::{self, new_int, null, ObjRef, Payload, PyObject};
use crate::opcode::{self, Opcode};
use crate::runtime::Vm;
use crate::trace::{Event, Leave, TraceMode, Traced, Untraced};
use frame::{ActiveFrame, Block, BlockKind, Frame, Why};

/// How a frame's run ended.
pub enum Exit {
    Return(ObjRef),
    Yield(ObjRef),
}

/// What an op returns: `Err(Why)` leaves the in-order flow (`?` on a `PyErr` raises).
pub type OpResult = Result<(), Why>;

/// The deepest nesting of frames and counted calls the VM's thread stack holds.
pub const MAX_DEPTH: u32 = 200_000;

impl Vm {
    /// Runs a frame to its end (or its next `yield`), entering it as CPython does: recursion
    /// check, then the `__pztrace__` decision, then the loop. `throw` resumes a generator with
    /// an exception raised at its `yield`.
    pub fn run_frame(&mut self, f: &mut Frame, throw: Option<PyErr>) -> PyResult<Exit> {
        if self.trace_enabled {
            self.enter_and_run::<Traced>(f, throw)
        } else {
            self.enter_and_run::<Untraced>(f, throw)
        }
    }

    fn enter_and_run<T: TraceMode>(
        &mut self,
        f: &mut Frame,
        throw: Option<PyErr>,
    ) -> PyResult<Exit> {
        self.enter_recursive_call("")?;
        self.frames.push(ActiveFrame::entering(f));
        self.frame_entered();
        f.traced = T::ON && self.pztrace_on_chain();
        if T::ON && f.traced {
            self.trace_enter(f, f.lasti >= 0);
        }
        let result = self.eval_loop::<T>(f, throw);
        // `reset_exc_info` comes before the frame is left; what it releases (a traceback
        // keeping a finished frame's locals) is finalized inside this frame.
        if let Some(saved) = self.frames.last_mut().and_then(|e| e.saved_exc.take()) {
            let mirror = [
                Some(saved.exc_type.clone().unwrap_or_else(objects::none)),
                saved.value.clone(),
                saved.traceback.clone(),
            ];
            self.exc_info = saved;
            if let Err(fault @ PyErr::Fault(_)) = self.mirror_exc_in_sys(mirror) {
                self.defer_fault(fault);
            }
            self.run_finalizers();
        }
        if T::ON && f.traced {
            let how = match &result {
                Ok(Exit::Return(_)) => Leave::Return,
                Ok(Exit::Yield(_)) => Leave::Yield,
                Err(_) => Leave::Exception,
            };
            self.trace_leave(f, how);
        }
        if let Some(entry) = self.frames.pop() {
            self.frame_left(f, entry);
        }
        self.recursion_depth -= 1;
        result
    }

    /// Runs a frame that has not started to its end, then frees it and finalizes what that
    /// freed, right away.
    pub(crate) fn run_to_end(&mut self, mut frame: Frame) -> PyResult<ObjRef> {
        let result = self.run_frame(&mut frame, None);
        drop(frame);
        self.run_finalizers();
        match result? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// `Py_EnterRecursiveCall`: counts a level, failing past the limit with CPython's message.
    /// However high `sys.setrecursionlimit` sets it, the VM stops at `MAX_DEPTH` with a limit
    /// fault, where its own stack would overflow (and CPython's would crash).
    pub fn enter_recursive_call(&mut self, where_: &str) -> PyResult<()> {
        self.recursion_depth += 1;
        if self.recursion_depth > self.recursion_limit {
            self.recursion_depth -= 1;
            return Err(self.runtime_error(format!("maximum recursion depth exceeded{where_}")));
        }
        if self.recursion_depth > MAX_DEPTH {
            self.recursion_depth -= 1;
            return Err(PyErr::fault(
                FaultKind::Limit,
                format!("recursion deeper than {MAX_DEPTH} levels"),
            ));
        }
        Ok(())
    }

    /// Runs `f` one level deeper in native recursion through nested objects where CPython
    /// has no bound (printing or hashing a list of a list of …): past
    /// `NATIVE_NESTING_LIMIT` levels the run stops with a limit fault instead of
    /// overflowing the stack, which is where CPython would crash.
    pub fn nested<R>(&mut self, f: impl FnOnce(&mut Self) -> PyResult<R>) -> PyResult<R> {
        if self.native_nesting >= NATIVE_NESTING_LIMIT {
            return Err(PyErr::fault(
                FaultKind::Limit,
                format!("objects nested more than {NATIVE_NESTING_LIMIT} levels deep"),
            ));
        }
        self.native_nesting += 1;
        let result = f(self);
        self.native_nesting -= 1;
        result
    }

    fn eval_loop<T: TraceMode>(&mut self, f: &mut Frame, throw: Option<PyErr>) -> PyResult<Exit> {
        let code = f.code.clone();
        let bytes: &[u8] = &code.code;
        let mut pending: Option<Why> = throw.map(Why::Exception);
        loop {
            if let Some(why) = pending.take() {
                // A yield leaves the frame as it is; everything else unwinds the block stack.
                if let Why::Yield(v) = why {
                    return Ok(Exit::Yield(v));
                }
                let leaving = match self.unwind::<T>(f, why) {
                    None => continue,
                    Some(leaving) => leaving,
                };
                while !f.stack.is_empty() {
                    self.pop_and_release::<T>(f);
                }
                return match leaving {
                    Why::Return(v) => Ok(Exit::Return(v)),
                    Why::Exception(e) | Why::Reraise(e) => Err(e),
                    _ => Err(PyErr::bad_bytecode(
                        "'break' or 'continue' outside a loop block",
                    )),
                };
            }
            if let Err(e) = self.step() {
                pending = Some(Why::Exception(e));
                continue;
            }
            let pc = f.pc;
            f.lasti = pc as i32;
            if let Some(entry) = self.frames.last_mut() {
                entry.lasti = f.lasti;
            }
            let Some(&byte) = bytes.get(pc) else {
                return Err(PyErr::bad_bytecode(format!(
                    "execution ran off the end of the code of {} at offset {pc}",
                    String::from_utf8_lossy(code.name_bytes())
                )));
            };
            let (mut byte, mut arg, mut next, mut offset) = (byte, 0u32, pc + 1, pc);
            if opcode::has_arg(byte) {
                arg = read_arg(bytes, pc)?;
                next = pc + 3;
            }
            // EXTENDED_ARG: printed itself, then the extended instruction at its own offset with
            // the full argument (f_lasti stays on the EXTENDED_ARG, as in CPython).
            while byte == Opcode::EXTENDED_ARG as u8 {
                if T::ON && f.traced {
                    self.trace_instruction(f, offset, byte, arg, next);
                }
                let Some(&following) = bytes.get(next) else {
                    return Err(PyErr::bad_bytecode("EXTENDED_ARG at the end of the code"));
                };
                let low = read_arg(bytes, next)?;
                offset = next;
                byte = following;
                arg = (arg << 16) | low;
                next += 3;
            }
            f.pc = next;
            if T::ON && f.traced {
                self.trace_instruction(f, offset, byte, arg, next);
            }
            let result = match Opcode::try_from(byte) {
                Ok(op) => self.dispatch::<T>(f, op, arg),
                Err(unknown) => Err(self.unknown_opcode(f, unknown).into()),
            };
            // What the instruction released is finalized before the next one is traced.
            self.run_finalizers();
            if let Err(why) = result {
                pending = Some(why);
            }
        }
    }

    /// An opcode CPython's loop does not implement: the same stderr line, and a catchable
    /// `SystemError`.
    fn unknown_opcode(&mut self, f: &Frame, byte: u8) -> PyErr {
        self.out.flush();
        let line = format!("XXX lineno: {}, opcode: {}\n", f.lineno(), byte);
        self.out.write_err(line.as_bytes());
        self.system_error("unknown opcode")
    }

    /// The block-stack unwinding after an op left the normal flow (`fast_block_end`). Returns
    /// None when a handler took over, or the reason the frame must be left.
    fn unwind<T: TraceMode>(&mut self, f: &mut Frame, mut why: Why) -> Option<Why> {
        if let Why::Exception(PyErr::Exception(e)) = &mut why {
            self.traceback_here(f, e);
        }
        if let Why::Reraise(e) = why {
            why = Why::Exception(e);
        }
        if let Why::Exception(PyErr::Fault(_)) = why {
            return Some(why);
        }
        while let Some(&block) = f.blocks.last() {
            if block.kind == BlockKind::Loop {
                if let Why::Continue(target) = why {
                    f.pc = target;
                    return None;
                }
            }
            f.blocks.pop();
            while f.stack.len() > block.level {
                self.pop_and_release::<T>(f);
            }
            if block.kind == BlockKind::Loop && matches!(why, Why::Break) {
                f.pc = block.handler;
                return None;
            }
            let handles = matches!(
                (&why, block.kind),
                (_, BlockKind::Finally | BlockKind::With) | (Why::Exception(_), BlockKind::Except)
            );
            if !handles {
                continue;
            }
            match why {
                Why::Exception(PyErr::Exception(e)) => {
                    let PyException {
                        exc_type,
                        value,
                        traceback,
                    } = *e;
                    let (exc_type, value) = if block.kind == BlockKind::Finally {
                        (exc_type, value)
                    } else {
                        match self.normalize_exception(exc_type, value) {
                            Ok(pair) => pair,
                            Err(err) => return Some(Why::Exception(err)),
                        }
                    };
                    let tb = traceback.unwrap_or_else(objects::none);
                    if block.kind != BlockKind::Finally {
                        self.set_exc_info(&exc_type, &value, &tb);
                        // The exception state it replaced is released here, before the pushes.
                        self.run_finalizers();
                    }
                    self.push::<T>(f, tb);
                    self.push::<T>(f, value);
                    self.push::<T>(f, exc_type);
                }
                Why::Return(v) => {
                    self.push::<T>(f, v);
                    self.push::<T>(f, new_int(frame::WHY_RETURN));
                }
                Why::Continue(target) => {
                    self.push::<T>(f, new_int(target as i64));
                    self.push::<T>(f, new_int(frame::WHY_CONTINUE));
                }
                Why::Break => self.push::<T>(f, new_int(frame::WHY_BREAK)),
                other => return Some(other),
            }
            f.pc = block.handler;
            return None;
        }
        Some(why)
    }

    /// `PyTraceBack_Here`: the exception passed through this frame at `f_lasti`.
    fn traceback_here(&mut self, f: &Frame, e: &mut PyException) {
        let Some(frame) = self.current_frame_object() else {
            return;
        };
        let tb = PyObject::new(Payload::Traceback(objects::traceback::PyTraceback {
            next: e.traceback.take(),
            frame,
            code: f.code.clone(),
            lasti: f.lasti,
            lineno: f.lineno(),
        }));
        e.traceback = Some(tb);
    }

    /// `set_exc_info`: the handled exception becomes `sys.exc_info()`; the first time in this
    /// frame, the previous state is saved to be restored when the frame is left.
    fn set_exc_info(&mut self, exc_type: &ObjRef, value: &ObjRef, tb: &ObjRef) {
        if let Some(entry) = self.frames.last_mut() {
            if entry.saved_exc.is_none() {
                entry.saved_exc = Some(self.exc_info.clone());
            }
        }
        self.exc_info.exc_type = Some(exc_type.clone());
        self.exc_info.value = Some(value.clone());
        self.exc_info.traceback = Some(tb.clone());
        let mirror = [
            Some(exc_type.clone()),
            Some(value.clone()),
            Some(tb.clone()),
        ];
        if let Err(fault @ PyErr::Fault(_)) = self.mirror_exc_in_sys(mirror) {
            self.defer_fault(fault);
        }
    }

    // ----- the value stack, with CPython's tracing macros ----------------------------------

    #[inline(always)]
    pub(crate) fn push<T: TraceMode>(&mut self, f: &mut Frame, v: ObjRef) {
        f.stack.push(v);
        if T::ON && f.traced {
            let top = f.stack[f.stack.len() - 1].clone();
            self.trace_event(Event::Push, &top);
        }
        if f.stack.len() > STACK_LIMIT {
            self.defer_fault(PyErr::bad_bytecode("value stack overflow"));
        }
    }

    #[inline(always)]
    pub(crate) fn pop<T: TraceMode>(&mut self, f: &mut Frame) -> PyResult<ObjRef> {
        if T::ON && f.traced {
            if let Some(top) = f.stack.last().cloned() {
                self.trace_event(Event::Pop, &top);
            }
        }
        f.stack.pop().ok_or_else(stack_underflow)
    }

    /// `v = POP(); Py_DECREF(v)` in a loop that empties part of the stack: the value is freed
    /// (and finalized) before the next one is popped.
    pub(crate) fn pop_and_release<T: TraceMode>(&mut self, f: &mut Frame) {
        drop(self.pop::<T>(f));
        self.run_finalizers();
    }

    /// `EXT_POP`: a call taking its arguments and callable off the stack.
    #[inline(always)]
    pub(crate) fn ext_pop<T: TraceMode>(&mut self, f: &mut Frame) -> PyResult<ObjRef> {
        if T::ON && f.traced {
            if let Some(top) = f.stack.last().cloned() {
                self.trace_event(Event::ExtPop, &top);
            }
        }
        f.stack.pop().ok_or_else(stack_underflow)
    }

    /// `STACKADJ(n)` for a negative n: values leave without being popped one by one.
    pub(crate) fn stack_drop<T: TraceMode>(
        &mut self,
        f: &mut Frame,
        n: usize,
    ) -> PyResult<Vec<ObjRef>> {
        if f.stack.len() < n {
            return Err(stack_underflow());
        }
        let taken = f.stack.split_off(f.stack.len() - n);
        if T::ON && f.traced {
            self.trace_stackadj(-(n as i64));
        }
        Ok(taken)
    }

    /// `STACKADJ(n)` for a positive n: values written into the slots directly.
    pub(crate) fn stack_extend<T: TraceMode>(&mut self, f: &mut Frame, values: Vec<ObjRef>) {
        let n = values.len();
        f.stack.extend(values);
        if T::ON && f.traced {
            self.trace_stackadj(n as i64);
        }
    }

    pub(crate) fn block_setup(
        &mut self,
        f: &mut Frame,
        kind: BlockKind,
        handler: usize,
    ) -> PyResult<()> {
        if f.blocks.len() >= MAX_BLOCKS {
            return Err(self.system_error("XXX block stack overflow"));
        }
        f.blocks.push(Block {
            kind,
            handler,
            level: f.stack.len(),
        });
        Ok(())
    }
}

/// CPython's `CO_MAXBLOCKS`.
const MAX_BLOCKS: usize = 20;
/// A value stack this deep only comes from bytecode that lies about `co_stacksize`.
const STACK_LIMIT: usize = 1 << 24;
/// See `Vm::nested`.
const NATIVE_NESTING_LIMIT: u32 = 100_000;

pub(crate) fn stack_underflow() -> PyErr {
    PyErr::bad_bytecode("value stack underflow")
}

pub(crate) fn top(f: &Frame, n: usize) -> PyResult<&ObjRef> {
    f.stack
        .len()
        .checked_sub(n)
        .and_then(|i| f.stack.get(i))
        .ok_or_else(stack_underflow)
}

pub(crate) fn set_top(f: &mut Frame, n: usize, v: ObjRef) -> PyResult<()> {
    let i = f.stack.len().checked_sub(n).ok_or_else(stack_underflow)?;
    f.stack[i] = v;
    Ok(())
}

/// Replaces TOP with the op's result, or with NULL when it failed (so unwinding shows
/// `pop <nil>`, as CPython's `SET_TOP(x)` with `x == NULL` does).
pub(crate) fn set_top_result(f: &mut Frame, result: PyResult<ObjRef>) -> OpResult {
    match result {
        Ok(v) => Ok(set_top(f, 1, v)?),
        Err(e) => {
            set_top(f, 1, null())?;
            Err(Why::Exception(e))
        }
    }
}

fn read_arg(bytes: &[u8], pc: usize) -> PyResult<u32> {
    match (bytes.get(pc + 1), bytes.get(pc + 2)) {
        (Some(&lo), Some(&hi)) => Ok(lo as u32 | (hi as u32) << 8),
        _ => Err(PyErr::bad_bytecode(format!(
            "the argument of the instruction at offset {pc} runs past the end of the code"
        ))),
    }
}
