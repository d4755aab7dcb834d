//! `property` (Objects/descrobject.c): a data descriptor calling `fget`/`fset`/`fdel`, made
//! by `property(fget, fset, fdel, doc)`; `getter`/`setter`/`deleter` copy it with one
//! function replaced (the decorator form).

use std::cell::RefCell;

use super::{Args, MethodDef, ObjRef, Payload, PyObject};
use crate::def;
use crate::error::PyResult;
use crate::runtime::Vm;

pub struct PyProperty {
    pub fget: Option<ObjRef>,
    pub fset: Option<ObjRef>,
    pub fdel: Option<ObjRef>,
    pub doc: RefCell<Option<ObjRef>>,
}

pub static PROPERTY_METHODS: &[MethodDef] = &[
    def!("getter", O, property_getter),
    def!("setter", O, property_setter),
    def!("deleter", O, property_deleter),
];

fn some(obj: Option<ObjRef>) -> Option<ObjRef> {
    obj.filter(|o| !o.is_none())
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn construct(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    let b = crate::builtins::functions::bind_keywords(
        vm,
        &a,
        "property",
        &["fget", "fset", "fdel", "doc"],
    )?;
    let mut it = b.into_iter();
    let mut next = || some(it.next().flatten());
    let (fget, fset, fdel, doc) = (next(), next(), next(), next());
    Ok(PyObject::new(Payload::Property(PyProperty {
        fget,
        fset,
        fdel,
        doc: RefCell::new(doc),
    })))
}

/// A copy of `this` with one of its three functions replaced.
fn with_function(vm: &Vm, this: Option<&ObjRef>, which: usize, f: &ObjRef) -> PyResult<ObjRef> {
    let Some(Payload::Property(p)) = this.map(|t| &t.payload) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let mut funcs = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    funcs[which] = some(Some(f.clone()));
    let [fget, fset, fdel] = funcs;
    Ok(PyObject::new(Payload::Property(PyProperty {
        fget,
        fset,
        fdel,
        doc: RefCell::new(p.doc.borrow().clone()),
    })))
}

fn property_getter(vm: &mut Vm, this: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    with_function(vm, this, 0, &a.pos[0])
}

fn property_setter(vm: &mut Vm, this: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    with_function(vm, this, 1, &a.pos[0])
}

fn property_deleter(vm: &mut Vm, this: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    with_function(vm, this, 2, &a.pos[0])
}
