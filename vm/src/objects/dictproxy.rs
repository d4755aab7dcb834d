//! `dictproxy` (Objects/descrobject.c): the read-only view `C.__dict__` gives of a class's
//! attribute dict. Reads go to the dict; its methods are the dict's own.

use super::{Args, MethodDef, ObjRef, Payload};
use crate::def;
use crate::error::PyResult;
use crate::runtime::Vm;

pub static DICTPROXY_METHODS: &[MethodDef] = &[
    def!("keys", NoArgs, keys),
    def!("values", NoArgs, values),
    def!("items", NoArgs, items),
    def!("get", VarArgs, get),
    def!("has_key", O, has_key),
    def!("copy", NoArgs, copy),
];

/// The dict behind a proxy.
fn inner(vm: &Vm, this: Option<&ObjRef>) -> PyResult<ObjRef> {
    match this.map(|t| &t.payload) {
        Some(Payload::DictProxy(d)) => Ok(d.clone()),
        _ => Err(vm.type_error("descriptor requires a 'dictproxy' object")),
    }
}

/// Calls the dict's method `name` with the same arguments.
fn forward(vm: &mut Vm, this: Option<&ObjRef>, name: &str, a: Args) -> PyResult<ObjRef> {
    let d = inner(vm, this)?;
    let method = vm.getattr(&d, &super::new_str_from(name))?;
    vm.call_object(&method, a.pos, a.kw)
}

fn keys(vm: &mut Vm, this: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    forward(vm, this, "keys", a)
}
fn values(vm: &mut Vm, this: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    forward(vm, this, "values", a)
}
fn items(vm: &mut Vm, this: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    forward(vm, this, "items", a)
}
fn get(vm: &mut Vm, this: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    forward(vm, this, "get", a)
}
fn has_key(vm: &mut Vm, this: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    forward(vm, this, "has_key", a)
}
fn copy(vm: &mut Vm, this: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    forward(vm, this, "copy", a)
}
