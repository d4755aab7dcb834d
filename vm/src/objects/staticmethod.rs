//! `staticmethod` (Objects/funcobject.c): wraps a callable that binds to nothing. The payload
//! is `Payload::StaticMethod(callable)`; reading it through a class or an instance gives the
//! callable itself (`protocols::descr`).

use super::{Args, ObjRef, Payload, PyObject};
use crate::error::PyResult;
use crate::runtime::Vm;

/// The name the type registry and messages use.
pub const TYPE_NAME: &str = "staticmethod";

/// `staticmethod(f)`.
pub fn construct(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    let f = wrapped_callable(vm, a, TYPE_NAME)?;
    Ok(PyObject::new(Payload::StaticMethod(f)))
}

/// The one positional argument `staticmethod` and `classmethod` take.
pub fn wrapped_callable(vm: &Vm, a: Args, name: &str) -> PyResult<ObjRef> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name} does not take keyword arguments")));
    }
    match a.pos {
        [f] => Ok(f.clone()),
        _ => Err(vm.type_error(format!("{name} expected 1 arguments, got {}", a.pos.len()))),
    }
}
