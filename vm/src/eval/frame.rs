//! A frame: one activation of a code object with its locals, cells, value stack and block stack
//! (CPython's `PyFrameObject`), and the `why` codes that drive unwinding.

use std::cell::RefCell;
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

/// A frame's `f_localsplus`: its fast locals, then the cells of `co_cellvars`, then those of
/// `co_freevars`. Shared with the frame's Python object (if one was asked for), which keeps
/// them alive after the activation ends, as a CPython frame object does.
pub type Slots = Rc<[RefCell<Option<ObjRef>>]>;

pub struct Frame {
    /// `f_code`: the code object, and its contents.
    pub code_object: ObjRef,
    pub code: Rc<PyCode>,
    pub globals: ObjRef,
    /// The builtins dict of this frame.
    pub builtins: ObjRef,
    /// The locals mapping of module and class bodies (`f_locals`); None in optimized frames.
    pub locals: Option<ObjRef>,
    pub slots: Slots,
    /// How many of `slots` are fast locals; the cells follow.
    pub nfast: usize,
    pub stack: Vec<ObjRef>,
    pub blocks: Vec<Block>,
    /// Offset of the instruction executing (`f_lasti`); -1 before the first.
    pub lasti: i32,
    /// Offset of the next instruction to fetch.
    pub pc: usize,
    /// Decided at every entry (docs/trace-format.md, section 1).
    pub traced: bool,
    /// The `frame` object standing for this activation, kept here between runs of a
    /// generator's frame and once the frame has finished (while it runs, its entry in
    /// `Vm::frames` holds it).
    pub object: Option<ObjRef>,
}

impl Frame {
    /// A frame for `code` (whose payload is `code_object`'s), its slots all empty.
    pub fn new(
        code_object: ObjRef,
        code: Rc<PyCode>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Option<ObjRef>,
    ) -> Frame {
        let nfast = fast_count(&code);
        let nslots = nfast + code.cellvars.len() + code.freevars.len();
        let stacksize = code.stacksize as usize;
        Frame {
            slots: (0..nslots).map(|_| RefCell::new(None)).collect(),
            nfast,
            stack: Vec::with_capacity(stacksize.min(1 << 16)),
            blocks: Vec::new(),
            lasti: -1,
            pc: 0,
            traced: false,
            object: None,
            code_object,
            code,
            globals,
            builtins,
            locals,
        }
    }

    pub fn lineno(&self) -> i32 {
        self.code.addr2line(self.lasti)
    }

    /// The fast local `i`, if the code has that many.
    pub fn fast(&self, i: usize) -> Option<&RefCell<Option<ObjRef>>> {
        self.slots[..self.nfast].get(i)
    }

    /// The fast local `i`'s value (None when unbound or out of range).
    pub fn fast_value(&self, i: usize) -> Option<ObjRef> {
        self.fast(i).and_then(|slot| slot.borrow().clone())
    }

    /// Binds fast local `i` (in range: the argument binding checked `co_nlocals`).
    pub fn set_fast(&self, i: usize, value: ObjRef) {
        if let Some(slot) = self.fast(i) {
            let old = slot.replace(Some(value));
            drop(old);
        }
    }

    /// The cell `i` of `co_cellvars + co_freevars`, once the call has made it.
    pub fn cell(&self, i: usize) -> Option<ObjRef> {
        self.slots[self.nfast..]
            .get(i)
            .and_then(|slot| slot.borrow().clone())
    }

    /// Installs the cell `i` of `co_cellvars + co_freevars`.
    pub fn set_cell(&self, i: usize, cell: ObjRef) {
        if let Some(slot) = self.slots[self.nfast..].get(i) {
            *slot.borrow_mut() = Some(cell);
        }
    }
}

/// How many of a code's slots are fast locals (the cells follow).
pub fn fast_count(code: &PyCode) -> usize {
    (code.nlocals as usize).max(code.varnames.len())
}

/// What the VM keeps of an activation while it runs (`tstate->frame` and its `f_back` chain):
/// enough to make its `frame` object on request from code it called, without the frame
/// itself, which the eval loop running it holds.
pub struct ActiveFrame {
    pub code_object: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub locals: Option<ObjRef>,
    pub slots: Slots,
    /// The frame's `f_lasti`, written before each instruction runs.
    pub lasti: i32,
    /// The thread's exception state saved when this frame first handled an exception
    /// (`f_exc_type` and friends), restored when the frame is left.
    pub saved_exc: Option<ExcInfo>,
    /// The `frame` object, once asked for.
    pub object: Option<ObjRef>,
}

impl ActiveFrame {
    /// The entry for a frame being entered; its object, if it has one already (a generator's
    /// frame asked for while paused), moves here while it runs.
    pub fn entering(f: &mut Frame) -> ActiveFrame {
        ActiveFrame {
            code_object: f.code_object.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            locals: f.locals.clone(),
            slots: f.slots.clone(),
            lasti: f.lasti,
            saved_exc: None,
            object: f.object.take(),
        }
    }
}
