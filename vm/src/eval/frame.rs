//! A frame: one activation of a code object with its locals, cells, value stack and block stack
//! (CPython's `PyFrameObject`), and the `why` codes that drive unwinding.

use std::rc::Rc;

use crate::error::PyErr;
use crate::objects::{ObjRef, PyCode};
use crate::runtime::ExcInfo;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Loop,
    Except,
    Finally,
    With,
}

/// An entry of the block stack (`PyTryBlock`).
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: usize,
    pub level: usize,
}

/// Why the loop stops executing instructions in order (`enum why_code`). An op returns
/// `Err(Why)`; `?` on a `PyErr` gives `Why::Exception`.
pub enum Why {
    Exception(PyErr),
    /// Re-raised by `END_FINALLY` or `raise` with a traceback: no new traceback entry.
    Reraise(PyErr),
    Return(ObjRef),
    Break,
    Continue(usize),
    Yield(ObjRef),
}

impl From<PyErr> for Why {
    fn from(e: PyErr) -> Why {
        Why::Exception(e)
    }
}

/// CPython's numeric `why` values, which `END_FINALLY` finds on the stack as ints.
pub const WHY_RETURN: i64 = 0x0008;
pub const WHY_BREAK: i64 = 0x0010;
pub const WHY_CONTINUE: i64 = 0x0020;

pub struct Frame {
    pub code: Rc<PyCode>,
    pub globals: ObjRef,
    /// The builtins dict of this frame.
    pub builtins: ObjRef,
    /// The locals mapping of module and class bodies (`f_locals`); None in optimized frames.
    pub locals: Option<ObjRef>,
    pub fast: Vec<Option<ObjRef>>,
    /// Cells for `co_cellvars`, then the closure's cells for `co_freevars`.
    pub cells: Vec<ObjRef>,
    pub stack: Vec<ObjRef>,
    pub blocks: Vec<Block>,
    /// Offset of the instruction executing (`f_lasti`); -1 before the first.
    pub lasti: i32,
    /// Offset of the next instruction to fetch.
    pub pc: usize,
    /// Decided at every entry (docs/trace-format.md, section 1).
    pub traced: bool,
    /// The thread's exception state saved when this frame first handled an exception
    /// (`f_exc_type` and friends), restored when the frame is left.
    pub saved_exc: Option<ExcInfo>,
}

impl Frame {
    pub fn new(
        code: Rc<PyCode>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Option<ObjRef>,
    ) -> Frame {
        let nlocals = code.nlocals as usize;
        let stacksize = code.stacksize as usize;
        Frame {
            fast: vec![None; nlocals.max(code.varnames.len())],
            cells: Vec::with_capacity(code.cellvars.len() + code.freevars.len()),
            stack: Vec::with_capacity(stacksize.min(1 << 16)),
            blocks: Vec::new(),
            lasti: -1,
            pc: 0,
            traced: false,
            saved_exc: None,
            code,
            globals,
            builtins,
            locals,
        }
    }

    pub fn lineno(&self) -> i32 {
        self.code.addr2line(self.lasti)
    }
}
