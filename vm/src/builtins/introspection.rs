//! Namespace introspection: `globals()`, `locals()`, `vars()` and `dir()`
//! (Python/bltinmodule.c, Objects/object.c's `_dir_*`, Objects/frameobject.c's
//! `PyFrame_FastToLocals`).
//!
//! A native function cannot see the frame that calls it, so the call ops hand the caller's
//! locals mapping over in `Vm::caller_locals` when the callee is one of the functions that
//! reads it ([`wants_caller_locals`]).

use super::functions::args::unpack;
use super::type_dicts;
use crate::def;
use crate::error::PyResult;
use crate::objects::{self, new_list, new_str_from, Args, MethodDef, ObjRef, Payload};
use crate::runtime::Vm;

pub static FUNCTIONS: &[MethodDef] = &[
    def!("globals", NoArgs, globals),
    def!("locals", NoArgs, locals),
    def!("vars", VarArgs, vars),
    def!("dir", VarArgs, dir),
];

/// Whether a call of the module function `name` with `nargs` arguments reads the caller's
/// locals (`locals()`, `vars()`, `dir()`).
pub fn wants_caller_locals(name: &str, nargs: usize) -> bool {
    nargs == 0 && matches!(name, "locals" | "vars" | "dir")
}

impl Vm {
    /// The locals of the frame calling a native function: handed over by the call op, else
    /// (a call from native code) the innermost frame's globals.
    fn caller_locals_mapping(&mut self) -> ObjRef {
        match self.caller_locals.take() {
            Some(l) => l,
            None => self.current_globals(),
        }
    }

    fn current_globals(&self) -> ObjRef {
        self.innermost_globals()
            .unwrap_or_else(|| self.builtins_dict.clone())
    }
}

fn globals(vm: &mut Vm, _: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    Ok(vm.current_globals())
}

fn locals(vm: &mut Vm, _: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    Ok(vm.caller_locals_mapping())
}

/// `vars([object])`: the caller's locals, or the object's `__dict__`.
fn vars(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "vars", 0, 1)?;
    let Some(obj) = a.first() else {
        return Ok(vm.caller_locals_mapping());
    };
    vm.caller_locals = None;
    if let Payload::Module(m) = &obj.payload {
        return Ok(m.dict.clone());
    }
    match vm.getattr(obj, &new_str_from("__dict__")) {
        Ok(d) => Ok(d),
        Err(e) if vm.exception_matches(&e, &vm.types.exc.attribute_error) => {
            Err(vm.type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

/// `dir([object])`: a sorted list of names.
fn dir(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "dir", 0, 1)?;
    let names = match a.first() {
        None => {
            let locals = vm.caller_locals_mapping();
            match locals.as_dict() {
                Some(d) => dict_keys(d),
                None => vm.collect_iterable(&locals)?,
            }
        }
        Some(obj) => {
            vm.caller_locals = None;
            dir_of(vm, obj)?
        }
    };
    let list = new_list(names);
    super::list_methods::sort_list(vm, &list, None, None, false)?;
    Ok(list)
}

fn dict_keys(d: &std::cell::RefCell<objects::DictTable>) -> Vec<ObjRef> {
    d.borrow().entries().map(|(k, _)| k.clone()).collect()
}

/// `_dir_module`, `_dir_type` and `_dir_object`: the names gathered in a dict (so each
/// appears once), in that dict's order; the caller sorts them.
fn dir_of(vm: &mut Vm, obj: &ObjRef) -> PyResult<Vec<ObjRef>> {
    if let Payload::Module(m) = &obj.payload {
        return Ok(m.dict.as_dict().map(dict_keys).unwrap_or_default());
    }
    let names = objects::new_dict(Default::default());
    let class = match &obj.payload {
        Payload::Type(_) => obj.clone(),
        _ => {
            if let Ok(own) = vm.getattr(obj, &new_str_from("__dict__")) {
                if let Some(d) = own.as_dict() {
                    for k in dict_keys(d) {
                        vm.dict_set(&names, k, objects::none())?;
                    }
                }
            }
            vm.type_of(obj)
        }
    };
    merge_class_names(vm, &names, &class)?;
    Ok(names.as_dict().map(dict_keys).unwrap_or_default())
}

/// `merge_class_dict`: the names of a class and of every class on its MRO.
fn merge_class_names(vm: &mut Vm, names: &ObjRef, class: &ObjRef) -> PyResult<()> {
    let mro = class
        .as_type()
        .map(|t| t.mro.borrow().clone())
        .unwrap_or_default();
    for c in mro {
        let Some(t) = c.as_type() else { continue };
        let own: Vec<ObjRef> = t.dict.as_dict().map(dict_keys).unwrap_or_default();
        // A class statement always puts `__module__` in the class dict; a built-in type's
        // dict never has it, and the table holds CPython's exact list of its names.
        let is_builtin = !own.iter().any(|k| k.as_str_bytes() == Some(b"__module__"));
        let keys: Vec<ObjRef> = match type_dicts::names_of(&t.name).filter(|_| is_builtin) {
            Some(table) => table.iter().map(|n| new_str_from(n)).collect(),
            None => own,
        };
        for k in keys {
            vm.dict_set(names, k, objects::none())?;
        }
    }
    Ok(())
}
