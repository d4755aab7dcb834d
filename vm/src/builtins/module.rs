//! Module objects for the VM's built-in modules (`__builtin__`, `sys`).

use crate::objects::module::PyModule;
use crate::objects::{ObjRef, Payload, PyObject};

pub fn new_module(dict: &ObjRef) -> ObjRef {
    PyObject::new(Payload::Module(PyModule { dict: dict.clone() }))
}
