//! The `exec` statement (`EXEC_STMT`, ceval's `exec_statement`) and what it needs: running a
//! code object in given globals and locals (`PyEval_EvalCode`), and the copies between a
//! function's fast locals and its `f_locals` dict (`PyFrame_FastToLocals`/`LocalsToFast`)
//! that a plain `exec` inside a function makes, and that `locals()` and a `frame` object's
//! `f_locals` make too.
//!
//! The VM has no compiler, so `exec` of source text or of a file is a fault naming what is
//! missing; `exec` of a code object (the form obfuscated programs use) runs it.

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::Frame;
use super::OpResult;
use crate::error::{PyErr, PyResult};
use crate::objects::code::{CO_NEWLOCALS, CO_OPTIMIZED};
use crate::objects::{self, DictTable, ObjRef, Payload, PyCode};
use crate::runtime::Vm;
use crate::trace::TraceMode;

impl Vm {
    /// `EXEC_STMT`: the program, globals and locals leave the stack in one `STACKADJ(-3)`.
    pub(super) fn op_exec_stmt<T: TraceMode>(&mut self, f: &mut Frame) -> OpResult {
        let taken = self.stack_drop::<T>(f, 3)?;
        let [prog, globals, locals] = <[ObjRef; 3]>::try_from(taken)
            .map_err(|_| PyErr::bad_bytecode("EXEC_STMT without three operands"))?;
        Ok(self.exec_statement(f, prog, globals, locals)?)
    }

    fn exec_statement(
        &mut self,
        f: &mut Frame,
        mut prog: ObjRef,
        mut globals: ObjRef,
        mut locals: ObjRef,
    ) -> PyResult<()> {
        // `exec (code, globals[, locals])`: the backward-compatible tuple form.
        if let Some(items) = prog.as_tuple() {
            if globals.is_none() && locals.is_none() && (items.len() == 2 || items.len() == 3) {
                let items = items.to_vec();
                globals = items[1].clone();
                if let Some(l) = items.get(2) {
                    locals = l.clone();
                }
                prog = items[0].clone();
            }
        }
        let mut plain = false;
        if globals.is_none() {
            globals = f.globals.clone();
            if locals.is_none() {
                locals = self.fast_to_locals(f);
                plain = true;
            }
        } else if locals.is_none() {
            locals = globals.clone();
        }
        match &prog.payload {
            Payload::Code(_) => {}
            Payload::Str(_) | Payload::Unicode(_) => {
                return Err(PyErr::unsupported(
                    "exec of source text (the VM has no compiler)",
                ))
            }
            Payload::File(_) => {
                return Err(PyErr::unsupported(
                    "exec of a file (the VM has no compiler)",
                ))
            }
            _ => return Err(self.type_error("exec: arg 1 must be a string, file, or code object")),
        }
        if globals.as_dict().is_none() {
            return Err(self.type_error("exec: arg 2 must be a dictionary or None"));
        }
        if !self.is_mapping(&locals) {
            return Err(self.type_error("exec: arg 3 must be a mapping or None"));
        }
        let builtins_key = objects::new_str_from("__builtins__");
        if self.dict_get(&globals, &builtins_key)?.is_none() {
            self.setitem(&globals, &builtins_key, f.builtins.clone())?;
        }
        if code_of(&prog).is_some_and(|code| !code.freevars.is_empty()) {
            return Err(
                self.type_error("code object passed to exec may not contain free variables")
            );
        }
        let result = self.eval_code(&prog, &globals, Some(locals));
        if plain {
            self.locals_to_fast(f);
        }
        result.map(drop)
    }

    /// `PyMapping_Check` as `exec` uses it: anything with item access that is not a sequence
    /// type of the built-in kind.
    fn is_mapping(&self, obj: &ObjRef) -> bool {
        !matches!(
            obj.payload,
            Payload::None
                | Payload::Bool(_)
                | Payload::Int(_)
                | Payload::Long(_)
                | Payload::Float(_)
                | Payload::Complex(_)
                | Payload::Code(_)
                | Payload::Function(_)
                | Payload::Builtin(_)
        )
    }

    /// `PyEval_EvalCode`: runs a code object with no arguments in `globals` and `locals`,
    /// the frame's locals chosen as `PyFrame_New` chooses them.
    pub fn eval_code(
        &mut self,
        code_object: &ObjRef,
        globals: &ObjRef,
        locals: Option<ObjRef>,
    ) -> PyResult<ObjRef> {
        let Some(code) = code_of(code_object) else {
            return Err(self.system_error("bad internal call: not a code object"));
        };
        let builtins = self.builtins_for(globals);
        let locals = frame_locals(&code, globals, locals);
        let frame = Frame::new(
            code_object.clone(),
            code.clone(),
            globals.clone(),
            builtins,
            locals,
        );
        for i in 0..code.cellvars.len() {
            frame.set_cell(i, objects::new_cell(None));
        }
        if code.flags & crate::objects::code::CO_GENERATOR != 0 {
            return Ok(self.new_generator(code_object, frame));
        }
        self.run_to_end(frame)
    }

    /// `PyFrame_FastToLocals`: the fast locals (and cells) copied into `f_locals`, created
    /// when the frame has none. The dict is the one its `frame` object shows as `f_locals`.
    pub fn fast_to_locals(&mut self, f: &mut Frame) -> ObjRef {
        if f.locals.is_none() {
            f.locals = self
                .frames
                .last()
                .filter(|e| Rc::ptr_eq(&e.slots, &f.slots))
                .and_then(|e| e.locals.clone());
        }
        let locals = f
            .locals
            .get_or_insert_with(|| objects::new_dict(DictTable::new()))
            .clone();
        if let Some(e) = self
            .frames
            .last_mut()
            .filter(|e| Rc::ptr_eq(&e.slots, &f.slots))
        {
            e.locals = Some(locals.clone());
        }
        let code = f.code.clone();
        self.slots_to_locals(&code, &f.slots, &locals);
        locals
    }

    /// `PyFrame_LocalsToFast(f, 0)`: names present in `f_locals` written back into the fast
    /// locals and cells; names missing from it leave their slot alone.
    pub fn locals_to_fast(&mut self, f: &mut Frame) {
        let Some(locals) = f.locals.clone() else {
            return;
        };
        let code = f.code.clone();
        let nfast = code.varnames.len().min(code.nlocals as usize);
        for j in (0..nfast).rev() {
            if let Some(value) = self.lookup_quietly(&locals, &code.varnames[j]) {
                f.set_fast(j, value);
            }
        }
        let ncells = code.cellvars.len();
        let mut targets: Vec<(&ObjRef, usize)> = code.cellvars.iter().zip(0..).collect();
        if code.flags & CO_OPTIMIZED != 0 {
            targets.extend(code.freevars.iter().zip(ncells..));
        }
        for (name, i) in targets.into_iter().rev() {
            let Some(cell) = f.cell(i) else {
                continue;
            };
            if let Some(value) = self.lookup_quietly(&locals, name) {
                if let Payload::Cell(slot) = &cell.payload {
                    let old = slot.replace(Some(value));
                    drop(old);
                }
            }
        }
    }

    /// `PyFrame_FastToLocals` on a frame's slots: the fast locals (and cells) copied into
    /// `locals`. Errors while copying are dropped, as CPython drops them.
    pub(crate) fn slots_to_locals(
        &mut self,
        code: &PyCode,
        slots: &[RefCell<Option<ObjRef>>],
        locals: &ObjRef,
    ) {
        let values = |range: std::ops::Range<usize>| -> Vec<Option<ObjRef>> {
            slots
                .get(range)
                .unwrap_or(&[])
                .iter()
                .map(|s| s.borrow().clone())
                .collect()
        };
        let nfast = code.varnames.len().min(code.nlocals as usize);
        self.map_to_dict(&code.varnames[..nfast], &values(0..nfast), locals);
        let first_cell = super::frame::fast_count(code);
        let cell_values = |cells: Vec<Option<ObjRef>>| -> Vec<Option<ObjRef>> {
            cells
                .iter()
                .map(|c| c.as_ref().and_then(cell_contents))
                .collect()
        };
        let ncells = code.cellvars.len();
        let cells = cell_values(values(first_cell..first_cell + ncells));
        self.map_to_dict(&code.cellvars, &cells, locals);
        if code.flags & CO_OPTIMIZED != 0 {
            let start = first_cell + ncells;
            let frees = cell_values(values(start..start + code.freevars.len()));
            self.map_to_dict(&code.freevars, &frees, locals);
        }
    }

    /// `map_to_dict`: walks the names from the last to the first, as CPython does, so the
    /// dict's insertion order matches.
    fn map_to_dict(&mut self, names: &[ObjRef], values: &[Option<ObjRef>], dict: &ObjRef) {
        for (name, value) in names.iter().zip(values).rev() {
            let result = match value {
                Some(v) => self.setitem(dict, name, v.clone()),
                None => self.delitem(dict, name),
            };
            self.clear_exception(result);
        }
    }

    /// `PyObject_GetItem` with a missing key (or any exception) read as absent.
    fn lookup_quietly(&mut self, mapping: &ObjRef, key: &ObjRef) -> Option<ObjRef> {
        let result = self.getitem(mapping, key);
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.clear_exception(Err::<(), _>(e));
                None
            }
        }
    }

    /// `PyErr_Clear` for a result whose Python exception CPython ignores; a fault (a limit,
    /// bad input) is kept and reported when the run ends.
    fn clear_exception(&mut self, result: PyResult<()>) {
        if let Err(e @ PyErr::Fault(_)) = result {
            self.defer_fault(e);
        }
    }
}

/// `f_locals` as `PyFrame_New` sets it: none for optimized functions, a fresh dict for other
/// new-locals code (class bodies), else the given mapping or the globals.
pub fn frame_locals(code: &PyCode, globals: &ObjRef, given: Option<ObjRef>) -> Option<ObjRef> {
    const BOTH: u32 = CO_NEWLOCALS | CO_OPTIMIZED;
    if code.flags & BOTH == BOTH {
        None
    } else if code.flags & CO_NEWLOCALS != 0 {
        Some(objects::new_dict(DictTable::new()))
    } else {
        Some(given.unwrap_or_else(|| globals.clone()))
    }
}

fn code_of(obj: &ObjRef) -> Option<Rc<PyCode>> {
    match &obj.payload {
        Payload::Code(code) => Some(code.clone()),
        _ => None,
    }
}

fn cell_contents(cell: &ObjRef) -> Option<ObjRef> {
    match &cell.payload {
        Payload::Cell(slot) => slot.borrow().clone(),
        _ => None,
    }
}
