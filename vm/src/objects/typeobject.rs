//! `type`: the class of built-in types, exception classes and new-style classes defined in
//! Python (Objects/typeobject.c). A type has a name, its bases, its MRO and an attribute dict
//! (a dict object) holding its methods.

use std::cell::RefCell;

use super::ObjRef;

pub struct PyType {
    /// `tp_name`: `int`, `exceptions.ValueError` for the built-in exceptions, and
    /// `MODULE.NAME` for a class defined in Python (its `__module__` when it was created).
    pub name: String,
    /// `tp_base`: the base whose layout the type extends.
    pub base: Option<ObjRef>,
    /// `__bases__`.
    pub bases: Vec<ObjRef>,
    /// The method resolution order, this type first.
    pub mro: RefCell<Vec<ObjRef>>,
    /// A `Payload::Dict`.
    pub dict: ObjRef,
    /// Defined in Python (`Py_TPFLAGS_HEAPTYPE`).
    pub heap: bool,
    /// Instances have a `__dict__` (false when every class on the MRO declares `__slots__`).
    pub instance_dict: bool,
    /// Set for a type a native module defines (`objects/native.rs`).
    pub native: Option<NativeTypeSlots>,
}

/// What a type defined by a native module adds to a type object: its `tp_new`, which makes an
/// empty instance of the type or of a Python subclass, and whether classes may derive from it
/// (`Py_TPFLAGS_BASETYPE`).
#[derive(Clone, Copy)]
pub struct NativeTypeSlots {
    pub new: &'static super::MethodDef,
    pub base_type: bool,
}

impl PyType {
    /// `__name__`: the part of `tp_name` after the last dot.
    pub fn short_name(&self) -> &str {
        self.name.rsplit('.').next().unwrap_or(&self.name)
    }

    /// `tp_name` as C code prints it in messages and default reprs: the whole dotted name of a
    /// built-in type (`exceptions.ValueError`, `itertools.groupby`), the bare name of a class
    /// defined in Python.
    pub fn tp_name(&self) -> &str {
        if self.heap {
            self.short_name()
        } else {
            &self.name
        }
    }

    /// `__module__`: the part before the last dot, `__builtin__` when there is none.
    pub fn module_name(&self) -> &str {
        match self.name.rfind('.') {
            Some(i) => &self.name[..i],
            None => "__builtin__",
        }
    }
}

/// `type_repr`: `<type 'NAME'>` for built-in types, `<class 'MODULE.NAME'>` for classes.
pub fn repr(t: &PyType) -> Vec<u8> {
    let kind = if t.heap { "class" } else { "type" };
    let module = t.module_name();
    if module == "__builtin__" {
        format!("<{kind} '{}'>", t.short_name()).into_bytes()
    } else {
        format!("<{kind} '{}.{}'>", module, t.short_name()).into_bytes()
    }
}
