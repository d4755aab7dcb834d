//! The VM's native modules: what CPython implements in C, either compiled into the
//! interpreter (`sys.builtin_module_names`) or built as a shared library in `lib-dynload/`.
//! One file per module. A module is created as `Py_InitModule` does it: put in
//! `sys.modules` first, then its functions, then whatever its init adds; an extension module
//! then gets `__file__` (the shared library the reference build would load).

pub mod bisect;
pub mod codecs;
pub mod collections;
pub mod errno;
pub mod exceptions;
pub mod functools;
pub mod heapq;
pub mod itertools;
pub mod locale;
pub mod math;
pub mod operator;
pub mod sre;
pub mod strop;
pub mod time;

use std::path::Path;

use crate::error::PyResult;
use crate::objects::{new_str_from, MethodDef, ObjRef};
use crate::runtime::Vm;

/// Where CPython has the module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into the interpreter: found by name before `sys.path` is searched.
    Builtin,
    /// A shared library found on `sys.path` (`lib-dynload/NAME.so`).
    Extension,
}

/// A native module's definition (`PyModuleDef` and its init function).
pub struct ModuleDef {
    pub name: &'static str,
    pub origin: Origin,
    pub functions: &'static [MethodDef],
    /// Adds the module's types and constants to its dict.
    pub init: Option<fn(&mut Vm, &ObjRef) -> PyResult<()>>,
}

static MODULES: &[&ModuleDef] = &[
    &exceptions::MODULE,
    &codecs::MODULE,
    &functools::MODULE,
    &math::MODULE,
    &operator::MODULE,
    &itertools::MODULE,
    &bisect::MODULE,
    &heapq::MODULE,
    &time::MODULE,
    &errno::MODULE,
    &sre::MODULE,
    &locale::MODULE,
    &strop::MODULE,
    &collections::MODULE,
];

/// The native module of that name and origin, if the VM has it.
pub fn find(name: &[u8], origin: Origin) -> Option<&'static ModuleDef> {
    MODULES
        .iter()
        .copied()
        .find(|m| m.origin == origin && m.name.as_bytes() == name)
}

/// Creates the module (`Py_InitModule4`, then `__file__` for a shared library).
pub fn create(vm: &mut Vm, def: &'static ModuleDef, file: Option<&Path>) -> PyResult<ObjRef> {
    let module = vm.add_module(def.name.as_bytes())?;
    let dict = vm.module_dict(&module);
    crate::builtins::add_functions(vm, &dict, def.functions)?;
    if let Some(init) = def.init {
        init(vm, &dict)?;
    }
    if let Some(file) = file {
        let path = crate::import::path_str(file);
        vm.dict_set(&dict, new_str_from("__file__"), path)?;
    }
    Ok(module)
}
