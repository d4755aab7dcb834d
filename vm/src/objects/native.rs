//! Instances of the types the native modules define (`functools.partial`,
//! `itertools.count`, `collections.deque`, ...): the object's class and a Rust value whose
//! `NativeData` implementation supplies the type's slots (CPython's `tp_iter`,
//! `tp_iternext`, `tp_call`, `tp_repr`, `sq_length`, members). A slot a type does not fill
//! returns None, and the caller raises what CPython raises for a missing slot.

use std::any::Any;

use super::{address, new_str_from, BuiltinFunction, MethodDef, ObjRef, Payload, PyObject};
use crate::error::PyResult;
use crate::runtime::Vm;

pub struct NativeObject {
    pub class: ObjRef,
    pub data: Box<dyn NativeData>,
}

/// The slots of a native type. `me` is the object holding this value.
pub trait NativeData: Any {
    fn as_any(&self) -> &dyn Any;

    /// An iterator's `tp_iter` returns the iterator itself.
    fn is_iterator(&self) -> bool {
        false
    }

    /// `tp_iter` of an iterable that is not its own iterator.
    fn iter(&self, _vm: &mut Vm, me: &ObjRef) -> Option<PyResult<ObjRef>> {
        self.is_iterator().then(|| Ok(me.clone()))
    }

    /// `tp_iternext`: `Ok(None)` when exhausted.
    fn next(&self, _vm: &mut Vm, _me: &ObjRef) -> Option<PyResult<Option<ObjRef>>> {
        None
    }

    /// Does the type have `tp_call`?
    fn call_slot(&self) -> bool {
        false
    }

    /// `tp_call`.
    fn call(
        &self,
        _vm: &mut Vm,
        _me: &ObjRef,
        _args: &[ObjRef],
        _kw: &[(ObjRef, ObjRef)],
    ) -> Option<PyResult<ObjRef>> {
        None
    }

    /// `tp_repr`; None gives `object_repr`'s `<MODULE.NAME object at ADDR>`.
    fn repr(&self, _vm: &mut Vm, _me: &ObjRef) -> Option<PyResult<Vec<u8>>> {
        None
    }

    /// `sq_length`.
    fn len(&self, _vm: &mut Vm) -> Option<PyResult<usize>> {
        None
    }

    /// A read-only member (`tp_members`), by name.
    fn member(&self, _name: &[u8]) -> Option<ObjRef> {
        None
    }
}

/// A new instance of a native type.
pub fn new_native(class: &ObjRef, data: impl NativeData) -> ObjRef {
    PyObject::new(Payload::Native(NativeObject {
        class: class.clone(),
        data: Box::new(data),
    }))
}

/// The Rust value of a native instance, if it is a `D`.
pub fn data<D: NativeData>(obj: &ObjRef) -> Option<&D> {
    match &obj.payload {
        Payload::Native(n) => n.data.as_any().downcast_ref::<D>(),
        _ => None,
    }
}

/// `object_repr`: `<MODULE.NAME object at ADDR>`.
pub fn default_repr(class: &ObjRef, obj: &ObjRef) -> Vec<u8> {
    let name = class.as_type().map(|t| t.name.clone()).unwrap_or_default();
    format!("<{name} object at {:#x}>", address(obj)).into_bytes()
}

/// A native type: `tp_name` (`MODULE.NAME`), its methods as descriptors, and its
/// constructor as `__new__` (a built-in bound to the type, which calling the type runs).
pub fn new_native_type(
    vm: &mut Vm,
    name: &str,
    base: &ObjRef,
    methods: &'static [MethodDef],
    new: &'static MethodDef,
) -> PyResult<ObjRef> {
    let ty = crate::runtime::types::new_type(name, Some(base));
    crate::builtins::add_methods(vm, &ty, methods)?;
    let ctor = PyObject::new(Payload::Builtin(BuiltinFunction {
        def: new,
        self_obj: Some(ty.clone()),
    }));
    if let Some(t) = ty.as_type() {
        vm.dict_set(&t.dict, new_str_from("__new__"), ctor)?;
    }
    Ok(ty)
}

/// The constructor of a native type, if `ty` is one (see `new_native_type`).
pub fn constructor(ty: &ObjRef) -> Option<&'static MethodDef> {
    let t = ty.as_type()?;
    let dict = t.dict.as_dict()?.borrow();
    let found = dict.entries().find_map(|(k, v)| {
        (k.as_str_bytes() == Some(b"__new__")).then(|| match &v.payload {
            Payload::Builtin(b)
                if b.self_obj.as_ref().is_some_and(|s| super::is(s, ty))
                    && !std::ptr::eq(b.def, &crate::builtins::object_methods::OBJECT_NEW) =>
            {
                Some(b.def)
            }
            _ => None,
        })
    });
    found.flatten()
}
