//! `object`, and the part every instance of a Python-defined class carries.
//!
//! The model: an object's `payload` always says which *built-in* type implements it, and
//! `PyObject::heap` (a `HeapPart`) is present when its class was defined in Python. So an
//! instance of `class L(list)` has a `Payload::List` and a `HeapPart` naming `L` with the
//! instance `__dict__`; every built-in operation sees a list, while `Types::of` reports `L`
//! and attribute lookup and the special-method dispatch (`protocols::slots`) consult `L`
//! first. An instance of a class whose only built-in base is `object` has `Payload::Object`.
//! A class whose metaclass is Python-defined is a `Payload::Type` with a `HeapPart` naming
//! the metaclass. Old-style classes and their instances are separate payloads
//! (`classobj.rs`, `instance.rs`), as they are separate C types in CPython.
//!
//! A type a native module defines on top of a built-in layout (`collections.defaultdict`
//! extends `dict`) is handled the same way: its instances keep the built-in payload, and the
//! `HeapPart` names the type and holds the type's own Rust value (`native`).

use super::native::NativeData;
use super::{new_dict, ObjRef};

pub struct HeapPart {
    /// `ob_type`: the Python-defined class (or the native type extending a built-in).
    pub class: ObjRef,
    /// The instance `__dict__`; None when every class on the MRO declares `__slots__`.
    pub dict: Option<ObjRef>,
    /// The values of `__slots__` members, keyed by slot name (a dict), when there are slots.
    pub slots: Option<ObjRef>,
    /// `__del__` has been queued once (`runtime::finalizers`); it never runs twice.
    pub finalized: std::cell::Cell<bool>,
    /// The value of a native type extending a built-in payload (`objects/native.rs`).
    pub native: Option<Box<dyn NativeData>>,
}

impl HeapPart {
    /// The part an instance of `class` needs: a Python-defined class gets its `__dict__` (when
    /// its instances have one) and slot storage; a native type's value rides along. None when
    /// neither applies (an instance of a built-in type).
    pub fn for_class(class: &ObjRef, native: Option<Box<dyn NativeData>>) -> Option<HeapPart> {
        let t = class.as_type()?;
        if !t.heap && native.is_none() {
            return None;
        }
        Some(HeapPart {
            class: class.clone(),
            dict: (t.heap && t.instance_dict).then(|| new_dict(Default::default())),
            slots: t.heap.then(|| new_dict(Default::default())),
            finalized: Default::default(),
            native,
        })
    }
}

/// `object_repr`: `<MODULE.NAME object at ADDR>`.
pub fn repr(module: &str, name: &str, addr: usize) -> Vec<u8> {
    if module == "__builtin__" {
        format!("<{name} object at {addr:#x}>").into_bytes()
    } else {
        format!("<{module}.{name} object at {addr:#x}>").into_bytes()
    }
}
