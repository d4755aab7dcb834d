//! `classmethod` (Objects/funcobject.c): wraps a callable that binds to the class. The
//! payload is `Payload::ClassMethod(callable)`; reading it gives a method bound to the owner
//! class (`protocols::descr`).

use super::{Args, ObjRef, Payload, PyObject};
use crate::error::PyResult;
use crate::runtime::Vm;

/// The name the type registry and messages use.
pub const TYPE_NAME: &str = "classmethod";

/// `classmethod(f)`: the callable is checked when called, as in CPython 2.7.
pub fn construct(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    let f = super::staticmethod::wrapped_callable(vm, a, TYPE_NAME)?;
    Ok(PyObject::new(Payload::ClassMethod(f)))
}
