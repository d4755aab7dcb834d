//! The `exec` statement (`EXEC_STMT`, ceval's `exec_statement`) and what it needs: running a
//! code object in given globals and locals (`PyEval_EvalCode`), and the copies between a
//! function's fast locals and its `f_locals` dict (`PyFrame_FastToLocals`/`LocalsToFast`)
//! that a plain `exec` inside a function makes.
//!
//! The VM has no compiler, so `exec` of source text or of a file is a fault naming what is
//! missing; `exec` of a code object (the form obfuscated programs use) runs it.

use std::rc::Rc;

use super::frame::Frame;
use super::{Exit, OpResult};
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
        let code = match &prog.payload {
            Payload::Code(code) => code.clone(),
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
        };
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
        if !code.freevars.is_empty() {
            return Err(
                self.type_error("code object passed to exec may not contain free variables")
            );
        }
        let result = self.eval_code(&code, &globals, Some(locals));
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
        code: &Rc<PyCode>,
        globals: &ObjRef,
        locals: Option<ObjRef>,
    ) -> PyResult<ObjRef> {
        let builtins = self.builtins_for(globals);
        let locals = frame_locals(code, globals, locals);
        let mut frame = Frame::new(code.clone(), globals.clone(), builtins, locals);
        for _ in &code.cellvars {
            frame.cells.push(objects::new_cell(None));
        }
        if code.flags & crate::objects::code::CO_GENERATOR != 0 {
            let code_obj = objects::PyObject::new(objects::Payload::Code(code.clone()));
            return Ok(self.new_generator(&code_obj, frame));
        }
        let result = self.run_frame(&mut frame, None);
        self.release_frame(frame, &result);
        match result? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// `PyFrame_FastToLocals`: the fast locals (and cells) copied into `f_locals`, created
    /// when the frame has none. Errors while copying are dropped, as CPython drops them.
    pub fn fast_to_locals(&mut self, f: &mut Frame) -> ObjRef {
        let locals = f
            .locals
            .get_or_insert_with(|| objects::new_dict(DictTable::new()))
            .clone();
        let code = f.code.clone();
        let nfast = code.varnames.len().min(code.nlocals as usize);
        let fast: Vec<Option<ObjRef>> = f.fast.iter().take(nfast).cloned().collect();
        self.map_to_dict(&code.varnames[..nfast], &fast, &locals);
        let cell_values =
            |cells: &[ObjRef]| -> Vec<Option<ObjRef>> { cells.iter().map(cell_contents).collect() };
        let ncells = code.cellvars.len().min(f.cells.len());
        self.map_to_dict(
            &code.cellvars[..ncells],
            &cell_values(&f.cells[..ncells]),
            &locals,
        );
        if code.flags & CO_OPTIMIZED != 0 {
            let free = &f.cells[ncells..];
            let nfree = code.freevars.len().min(free.len());
            self.map_to_dict(
                &code.freevars[..nfree],
                &cell_values(&free[..nfree]),
                &locals,
            );
        }
        locals
    }

    /// `PyFrame_LocalsToFast(f, 0)`: names present in `f_locals` written back into the fast
    /// locals and cells; names missing from it leave their slot alone.
    pub fn locals_to_fast(&mut self, f: &mut Frame) {
        let Some(locals) = f.locals.clone() else {
            return;
        };
        let code = f.code.clone();
        let nfast = code
            .varnames
            .len()
            .min(code.nlocals as usize)
            .min(f.fast.len());
        for j in (0..nfast).rev() {
            if let Some(value) = self.lookup_quietly(&locals, &code.varnames[j]) {
                f.fast[j] = Some(value);
            }
        }
        let ncells = code.cellvars.len().min(f.cells.len());
        let mut targets: Vec<(&ObjRef, ObjRef)> = code.cellvars[..ncells]
            .iter()
            .zip(f.cells[..ncells].iter().cloned())
            .collect();
        if code.flags & CO_OPTIMIZED != 0 {
            targets.extend(code.freevars.iter().zip(f.cells[ncells..].iter().cloned()));
        }
        for (name, cell) in targets.into_iter().rev() {
            if let Some(value) = self.lookup_quietly(&locals, name) {
                if let Payload::Cell(slot) = &cell.payload {
                    *slot.borrow_mut() = Some(value);
                }
            }
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

fn cell_contents(cell: &ObjRef) -> Option<ObjRef> {
    match &cell.payload {
        Payload::Cell(slot) => slot.borrow().clone(),
        _ => None,
    }
}
