//! The interpreter state (CPython's interpreter and thread state in one): the type registry,
//! `sys` and `__builtin__`, the output streams, the limits, the recursion depth, the active
//! frames (for the `__pztrace__` lookup and `frame` objects) and the exception being handled.

pub mod finalize;
pub mod finalizers;
pub mod output;
pub mod trashcan;
pub mod types;

use std::path::PathBuf;
use std::time::Instant;

use crate::error::{FaultKind, PyErr, PyResult};
use crate::objects::{self, new_str, new_str_from, ObjRef, Payload};
use crate::Limits;

pub use output::Output;
pub use types::Types;

/// `sys.exc_info()`: the exception currently being handled, saved per frame as CPython's
/// `f_exc_*` fields do.
#[derive(Clone, Default)]
pub struct ExcInfo {
    pub exc_type: Option<ObjRef>,
    pub value: Option<ObjRef>,
    pub traceback: Option<ObjRef>,
}

pub struct Vm {
    pub types: Types,
    pub builtins: ObjRef,
    pub builtins_dict: ObjRef,
    pub sys: ObjRef,
    pub modules: ObjRef,
    pub out: Output,
    /// Tracing compiled in for this run (`--no-trace` clears it).
    pub trace_enabled: bool,
    pub limits: Limits,
    pub steps: u64,
    started: Instant,
    /// `tstate->recursion_depth`: Python frames plus the C-level calls CPython counts.
    pub recursion_depth: u32,
    pub recursion_limit: u32,
    /// Every active frame, innermost last (`tstate->frame` and its `f_back` chain): what the
    /// `__pztrace__` lookup walks and what `frame` objects are made from.
    pub frames: Vec<crate::eval::frame::ActiveFrame>,
    /// The calling frame's locals mapping, handed to `locals()`, `vars()` and `dir()` by the
    /// call op that calls them.
    pub caller_locals: Option<ObjRef>,
    pub exc_info: ExcInfo,
    /// Containers whose repr is being computed (`Py_ReprEnter`), to print `[...]`.
    pub repr_guard: crate::protocols::repr::ReprGuard,
    /// Native recursion through nested objects that CPython does not bound (printing,
    /// hashing); see `Vm::nested`.
    pub native_nesting: u32,
    pub stdin: Vec<u8>,
    pub stdin_pos: usize,
    pub source_dir: PathBuf,
    pub pztrace_name: ObjRef,
    pub import: crate::import::ImportState,
    /// What `sys`'s getters and setters keep (check interval, trace and profile functions).
    pub sys_state: crate::builtins::sys::SysState,
    /// The struct sequence types made so far (`sys.flags`'s type, ...).
    pub struct_seq_types: objects::structseq::StructSeqTypes,
    pub codecs: crate::codecs::CodecRegistry,
    /// Nonzero while the trace computes a repr: frames entered then run untraced.
    pub trace_repr_depth: u32,
    /// A fault raised where it could not be returned (inside a trace event's repr); the next
    /// step reports it.
    pending_fault: Option<PyErr>,
    /// Types a native module made but keeps out of its dict (`_sre.SRE_Pattern`, ...), to
    /// be found again by `tp_name`.
    pub hidden_types: Vec<ObjRef>,
}

impl Vm {
    pub fn new(limits: Limits, trace_enabled: bool, out: Output) -> Vm {
        let types = Types::new();
        let builtins_dict = objects::new_dict(Default::default());
        let builtins = crate::builtins::module::new_module(&builtins_dict);
        let sys_dict = objects::new_dict(Default::default());
        let sys = crate::builtins::module::new_module(&sys_dict);
        let modules = objects::new_dict(Default::default());
        let mut vm = Vm {
            types,
            builtins,
            builtins_dict,
            sys,
            modules,
            out,
            trace_enabled,
            limits,
            steps: 0,
            started: Instant::now(),
            recursion_depth: 0,
            recursion_limit: 1000,
            frames: Vec::new(),
            caller_locals: None,
            exc_info: ExcInfo::default(),
            repr_guard: Default::default(),
            native_nesting: 0,
            stdin: Vec::new(),
            stdin_pos: 0,
            source_dir: PathBuf::new(),
            pztrace_name: new_str_from("__pztrace__"),
            import: Default::default(),
            struct_seq_types: Default::default(),
            sys_state: Default::default(),
            codecs: Default::default(),
            trace_repr_depth: 0,
            pending_fault: None,
            hidden_types: Vec::new(),
        };
        crate::builtins::install(&mut vm);
        vm
    }

    pub fn type_of(&self, obj: &ObjRef) -> ObjRef {
        self.types.of(obj)
    }

    /// `Py_TYPE(obj)->tp_name`, as CPython's messages and default reprs quote it: `int`,
    /// `exceptions.ValueError`, `itertools.groupby`, or a Python class's bare name.
    pub fn type_name(&self, obj: &ObjRef) -> String {
        let t = self.type_of(obj);
        let name = t.as_type().map(|t| t.tp_name().to_string());
        name.unwrap_or_else(|| "?".to_string())
    }

    /// The globals of the innermost active frame.
    pub fn innermost_globals(&self) -> Option<ObjRef> {
        self.frames.last().map(|e| e.globals.clone())
    }

    /// Counts one executed instruction against the limits; checks the clock every 64k steps.
    #[inline]
    pub fn step(&mut self) -> PyResult<()> {
        if finalizers::pending() {
            self.run_finalizers();
        }
        self.steps += 1;
        if self.steps & 0xffff == 0 {
            return self.check_limits();
        }
        Ok(())
    }

    /// Time since the run started.
    pub fn elapsed(&self) -> std::time::Duration {
        self.started.elapsed()
    }

    /// Keeps a fault for the next `step`, which makes it end the run.
    pub fn defer_fault(&mut self, fault: PyErr) {
        if self.pending_fault.is_none() {
            self.pending_fault = Some(fault);
        }
        self.steps |= 0xffff;
    }

    /// Reports a fault deferred where it could not be returned, outside the eval loop.
    pub fn check_pending_fault(&mut self) -> PyResult<()> {
        match self.pending_fault.take() {
            Some(fault) => Err(fault),
            None => Ok(()),
        }
    }

    #[cold]
    fn check_limits(&mut self) -> PyResult<()> {
        if let Some(fault) = self.pending_fault.take() {
            return Err(fault);
        }
        if self.steps > self.limits.max_steps {
            return Err(PyErr::fault(
                FaultKind::Limit,
                format!(
                    "step limit of {} instructions reached",
                    self.limits.max_steps
                ),
            ));
        }
        if self.started.elapsed() > self.limits.max_time {
            return Err(PyErr::fault(
                FaultKind::Limit,
                format!("time limit of {:?} reached", self.limits.max_time),
            ));
        }
        self.out.check_limit()
    }

    /// Refuses an allocation of `bytes` that would pass the memory limit on its own, before
    /// it is attempted (a memory bomb like `'a' * 10**12`).
    pub fn check_alloc(&self, bytes: u128) -> PyResult<()> {
        if bytes > self.limits.max_memory as u128 {
            return Err(PyErr::fault(
                FaultKind::Limit,
                format!(
                    "memory limit: an object of {bytes} bytes exceeds the limit of {} bytes",
                    self.limits.max_memory
                ),
            ));
        }
        Ok(())
    }

    // ----- raising exceptions -------------------------------------------------------------

    /// `PyErr_SetString(exc_type, msg)`: the value stays the message string until a handler
    /// normalizes it.
    pub fn err(&self, exc_type: &ObjRef, msg: impl AsRef<str>) -> PyErr {
        PyErr::new(exc_type.clone(), new_str_from(msg.as_ref()))
    }

    pub fn err_obj(&self, exc_type: &ObjRef, value: ObjRef) -> PyErr {
        PyErr::new(exc_type.clone(), value)
    }

    pub fn type_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.err(&self.types.exc.type_error, msg)
    }
    pub fn value_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.err(&self.types.exc.value_error, msg)
    }
    pub fn index_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.err(&self.types.exc.index_error, msg)
    }
    pub fn attribute_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.err(&self.types.exc.attribute_error, msg)
    }
    pub fn zero_division(&self, msg: impl AsRef<str>) -> PyErr {
        self.err(&self.types.exc.zero_division_error, msg)
    }
    pub fn overflow_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.err(&self.types.exc.overflow_error, msg)
    }
    /// `PyErr_SetFromErrno(OverflowError)` for `ERANGE`: the value is the tuple
    /// `(34, 'Numerical result out of range')`, which becomes the exception's `args`.
    pub fn range_error(&self) -> PyErr {
        let value = crate::objects::new_tuple(vec![
            crate::objects::new_int(34),
            new_str_from("Numerical result out of range"),
        ]);
        self.err_obj(&self.types.exc.overflow_error, value)
    }
    pub fn name_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.err(&self.types.exc.name_error, msg)
    }
    pub fn system_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.err(&self.types.exc.system_error, msg)
    }
    pub fn runtime_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.err(&self.types.exc.runtime_error, msg)
    }
    /// `_PyErr_SetKeyError`: the key wrapped in a 1-tuple, so a tuple key is not unpacked.
    pub fn key_error(&self, key: &ObjRef) -> PyErr {
        self.err_obj(
            &self.types.exc.key_error,
            objects::new_tuple(vec![key.clone()]),
        )
    }
    pub fn stop_iteration(&self) -> PyErr {
        PyErr::new(self.types.exc.stop_iteration.clone(), objects::none())
    }

    /// Does the pending exception match `exc_type` (`PyErr_ExceptionMatches`)?
    pub fn exception_matches(&self, err: &PyErr, exc_type: &ObjRef) -> bool {
        match err {
            PyErr::Exception(e) => self.is_subclass(&e.exc_type, exc_type),
            PyErr::Fault(_) => false,
        }
    }

    /// `PyType_IsSubtype` by the MRO.
    pub fn is_subclass(&self, sub: &ObjRef, sup: &ObjRef) -> bool {
        if objects::is(sub, sup) {
            return true;
        }
        match &sub.payload {
            Payload::Type(t) => t.mro.borrow().iter().any(|c| objects::is(c, sup)),
            Payload::Class(_) => crate::protocols::classes::classic_mro(sub)
                .iter()
                .any(|c| objects::is(c, sup)),
            _ => false,
        }
    }

    /// `PyObject_IsInstance` for one class: an old-style instance by its class's bases.
    pub fn isinstance(&self, obj: &ObjRef, cls: &ObjRef) -> bool {
        if let Payload::Instance(pi) = &obj.payload {
            if matches!(cls.payload, Payload::Class(_)) {
                return self.is_subclass(&pi.class, cls);
            }
        }
        self.is_subclass(&self.type_of(obj), cls)
    }

    /// Reads one line of standard input (with its newline), or None at end of input.
    pub fn read_line(&mut self) -> Option<Vec<u8>> {
        if self.stdin_pos >= self.stdin.len() {
            return None;
        }
        let rest = &self.stdin[self.stdin_pos..];
        let end = rest
            .iter()
            .position(|&b| b == b'\n')
            .map(|i| i + 1)
            .unwrap_or(rest.len());
        self.stdin_pos += end;
        Some(rest[..end].to_vec())
    }

    pub fn str_obj(&self, bytes: &[u8]) -> ObjRef {
        new_str(bytes.to_vec())
    }
}
