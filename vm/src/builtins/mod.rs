//! The built-in namespace: `__builtin__`'s functions, types, exceptions and constants, the
//! methods of the built-in types, and the `sys` module. Each table keeps CPython's calling
//! convention for every function, because the trace depends on it.

pub mod bytearray_methods;
pub mod code_constructors;
pub mod code_unit;
pub mod constructors;
pub mod dict_methods;
pub mod dict_views;
pub mod file_methods;
pub mod format;
pub mod format_spec;
pub mod functions;
pub mod introspection;
pub mod iter_methods;
pub mod list_methods;
pub mod module;
pub mod namespace;
pub mod number_methods;
pub mod object_methods;
pub mod set_methods;
pub mod sizeof;
pub mod slot_wrappers;
pub mod str_format;
pub mod str_methods;
pub mod sys;
pub mod tuple_methods;
pub mod type_dicts;
pub mod unicode_methods;

use crate::error::PyResult;
use crate::objects::{self, new_str_from, BuiltinFunction, MethodDef, ObjRef, Payload, PyObject};
use crate::runtime::Vm;

/// Adds module-level functions (`m_self` NULL, repr `<built-in function NAME>`).
pub fn add_functions(vm: &mut Vm, dict: &ObjRef, table: &'static [MethodDef]) -> PyResult<()> {
    for def in table {
        let f = PyObject::new(Payload::Builtin(BuiltinFunction {
            def,
            self_obj: None,
        }));
        vm.dict_set(dict, new_str_from(def.name), f)?;
    }
    Ok(())
}

/// The tables of `__builtin__`'s native functions.
pub static FUNCTION_TABLES: &[&[MethodDef]] = &[
    functions::FUNCTIONS,
    introspection::FUNCTIONS,
    str_format::FUNCTIONS,
];

/// Whether a method descriptor is a class method (`METH_CLASS`, a `classmethod_descriptor`):
/// looked up on the type or an instance, it binds the type. (The tables are read here at run
/// time, so the entries compared are the very ones installed in the type dicts.)
pub fn is_class_method(def: &MethodDef) -> bool {
    let tables: [&'static [MethodDef]; 3] = [
        dict_methods::DICT_CLASS_METHODS,
        number_methods::FLOAT_CLASS_METHODS,
        crate::modules::itertools::CHAIN_CLASS_METHODS,
    ];
    tables
        .iter()
        .any(|table| table.iter().any(|d| std::ptr::eq(d, def)))
}

/// Adds a type's method table to its dict as method descriptors.
pub(crate) fn add_methods(vm: &mut Vm, ty: &ObjRef, table: &'static [MethodDef]) -> PyResult<()> {
    let existing = ty
        .as_type()
        .and_then(|t| t.dict.as_dict().map(|d| d.borrow().clone()));
    let tmp = objects::new_dict(existing.unwrap_or_default());
    for def in table {
        vm.dict_set(
            &tmp,
            new_str_from(def.name),
            PyObject::new(Payload::MethodDescr(def, ty.clone())),
        )?;
    }
    if let (Some(t), Some(d)) = (ty.as_type(), tmp.as_dict()) {
        if let Some(target) = t.dict.as_dict() {
            *target.borrow_mut() = d.borrow().clone();
        }
    }
    Ok(())
}

/// Builds `__builtin__`, the type method tables and `sys`.
pub fn install(vm: &mut Vm) {
    if let Err(e) = install_all(vm) {
        drop(e);
        vm.defer_fault(crate::error::PyErr::unsupported(
            "the built-in namespace could not be set up",
        ));
    }
}

fn install_all(vm: &mut Vm) -> PyResult<()> {
    let builtins = vm.builtins_dict.clone();
    let t = &vm.types;
    let objects: Vec<(&str, ObjRef)> = vec![
        ("None", objects::none()),
        ("Ellipsis", objects::ellipsis()),
        ("NotImplemented", objects::not_implemented()),
        ("False", objects::new_bool(false)),
        ("True", objects::new_bool(true)),
        ("basestring", t.basestring.clone()),
        ("bool", t.bool_.clone()),
        ("bytearray", t.bytearray.clone()),
        ("bytes", t.str_.clone()),
        ("classmethod", t.classmethod.clone()),
        ("complex", t.complex.clone()),
        ("dict", t.dict.clone()),
        ("enumerate", t.enumerate.clone()),
        ("file", t.file.clone()),
        ("float", t.float.clone()),
        ("frozenset", t.frozenset.clone()),
        ("property", t.property.clone()),
        ("int", t.int.clone()),
        ("list", t.list.clone()),
        ("long", t.long.clone()),
        ("object", t.object.clone()),
        ("reversed", t.reversed.clone()),
        ("set", t.set.clone()),
        ("slice", t.slice.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("str", t.str_.clone()),
        ("super", t.super_.clone()),
        ("tuple", t.tuple.clone()),
        ("type", t.type_.clone()),
        ("xrange", t.xrange.clone()),
        ("unicode", t.unicode.clone()),
    ];
    let exceptions = vm.types.exc.all();
    namespace::fill(vm, &builtins, FUNCTION_TABLES, &objects, &exceptions)?;
    // `__import__` lives with the import system; it takes its stand-in's place in the dict.
    add_functions(vm, &builtins, crate::import::IMPORT_FUNCTIONS)?;
    let (str_t, list_t, dict_t) = (
        vm.types.str_.clone(),
        vm.types.list.clone(),
        vm.types.dict.clone(),
    );
    add_methods(vm, &str_t, str_methods::STR_METHODS)?;
    add_methods(vm, &list_t, list_methods::LIST_METHODS)?;
    add_methods(vm, &dict_t, dict_methods::DICT_METHODS)?;
    add_methods(vm, &dict_t, dict_methods::DICT_CLASS_METHODS)?;
    add_methods(vm, &str_t, str_format::STR_METHODS)?;
    let (object_t, property_t) = (vm.types.object.clone(), vm.types.property.clone());
    add_methods(vm, &object_t, object_methods::OBJECT_METHODS)?;
    let type_t = vm.types.type_.clone();
    add_methods(vm, &type_t, object_methods::TYPE_METHODS)?;
    add_methods(vm, &property_t, objects::property::PROPERTY_METHODS)?;
    let proxy_t = vm.types.dictproxy.clone();
    add_methods(vm, &proxy_t, objects::dictproxy::DICTPROXY_METHODS)?;
    if let Some(t) = object_t.as_type() {
        let dict = t.dict.clone();
        vm.dict_set(
            &dict,
            new_str_from("__new__"),
            object_methods::new_entry(&object_t),
        )?;
    }
    for (ty, table) in slot_wrappers::tables(vm) {
        if let Some(dict) = ty.as_type().map(|t| t.dict.clone()) {
            for def in table {
                let descr = PyObject::new(Payload::MethodDescr(def, ty.clone()));
                vm.dict_set(&dict, new_str_from(def.name), descr)?;
            }
        }
    }
    let t = &vm.types;
    let with_init: Vec<ObjRef> = [&t.object, &t.type_, &t.list, &t.dict, &t.set]
        .into_iter()
        .cloned()
        .chain(t.exc.all().into_iter().map(|(_, ty)| ty))
        .collect();
    for ty in with_init {
        if let Some(dict) = ty.as_type().map(|t| t.dict.clone()) {
            let descr = PyObject::new(Payload::MethodDescr(&object_methods::INIT, ty.clone()));
            vm.dict_set(&dict, new_str_from("__init__"), descr)?;
        }
    }
    let bytearray_t = vm.types.bytearray.clone();
    add_methods(vm, &bytearray_t, bytearray_methods::BYTEARRAY_METHODS)?;
    let tuple_t = vm.types.tuple.clone();
    add_methods(vm, &tuple_t, tuple_methods::TUPLE_METHODS)?;
    let file_t = vm.types.file.clone();
    add_methods(vm, &file_t, file_methods::FILE_METHODS)?;
    let t = &vm.types;
    let numbers = [
        (t.int.clone(), number_methods::INT_METHODS),
        (t.long.clone(), number_methods::LONG_METHODS),
        (t.float.clone(), number_methods::FLOAT_METHODS),
        (t.float.clone(), number_methods::FLOAT_CLASS_METHODS),
        (t.complex.clone(), number_methods::COMPLEX_METHODS),
    ];
    for (ty, table) in numbers {
        add_methods(vm, &ty, table)?;
    }
    let unicode_t = vm.types.unicode.clone();
    add_methods(vm, &unicode_t, unicode_methods::UNICODE_METHODS)?;
    add_methods(vm, &unicode_t, str_format::UNICODE_METHODS)?;
    let (set_t, frozenset_t) = (vm.types.set.clone(), vm.types.frozenset.clone());
    add_methods(vm, &set_t, set_methods::SET_METHODS)?;
    add_methods(vm, &frozenset_t, set_methods::FROZENSET_METHODS)?;
    for ty in vm.types.iterator_types() {
        add_methods(vm, &ty, iter_methods::ITER_SLOTS)?;
    }
    let generator_t = vm.types.generator.clone();
    add_methods(vm, &generator_t, objects::generator::GENERATOR_METHODS)?;
    sys::install(vm)?;
    let (modules, sys_m, builtins_m) = (vm.modules.clone(), vm.sys.clone(), vm.builtins.clone());
    vm.dict_set(&modules, new_str_from("sys"), sys_m)?;
    vm.dict_set(&modules, new_str_from("__builtin__"), builtins_m)?;
    Ok(())
}
