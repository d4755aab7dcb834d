//! `getset_descriptor` and `member_descriptor` of a type's instances: the `__dict__` and
//! `__weakref__` attributes `type_new` gives a class whose instances gain a dict or
//! weak-reference slot (`<attribute '__dict__' of 'A' objects>`), and the getsets and
//! members of the built-in types (`<attribute 'func_code' of 'function' objects>`,
//! `<member '__base__' of 'type' objects>`). A data descriptor: a class's `__dict__` reads the
//! instance dict and `__weakref__` is None; a built-in type's reads the attribute the VM
//! implements for that payload.

use super::ObjRef;

pub struct PyGetSet {
    pub name: ObjRef,
    pub owner: ObjRef,
    /// A `tp_members` entry (`member_descriptor`) rather than a `tp_getset` one.
    pub member: bool,
}
