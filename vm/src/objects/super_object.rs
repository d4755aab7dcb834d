//! `super` (Objects/typeobject.c): attribute lookup that starts after `this_class` on the MRO
//! of `obj`'s type (or of `obj` itself when it is a subclass of `this_class`); the lookup is
//! `protocols::descr`.

use super::{Args, ObjRef, Payload, PyObject};
use crate::error::PyResult;
use crate::runtime::Vm;

pub struct PySuper {
    /// `__thisclass__`.
    pub this_class: ObjRef,
    /// `__self__`, None for an unbound super.
    pub obj: Option<ObjRef>,
    /// `__self_class__`: whose MRO is searched.
    pub obj_type: Option<ObjRef>,
}

/// `super(type[, obj])`, with `supercheck`'s message.
pub fn construct(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    let pos = crate::builtins::functions::args::parse(vm, &a, "super", 1, 2)?;
    let this_class = pos[0].clone();
    if this_class.as_type().is_none() {
        return Err(vm.type_error(format!(
            "super() argument 1 must be type, not {}",
            vm.type_name(&this_class)
        )));
    }
    let obj = pos.get(1).cloned().filter(|o| !o.is_none());
    let obj_type = match &obj {
        None => None,
        Some(o) if o.as_type().is_some() && vm.is_subclass(o, &this_class) => Some(o.clone()),
        Some(o) if vm.isinstance(o, &this_class) => Some(vm.type_of(o)),
        Some(_) => {
            return Err(
                vm.type_error("super(type, obj): obj must be an instance or subtype of type")
            )
        }
    };
    Ok(PyObject::new(Payload::Super(PySuper {
        this_class,
        obj,
        obj_type,
    })))
}

/// `super_repr`.
pub fn repr(vm: &Vm, s: &PySuper) -> Vec<u8> {
    let this = vm.class_name(&s.this_class);
    match &s.obj_type {
        Some(t) => format!("<super: <class '{this}'>, <{} object>>", vm.class_name(t)).into_bytes(),
        None => format!("<super: <class '{this}'>, NULL>").into_bytes(),
    }
}
