//! `type`: the class of built-in types, exception classes and (later) user classes
//! (Objects/typeobject.c). A type has a name, a base, its MRO and an attribute dict holding
//! its methods as method descriptors.

use std::cell::RefCell;

use super::{DictTable, ObjRef};

pub struct PyType {
    /// `tp_name`: `int`, or `exceptions.ValueError` for the built-in exceptions.
    pub name: String,
    pub base: Option<ObjRef>,
    /// The method resolution order, this type first.
    pub mro: RefCell<Vec<ObjRef>>,
    pub dict: RefCell<DictTable>,
}

impl PyType {
    /// `__name__`: the part of `tp_name` after the last dot.
    pub fn short_name(&self) -> &str {
        self.name.rsplit('.').next().unwrap_or(&self.name)
    }

    /// `__module__`: the part before the last dot, `__builtin__` when there is none.
    pub fn module_name(&self) -> &str {
        match self.name.rfind('.') {
            Some(i) => &self.name[..i],
            None => "__builtin__",
        }
    }
}

/// `type_repr`: `<type 'NAME'>` for built-in types.
pub fn repr(t: &PyType) -> Vec<u8> {
    let module = t.module_name();
    if module == "__builtin__" {
        format!("<type '{}'>", t.short_name()).into_bytes()
    } else {
        format!("<type '{}.{}'>", module, t.short_name()).into_bytes()
    }
}
